-- CreateTable
CREATE TABLE "PlatformInstallation" (
    "platform" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "teamId" TEXT,
    "enterpriseId" TEXT,
    "sealed" TEXT NOT NULL,
    "installedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlatformInstallation_pkey" PRIMARY KEY ("platform","key")
);
