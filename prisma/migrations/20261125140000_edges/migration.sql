-- AlterTable
ALTER TABLE "Message" ADD COLUMN "postBy" DATETIME;

-- CreateIndex
CREATE INDEX "Message_channel_status_idx" ON "Message"("channel", "status");

