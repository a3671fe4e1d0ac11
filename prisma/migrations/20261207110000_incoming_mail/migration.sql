-- CreateTable
CREATE TABLE "IncomingMail" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "uidValidity" TEXT NOT NULL,
    "uid" BIGINT NOT NULL,
    "messageId" TEXT,
    "receivedAt" DATETIME NOT NULL,
    "takenInAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fromAddress" TEXT NOT NULL,
    "fromName" TEXT,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "inReplyTo" TEXT,
    "refusal" TEXT,
    "status" TEXT NOT NULL DEFAULT 'triage',
    "reference" TEXT,
    "decidedBy" TEXT,
    "decidedAt" DATETIME,
    "reason" TEXT,
    "files" TEXT,
    "lateNoticeAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "IncomingMail_messageId_key" ON "IncomingMail"("messageId");

-- CreateIndex
CREATE INDEX "IncomingMail_status_receivedAt_idx" ON "IncomingMail"("status", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "IncomingMail_uidValidity_uid_key" ON "IncomingMail"("uidValidity", "uid");

