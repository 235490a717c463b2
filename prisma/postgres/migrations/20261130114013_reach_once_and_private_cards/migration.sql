-- AlterTable
ALTER TABLE "ChatMessageRef" ADD COLUMN     "lead" TEXT,
ADD COLUMN     "personId" TEXT;

-- CreateTable
CREATE TABLE "UnreachablePerson" (
    "personId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnreachablePerson_pkey" PRIMARY KEY ("personId")
);

-- CreateIndex
CREATE INDEX "ChatMessageRef_caseId_platform_idx" ON "ChatMessageRef"("caseId", "platform");
