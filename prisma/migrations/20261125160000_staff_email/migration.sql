-- AlterTable
ALTER TABLE "StaffAccount" ADD COLUMN "email" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "StaffAccount_email_key" ON "StaffAccount"("email");

