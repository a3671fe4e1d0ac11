-- AlterTable
ALTER TABLE "Message" ADD COLUMN "postedBy" TEXT;

