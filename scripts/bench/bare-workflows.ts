/**
 * Bare Temporal, the yardstick: the least a workflow can do for each thing we measure. Bundled on
 * their own (scripts/bench/bare.ts) and run by a worker of their own on another task queue of the same
 * dev server as ours.
 */
import { condition, defineUpdate, proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import type { BareActivities } from './bare-activities';

/** Stands for a staff action: an Update the workflow takes and answers at once. */
export const touchUpdate = defineUpdate<string, [string]>('touch');

/** Stands for an open complaint: it takes Updates and waits. */
export async function bareWaiting(): Promise<void> {
  setHandler(touchUpdate, (value) => value);
  await condition(() => false);
}

// The same retry behaviour as our messages (workflows/activities.ts), so a burst costs the same on both sides.
const { sendOneMail } = proxyActivities<BareActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes' },
});

/** Stands for a deadline: a timer until the instant `at` (epoch ms), then one mail. */
export async function bareDeadline(at: number, key: string): Promise<void> {
  await sleep(Math.max(at - Date.now(), 1));
  await sendOneMail(key);
}
