-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN "anonymisedAt" DATETIME;
