/**
 * R4/R10: the one deadline staff work to next, as the inbox, its "only overdue" filter, its counts and the
 * complaint page all show it. The automatic acknowledgement is the system's own step, not staff's; and once
 * a new date was promised (R10) that date is the deadline, even when the reply term it replaced had run out.
 */
import type { Deadline } from './complaint';

/** Which running deadline comes first for staff: a callback, else a promise, else the reply term. */
const PRECEDENCE: Deadline['name'][] = ['callback', 'promise', 'reply'];

export function nextDeadline(running: readonly Deadline[]): Deadline | undefined {
  for (const name of PRECEDENCE) {
    const due = running.filter((d) => d.name === name).sort((a, b) => a.due.localeCompare(b.due))[0];
    if (due) return due;
  }
  return undefined;
}
