-- CreateTable
CREATE TABLE "Attachment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reference" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storedAs" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "createdBy" TEXT NOT NULL,
    "outgoing" BOOLEAN NOT NULL DEFAULT false,
    "messageKey" TEXT,
    CONSTRAINT "Attachment_reference_fkey" FOREIGN KEY ("reference") REFERENCES "Complaint" ("reference") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storedAs_key" ON "Attachment"("storedAs");

-- CreateIndex
CREATE INDEX "Attachment_reference_idx" ON "Attachment"("reference");

