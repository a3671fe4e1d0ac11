-- Written by `npm run db:sync` (scripts/sync-postgres-schema.ts) from prisma/schema.prisma.
-- db:sync schema sha256: bddccda4af85381479b4a009a6fc219221af4db8931c68aaf74950b83c7d586f
-- db:sync covers: 20261125000000_init 20261125100000_letter_posted 20261125110000_staff_api 20261125140000_edges 20261125150000_lifecycle 20261125160000_staff_email 20261125170000_report_projection

-- CreateTable
CREATE TABLE "Complaint" (
    "reference" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "intakeKey" TEXT,
    "channel" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "service" TEXT,
    "complainantName" TEXT NOT NULL,
    "complainantEmail" TEXT,
    "complainantPhone" TEXT,
    "complainantAddress" TEXT,
    "language" TEXT NOT NULL DEFAULT 'nl',
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "registeredBy" TEXT NOT NULL,
    "answeredAtOnce" TEXT,
    "terms" TEXT NOT NULL,
    "workflowStartedAt" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'registered',
    "nextDeadlineAt" TIMESTAMP(3),
    "handler" TEXT,
    "replyDueAt" TIMESTAMP(3),
    "callbackDueAt" TIMESTAMP(3),
    "acknowledgedAt" TIMESTAMP(3),
    "calledBackAt" TIMESTAMP(3),
    "repliedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "category" TEXT,
    "cause" TEXT,
    "correctiveAction" TEXT,
    "termMissed" BOOLEAN NOT NULL DEFAULT false,
    "statusTokenHash" TEXT,
    "statusTokenSealed" TEXT,
    "satisfactionScore" INTEGER,
    "satisfactionComment" TEXT,
    "satisfactionAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("reference")
);

-- CreateTable
CREATE TABLE "ReferenceCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "ReferenceCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "postBy" TIMESTAMP(3),
    "postedBy" TEXT,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintEvent" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '{}',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadlines" TEXT,

    CONSTRAINT "ComplaintEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffAccount" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "roles" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "StaffAccount_pkey" PRIMARY KEY ("id")
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("scope","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_intakeKey_key" ON "Complaint"("intakeKey");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_statusTokenHash_key" ON "Complaint"("statusTokenHash");

-- CreateIndex
CREATE INDEX "Complaint_status_nextDeadlineAt_idx" ON "Complaint"("status", "nextDeadlineAt");

-- CreateIndex
CREATE INDEX "Complaint_receivedAt_idx" ON "Complaint"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_year_sequence_key" ON "Complaint"("year", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Message_key_key" ON "Message"("key");

-- CreateIndex
CREATE INDEX "Message_reference_idx" ON "Message"("reference");

-- CreateIndex
CREATE INDEX "Message_channel_status_idx" ON "Message"("channel", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintEvent_key_key" ON "ComplaintEvent"("key");

-- CreateIndex
CREATE INDEX "ComplaintEvent_reference_idx" ON "ComplaintEvent"("reference");

-- CreateIndex
CREATE INDEX "ComplaintEvent_action_at_idx" ON "ComplaintEvent"("action", "at");

-- CreateIndex
CREATE UNIQUE INDEX "StaffAccount_email_key" ON "StaffAccount"("email");

-- CreateIndex
CREATE UNIQUE INDEX "StaffAccount_tokenHash_key" ON "StaffAccount"("tokenHash");

-- CreateIndex
CREATE INDEX "IdempotencyRecord_expiresAt_idx" ON "IdempotencyRecord"("expiresAt");

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_reference_fkey" FOREIGN KEY ("reference") REFERENCES "Complaint"("reference") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintEvent" ADD CONSTRAINT "ComplaintEvent_reference_fkey" FOREIGN KEY ("reference") REFERENCES "Complaint"("reference") ON DELETE RESTRICT ON UPDATE CASCADE;

