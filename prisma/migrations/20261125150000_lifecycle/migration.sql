-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN "satisfactionAt" DATETIME;
ALTER TABLE "Complaint" ADD COLUMN "satisfactionComment" TEXT;
ALTER TABLE "Complaint" ADD COLUMN "satisfactionScore" INTEGER;
ALTER TABLE "Complaint" ADD COLUMN "statusTokenSealed" TEXT;

