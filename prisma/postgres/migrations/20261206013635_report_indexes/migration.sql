-- Written by `npm run db:sync` (scripts/sync-postgres-schema.ts) from prisma/schema.prisma.
-- db:sync schema sha256: 02d3b5341271561a9fc388c7e50984dc128183039e464619b6c224af826c7d88
-- db:sync covers: 20261208100000_report_indexes

-- CreateIndex
CREATE INDEX "Complaint_status_receivedAt_idx" ON "Complaint"("status", "receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_status_closedAt_receivedAt_idx" ON "Complaint"("status", "closedAt", "receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_satisfactionAt_idx" ON "Complaint"("satisfactionAt");

-- CreateIndex
CREATE INDEX "Message_reference_purpose_sentAt_idx" ON "Message"("reference", "purpose", "sentAt");

