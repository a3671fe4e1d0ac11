/**
 * Issue 21: the mailbox's activities tell Temporal every few seconds that their worker lives, so a worker
 * that dies in the middle of a round or a wait is noticed within the heartbeat timeout the poller gives
 * them (workflows/mailbox-poller-workflow.ts), not when the round's whole time is over; the round is
 * then started again on a worker that lives. A beat says only that the process runs, not how far it got:
 * the register, not the heartbeat, knows which mails are in.
 */
import { Context } from '@temporalio/activity';

// Well under the heartbeat timeouts (30 seconds, 10 in the test of a killed worker); the SDK sends at most
// one beat per throttle interval.
const BEAT_MS = 5_000;

/** Runs `work`, heartbeating meanwhile when it runs as a Temporal activity (a test or a command calls it directly). */
export async function heartbeating<T>(work: (context?: Context) => Promise<T>): Promise<T> {
  let context: Context | undefined;
  try {
    context = Context.current();
  } catch {
    return work();
  }
  context.heartbeat();
  const beat = setInterval(() => context.heartbeat(), BEAT_MS);
  try {
    return await work(context);
  } finally {
    clearInterval(beat);
  }
}
