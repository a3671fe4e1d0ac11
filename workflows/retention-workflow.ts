/**
 * AVG/GDPR: every day a Temporal Schedule starts this workflow, which has the complaints closed or
 * withdrawn longer ago than the retention period anonymised. The cut-off comes from the workflow's own
 * clock (replays see the same moment). Only references and counts pass through Temporal; the register
 * work is the activity's, in batches, so a first sweep over years of complaints is many short
 * transactions, and a run does a bounded number of them (the next day's run goes on where it stopped).
 */
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { PrivacyActivities, RetentionInput, RetentionSwept } from '../domain/privacy';

const privacy = proxyActivities<PrivacyActivities>({
  // A batch is a hundred small transactions: seconds. A register that is down is waited for, as for complaints.
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes' },
});

const BATCH = 100;
// 50 batches: 5,000 complaints a day, and a history of about a hundred events.
const MAX_BATCHES = 50;

export async function retentionWorkflow(input: RetentionInput): Promise<RetentionSwept> {
  const closedBefore = new Date(workflowInfo().startTime.getTime() - input.retentionMs).toISOString();
  let anonymised = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const { references } = await privacy.anonymiseExpired.executeWithOptions(
      { summary: `AVG: bewaartermijn verstreken, gesloten vóór ${closedBefore.slice(0, 10)}` },
      [{ closedBefore, limit: BATCH }],
    );
    anonymised += references.length;
    if (references.length < BATCH) return { closedBefore, anonymised, more: false };
  }
  return { closedBefore, anonymised, more: true };
}
