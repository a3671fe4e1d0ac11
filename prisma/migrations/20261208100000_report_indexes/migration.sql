-- R6 (issue 20): the report's backlog, corrective actions, satisfaction and acknowledgements read from
-- indexes instead of every complaint of the period (or of the register). Measured in README, "Benchmarks".
-- CreateIndex
CREATE INDEX "Complaint_status_receivedAt_idx" ON "Complaint"("status", "receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_status_closedAt_receivedAt_idx" ON "Complaint"("status", "closedAt", "receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_satisfactionAt_idx" ON "Complaint"("satisfactionAt");

-- CreateIndex
CREATE INDEX "Message_reference_purpose_sentAt_idx" ON "Message"("reference", "purpose", "sentAt");

