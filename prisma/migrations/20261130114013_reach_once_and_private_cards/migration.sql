-- AlterTable
ALTER TABLE "ChatMessageRef" ADD COLUMN "personId" TEXT;
ALTER TABLE "ChatMessageRef" ADD COLUMN "lead" TEXT;

-- CreateTable
CREATE TABLE "UnreachablePerson" (
    "personId" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "reportedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ChatMessageRef_caseId_platform_idx" ON "ChatMessageRef"("caseId", "platform");
