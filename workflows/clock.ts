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
export async function waitUntil(done: () => boolean, at: string, summary: string): Promise<boolean> {
  if (done()) return true;
  const ms = Date.parse(at) - Date.now();
  if (ms <= 0) return false;
  // The summary names the timer by its rule in Temporal Web ("R9: antwoordtermijn").
  return condition(done, ms, { summary });
}

/** Sleeps until the instant `at` (at once when it has passed). */
export async function sleepUntil(at: string, summary: string): Promise<void> {
  const ms = Date.parse(at) - Date.now();
  if (ms > 0) await sleep(ms, { summary });
}
