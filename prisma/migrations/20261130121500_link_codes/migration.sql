-- CreateTable
CREATE TABLE "LinkCode" (
    "hash" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "issuedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME
);
