/**
 * Issue 21: owns the reading of the mailbox. One long-running workflow (MAILBOX_POLLER_ID) takes the new
 * mail in, then waits for more: in IMAP IDLE where the server offers it (a round as soon as mail comes, and
 * at least every MAILBOX_POLL_SECONDS), otherwise MAILBOX_POLL_SECONDS on a durable timer. After a number
 * of rounds it continues as new, so its history stays short. A worker that stops resumes where it was: the
 * timer runs on, a wait whose worker died is noticed by its heartbeat and started again elsewhere. Only
 * counts pass through here; the mails themselves go from the mailbox to the register inside the activity.
 */
import { makeContinueAsNewFunc, proxyActivities, sleep, workflowInfo, type RetryPolicy } from '@temporalio/workflow';
import type { MailboxActivities, MailboxPollerInput } from '../domain/mailbox';
import { patched } from './patches';

// A mailbox server that is down is tried again, never given up on: mail waits there meanwhile.
const RETRY: RetryPolicy = { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '15 minutes' };

const mailbox = proxyActivities<MailboxActivities>({
  // A round reads a few mails; a large backlog after a long outage takes longer, and is resumed if cut off.
  startToCloseTimeout: '10 minutes',
  // The round heartbeats every few seconds: one whose worker died is started again elsewhere within this.
  heartbeatTimeout: '30 seconds',
  retry: RETRY,
});

const waiting = proxyActivities<MailboxActivities>({
  // The longest wait is MAILBOX_POLL_SECONDS (at most an hour), plus connecting.
  startToCloseTimeout: '70 minutes',
  // The wait heartbeats every few seconds: a worker that died while it waited is noticed within this.
  heartbeatTimeout: '30 seconds',
  retry: RETRY,
});

// 500 rounds: a few thousand history events, and about eight hours at the default of a minute.
const ROUNDS_PER_RUN = 500;

export async function mailboxPollerWorkflow(input: MailboxPollerInput): Promise<void> {
  // Runs started before IDLE replay their timers; a run that continues as new takes IDLE from its start.
  await pollRounds(input, patched('mailbox-idle'));
}

/** The rounds of one run, waiting in IDLE between them or not; exported for the replay test's unguarded change. */
export async function pollRounds(input: MailboxPollerInput, idle: boolean): Promise<void> {
  const rounds = input.roundsPerRun ?? ROUNDS_PER_RUN;
  for (let round = 0; round < rounds; round++) {
    await mailbox.takeInMail({ now: new Date().toISOString() });
    const waited = idle ? await waiting.waitForMail({ seconds: input.pollSeconds }) : undefined;
    if (waited !== 'mail' && waited !== 'quiet') await sleep(input.pollSeconds * 1000);
  }
  // The memo (the poll interval the API started it with, api/mailbox/poller.ts) goes on to the next run.
  await makeContinueAsNewFunc<typeof mailboxPollerWorkflow>({ memo: workflowInfo().memo })(input);
}
