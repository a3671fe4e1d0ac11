-- CreateTable
CREATE TABLE "Complaint" (
    "reference" TEXT NOT NULL PRIMARY KEY,
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
    "language" TEXT NOT NULL DEFAULT 'nl',
    "receivedAt" DATETIME NOT NULL,
    "registeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "registeredBy" TEXT NOT NULL,
    "answeredAtOnce" TEXT,
    "terms" TEXT NOT NULL,
    "workflowStartedAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'registered',
    "nextDeadlineAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReferenceCounter" (
    "year" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "last" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Message" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    CONSTRAINT "Message_reference_fkey" FOREIGN KEY ("reference") REFERENCES "Complaint" ("reference") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComplaintEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '{}',
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ComplaintEvent_reference_fkey" FOREIGN KEY ("reference") REFERENCES "Complaint" ("reference") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_intakeKey_key" ON "Complaint"("intakeKey");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_year_sequence_key" ON "Complaint"("year", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Message_key_key" ON "Message"("key");

-- CreateIndex
CREATE INDEX "Message_reference_idx" ON "Message"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintEvent_key_key" ON "ComplaintEvent"("key");

-- CreateIndex
CREATE INDEX "ComplaintEvent_reference_idx" ON "ComplaintEvent"("reference");

