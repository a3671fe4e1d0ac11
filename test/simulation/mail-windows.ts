/**
 * How much of a stretch of simulated time the mail server was up. A message that must go out "at once"
 * goes at the first attempt while the server is up, and a server that comes back is tried again within
 * the retry policy's longest interval (workflows/activities.ts: 30 minutes).
 */
import { MINUTE } from './plan';
import type { Window } from './journal';

/** The longest wait between the mail server's return and the next attempt, with a minute to spare. */
export const RETRY_SLACK = 31 * MINUTE;

/** Milliseconds in [from, to) during which the mail server was up. */
export function upTime(outages: Window[], from: number, to: number): number {
  const down = outages.reduce((sum, w) => sum + Math.max(0, Math.min(to, w.to) - Math.max(from, w.from)), 0);
  return Math.max(0, to - from - down);
}

/** The longest stretch in [from, to) during which the mail server was up. */
export function longestUp(outages: Window[], from: number, to: number): number {
  let longest = 0;
  let upSince = from;
  for (const w of [...outages].sort((a, b) => a.from - b.from)) {
    if (w.to <= from || w.from >= to) continue;
    longest = Math.max(longest, Math.max(w.from, from) - upSince);
    upSince = Math.max(upSince, Math.min(w.to, to));
  }
  return Math.max(longest, to - upSince);
}
