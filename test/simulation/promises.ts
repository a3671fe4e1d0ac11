/**
 * R4: what became of each promised date. A promise is kept when, before its day ended, the complaint
 * left the state it was made in — a reply, a withdrawal, or a new promise; otherwise it was missed.
 * Read from the register's events in the order the workflow recorded them.
 *
 * Two events make a promise: `acknowledged` (R3/R10: the acknowledgement, a late entry's receipt, a new
 * date) and `reopened` (R4: the date a reopened complaint is answered by). The workflow counts both as
 * acknowledgements and watches both dates alike; the N-th of them is the date that the message
 * `acknowledgement-N` carries.
 */
import { endOfLocalDay } from '../../domain/calendar';
import type { EventRecord, LifeRecord } from './observe';

export interface PromiseFate {
  /** The `acknowledged` or `reopened` event that made it. */
  made: EventRecord;
  expectedBy: string;
  /** The end of the promised day. */
  ends: number;
  /** The event that ended the promise: a reply, a withdrawal or a new promise. */
  endedBy?: EventRecord;
  /** `unknown`: the event that ended it has no moment in the history. */
  fate: 'kept' | 'missed' | 'running' | 'at-the-deadline' | 'unknown';
  /** The `escalated` events recorded while it stood. */
  escalations: EventRecord[];
}

const PROMISING = ['acknowledged', 'reopened'];
const ENDING = [...PROMISING, 'reply_sent', 'withdrawn'];

/** The events that made a promise, in order: the N-th is the one message `acknowledgement-N` carries. */
export const promisesMade = (r: LifeRecord): EventRecord[] => r.events.filter((e) => PROMISING.includes(e.action));

export function promisesOf(r: LifeRecord, runEnd: number): PromiseFate[] {
  return r.events.flatMap((made, i) => {
    if (!PROMISING.includes(made.action)) return [];
    const expectedBy = String(made.detail.expectedBy);
    const ends = Date.parse(endOfLocalDay(expectedBy, r.terms.timeZone));
    const later = r.events.slice(i + 1);
    const endedBy = later.find((e) => ENDING.includes(e.action));
    const standing = endedBy ? later.slice(0, later.indexOf(endedBy)) : later;
    const endedAt = endedBy ? endedBy.at : Infinity;
    const fate: PromiseFate['fate'] =
      endedAt === undefined
        ? 'unknown'
        : endedAt < ends
          ? 'kept'
          : endedAt === ends
            ? 'at-the-deadline'
            : ends > runEnd
              ? 'running'
              : 'missed';
    return [{ made, expectedBy, ends, endedBy, fate, escalations: standing.filter((e) => e.action === 'escalated') }];
  });
}
