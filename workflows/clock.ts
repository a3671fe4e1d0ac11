/** Time inside the workflow sandbox: Date is deterministic there (it is the time of the current task). */
import { condition } from '@temporalio/workflow';

export function now(): string {
  return new Date().toISOString();
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
