-- AlterTable
ALTER TABLE "OutboxDelivery" ADD COLUMN "errorCode" TEXT;
ALTER TABLE "OutboxDelivery" ADD COLUMN "leaseUntil" DATETIME;
ALTER TABLE "OutboxDelivery" ADD COLUMN "leasedBy" TEXT;

