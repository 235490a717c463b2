-- CreateTable
CREATE TABLE "CaseKey" (
    "caseId" TEXT NOT NULL PRIMARY KEY,
    "wrapped" TEXT NOT NULL,
    "masterKeyId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "CaseKey_masterKeyId_idx" ON "CaseKey"("masterKeyId");

