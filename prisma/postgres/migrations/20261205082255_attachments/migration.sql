-- Written by `npm run db:sync` (scripts/sync-postgres-schema.ts) from prisma/schema.prisma.
-- db:sync schema sha256: 89c205a7f065e6eddc01bcd7f7500fdcc62c68b9972b648f935cce2d278a0527
-- db:sync covers: 20261206130100_attachments

-- CreateTable
CREATE TABLE "Attachment" (
    "id" SERIAL NOT NULL,
    "reference" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storedAs" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "outgoing" BOOLEAN NOT NULL DEFAULT false,
    "messageKey" TEXT,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storedAs_key" ON "Attachment"("storedAs");

-- CreateIndex
CREATE INDEX "Attachment_reference_idx" ON "Attachment"("reference");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_reference_fkey" FOREIGN KEY ("reference") REFERENCES "Complaint"("reference") ON DELETE RESTRICT ON UPDATE CASCADE;

