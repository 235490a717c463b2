-- Region files (regions/*.yaml): channels per platform, declared organisation types, active people, audit.

-- AlterTable
ALTER TABLE "Region" ADD COLUMN "channels" TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "Region" ADD COLUMN "organisationTypes" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "Region" ADD COLUMN "demo" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Region" ADD COLUMN "file" TEXT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "regionId" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "Person" ADD COLUMN "platform" TEXT;
ALTER TABLE "Person" ADD COLUMN "regionId" TEXT;

-- AlterTable
ALTER TABLE "ChatIdentity" ADD COLUMN "fromFile" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "RegionChange" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "regionId" TEXT NOT NULL,
    "by" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "RegionChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RegionChange_regionId_at_idx" ON "RegionChange"("regionId", "at");

