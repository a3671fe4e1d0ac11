-- CreateIndex
CREATE INDEX "ComplaintEvent_reference_action_at_idx" ON "ComplaintEvent"("reference", "action", "at");
