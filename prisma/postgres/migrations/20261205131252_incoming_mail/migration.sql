-- Written by `npm run db:sync` (scripts/sync-postgres-schema.ts) from prisma/schema.prisma.
-- db:sync schema sha256: 082bc074df989efca7902d2bb3283925f43ae2117a5408f1a2699f9f723148c9
-- db:sync covers: 20261207110000_incoming_mail

-- CreateTable
CREATE TABLE "IncomingMail" (
    "id" SERIAL NOT NULL,
    "uidValidity" TEXT NOT NULL,
    "uid" BIGINT NOT NULL,
    "messageId" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "takenInAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fromAddress" TEXT NOT NULL,
    "fromName" TEXT,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "inReplyTo" TEXT,
    "refusal" TEXT,
    "status" TEXT NOT NULL DEFAULT 'triage',
    "reference" TEXT,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "reason" TEXT,
    "files" TEXT,
    "lateNoticeAt" TIMESTAMP(3),

    CONSTRAINT "IncomingMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IncomingMail_messageId_key" ON "IncomingMail"("messageId");

-- CreateIndex
CREATE INDEX "IncomingMail_status_receivedAt_idx" ON "IncomingMail"("status", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "IncomingMail_uidValidity_uid_key" ON "IncomingMail"("uidValidity", "uid");

