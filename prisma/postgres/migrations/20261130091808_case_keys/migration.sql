-- CreateTable
CREATE TABLE "CaseKey" (
    "caseId" TEXT NOT NULL,
    "wrapped" TEXT NOT NULL,
    "masterKeyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseKey_pkey" PRIMARY KEY ("caseId")
);

-- CreateIndex
CREATE INDEX "CaseKey_masterKeyId_idx" ON "CaseKey"("masterKeyId");

