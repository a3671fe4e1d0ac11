/**
 * Issue 21: owns the reading of the mailbox. One long-running workflow (MAILBOX_POLLER_ID) takes the new
 * mail in, sleeps MAILBOX_POLL_SECONDS on a durable timer, and again; after a number of rounds it continues
 * as new, so its history stays short. A worker that stops resumes the timer where it was. Only counts pass
 * through here; the mails themselves go from the mailbox to the register inside the activity.
 */
import { makeContinueAsNewFunc, proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type { MailboxActivities, MailboxPollerInput } from '../domain/mailbox';

const mailbox = proxyActivities<MailboxActivities>({
  // A round reads a few mails; a large backlog after a long outage takes longer, and is resumed if cut off.
  startToCloseTimeout: '10 minutes',
  // A mailbox server that is down is tried again, never given up on: mail waits there meanwhile.
  retry: { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '15 minutes' },
});

// 500 rounds: a few thousand history events, and about eight hours at the default of a minute.
const ROUNDS_PER_RUN = 500;

export async function mailboxPollerWorkflow(input: MailboxPollerInput): Promise<void> {
  const rounds = input.roundsPerRun ?? ROUNDS_PER_RUN;
  for (let round = 0; round < rounds; round++) {
    await mailbox.takeInMail({ now: new Date().toISOString() });
    await sleep(input.pollSeconds * 1000);
  }
  // The memo (the poll interval the API started it with, api/mailbox/poller.ts) goes on to the next run.
  await makeContinueAsNewFunc<typeof mailboxPollerWorkflow>({ memo: workflowInfo().memo })(input);
}
