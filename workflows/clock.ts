/** Time inside the workflow sandbox: Date is deterministic there (it is the time of the current task). */
import { condition, sleep } from '@temporalio/workflow';

export function now(): string {
  return new Date().toISOString();
}

/** Whether the instant `iso` has come (by the time of the current workflow task). */
export function isPast(iso: string): boolean {
  return Date.parse(iso) <= Date.now();
}

/**
 * Waits until `done()` holds or the instant `at` arrives, whichever comes first; true when `done()`
 * held. A moment already past returns at once, so a complaint entered late acts on its deadline now.
 */
export async function waitUntil(done: () => boolean, at: string): Promise<boolean> {
  if (done()) return true;
  const ms = Date.parse(at) - Date.now();
  if (ms <= 0) return false;
  return condition(done, ms);
}

/** Sleeps until the instant `at` (at once when it has passed). */
export async function sleepUntil(at: string): Promise<void> {
  const ms = Date.parse(at) - Date.now();
  if (ms > 0) await sleep(ms);
}
