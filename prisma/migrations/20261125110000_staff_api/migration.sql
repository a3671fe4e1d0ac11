-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN "complainantAddress" TEXT;
ALTER TABLE "Complaint" ADD COLUMN "handler" TEXT;
ALTER TABLE "Complaint" ADD COLUMN "statusTokenHash" TEXT;

-- CreateTable
CREATE TABLE "StaffAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "roles" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" DATETIME
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "responseStatus" INTEGER,
    "responseBody" TEXT,
    "responseHeaders" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,

    PRIMARY KEY ("scope", "key")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffAccount_tokenHash_key" ON "StaffAccount"("tokenHash");

-- CreateIndex
CREATE INDEX "IdempotencyRecord_expiresAt_idx" ON "IdempotencyRecord"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_statusTokenHash_key" ON "Complaint"("statusTokenHash");

-- CreateIndex
CREATE INDEX "Complaint_status_nextDeadlineAt_idx" ON "Complaint"("status", "nextDeadlineAt");

