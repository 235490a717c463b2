-- AlterTable
ALTER TABLE "OutboxDelivery" ADD COLUMN     "errorCode" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "leasedBy" TEXT;

