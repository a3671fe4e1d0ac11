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

// A mailbox server that is down is tried again, never given up on: mail waits there meanwhile. The first try
// comes soon, since a round whose worker died (its heartbeat timed out) fails the same way and should go on.
const RETRY: RetryPolicy = { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '15 minutes' };

/** A round and a wait, each noticed within `heartbeatSeconds` when their worker dies (their activities heartbeat). */
function mailboxActivities(heartbeatSeconds = 30) {
  const heartbeatTimeout = heartbeatSeconds * 1000;
  return {
    // A round reads a few mails; a large backlog after a long outage takes longer, and is resumed if cut off.
    mailbox: proxyActivities<MailboxActivities>({ startToCloseTimeout: '10 minutes', heartbeatTimeout, retry: RETRY }),
    // The longest wait is MAILBOX_POLL_SECONDS (at most an hour), plus connecting.
    waiting: proxyActivities<MailboxActivities>({ startToCloseTimeout: '70 minutes', heartbeatTimeout, retry: RETRY }),
  };
}

// 500 rounds: a few thousand history events, and about eight hours at the default of a minute.
const ROUNDS_PER_RUN = 500;

export async function mailboxPollerWorkflow(input: MailboxPollerInput): Promise<void> {
  // Runs started before IDLE replay their timers; a run that continues as new takes IDLE from its start.
  await pollRounds(input, patched('mailbox-idle'));
}

/** The rounds of one run, waiting in IDLE between them or not; exported for the replay test's unguarded change. */
export async function pollRounds(input: MailboxPollerInput, idle: boolean): Promise<void> {
  const rounds = input.roundsPerRun ?? ROUNDS_PER_RUN;
  const { mailbox, waiting } = mailboxActivities(input.heartbeatSeconds);
  for (let round = 0; round < rounds; round++) {
    await mailbox.takeInMail({ now: new Date().toISOString() });
    const waited = idle ? await waiting.waitForMail({ seconds: input.pollSeconds }) : undefined;
    if (waited !== 'mail' && waited !== 'quiet') await sleep(input.pollSeconds * 1000);
  }
  // The memo (the poll interval the API started it with, api/mailbox/poller.ts) goes on to the next run.
  await makeContinueAsNewFunc<typeof mailboxPollerWorkflow>({ memo: workflowInfo().memo })(input);
}
