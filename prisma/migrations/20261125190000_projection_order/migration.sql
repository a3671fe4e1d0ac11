-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Complaint" (
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
    "complainantAddress" TEXT,
    "language" TEXT NOT NULL DEFAULT 'nl',
    "receivedAt" DATETIME NOT NULL,
    "registeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "registeredBy" TEXT NOT NULL,
    "answeredAtOnce" TEXT,
    "terms" TEXT NOT NULL,
    "workflowStartedAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'registered',
    "nextDeadlineAt" DATETIME,
    "handler" TEXT,
    "projectedEvent" INTEGER NOT NULL DEFAULT 0,
    "replyDueAt" DATETIME,
    "callbackDueAt" DATETIME,
    "acknowledgedAt" DATETIME,
    "calledBackAt" DATETIME,
    "repliedAt" DATETIME,
    "closedAt" DATETIME,
    "category" TEXT,
    "cause" TEXT,
    "correctiveAction" TEXT,
    "termMissed" BOOLEAN NOT NULL DEFAULT false,
    "statusTokenHash" TEXT,
    "statusTokenSealed" TEXT,
    "satisfactionScore" INTEGER,
    "satisfactionComment" TEXT,
    "satisfactionAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Complaint" ("acknowledgedAt", "answeredAtOnce", "callbackDueAt", "calledBackAt", "category", "cause", "channel", "closedAt", "complainantAddress", "complainantEmail", "complainantName", "complainantPhone", "correctiveAction", "description", "handler", "intakeKey", "kind", "language", "nextDeadlineAt", "receivedAt", "reference", "registeredAt", "registeredBy", "repliedAt", "replyDueAt", "satisfactionAt", "satisfactionComment", "satisfactionScore", "sequence", "service", "status", "statusTokenHash", "statusTokenSealed", "subject", "termMissed", "terms", "updatedAt", "workflowStartedAt", "year") SELECT "acknowledgedAt", "answeredAtOnce", "callbackDueAt", "calledBackAt", "category", "cause", "channel", "closedAt", "complainantAddress", "complainantEmail", "complainantName", "complainantPhone", "correctiveAction", "description", "handler", "intakeKey", "kind", "language", "nextDeadlineAt", "receivedAt", "reference", "registeredAt", "registeredBy", "repliedAt", "replyDueAt", "satisfactionAt", "satisfactionComment", "satisfactionScore", "sequence", "service", "status", "statusTokenHash", "statusTokenSealed", "subject", "termMissed", "terms", "updatedAt", "workflowStartedAt", "year" FROM "Complaint";
DROP TABLE "Complaint";
ALTER TABLE "new_Complaint" RENAME TO "Complaint";
CREATE UNIQUE INDEX "Complaint_intakeKey_key" ON "Complaint"("intakeKey");
CREATE UNIQUE INDEX "Complaint_statusTokenHash_key" ON "Complaint"("statusTokenHash");
CREATE INDEX "Complaint_status_nextDeadlineAt_idx" ON "Complaint"("status", "nextDeadlineAt");
CREATE INDEX "Complaint_receivedAt_idx" ON "Complaint"("receivedAt");
CREATE UNIQUE INDEX "Complaint_year_sequence_key" ON "Complaint"("year", "sequence");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

