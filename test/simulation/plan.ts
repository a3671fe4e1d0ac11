/**
 * What a simulated year is made of, as data: complaint lives (an intake and the staff actions that
 * follow it) and mail-server outages, each placed on one timeline. Plain values, so fast-check can
 * generate, shrink and print them, and a failing life can be read back from its seed.
 */
import type { ActionName } from '../../domain/actions';
import type { Channel, Language } from '../../domain/channels';
import type { Role } from '../../domain/roles';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const YEAR = 365 * DAY;

/** How the complainant can be reached: e-mail, a postal address, both, or (oral only) a phone alone. */
export type Contact = 'email' | 'postal' | 'both' | 'phone';

export interface PlannedAction {
  name: ActionName;
  /** Milliseconds after the intake. */
  after: number;
  /** A role that may do it (domain/actions.ts). */
  role: Role;
  /** The action's body; `cannot-answer-in-time` gets its `expectedBy` when it is done (see `aheadDays`). */
  body: Record<string, unknown>;
  /** `cannot-answer-in-time`: the promised date lies this many days after that moment's local date. */
  aheadDays?: number;
}

export interface Life {
  /** Index in the year; names the complainant's e-mail address. */
  id: number;
  /** When intake registers the complaint, in milliseconds from the start of the year. */
  at: number;
  channel: Channel;
  contact: Contact;
  language: Language;
  /** Days between receipt and entry: 0 mostly, 11–14 after the acknowledgement moment, 15–60 after the term. */
  receiptDaysBack: number;
  /** Receipt given as a date (the start of that local day) instead of a moment. */
  receiptAsDate: boolean;
  /** Oral only: answered at once by the authorised representative who registers it (R7). */
  answeredAtOnce: boolean;
  /** In order of `after`. */
  actions: PlannedAction[];
}

/** The mail server answers 421 from `at` for `lasts` milliseconds. */
export interface Outage {
  at: number;
  lasts: number;
}

export interface YearPlan {
  lives: Life[];
  outages: Outage[];
}

/** Overlapping outages become one, so every outage has one start and one end. */
export function separateOutages(outages: Outage[]): Outage[] {
  const merged: Outage[] = [];
  for (const o of [...outages].sort((a, b) => a.at - b.at)) {
    const last = merged.at(-1);
    if (last && o.at <= last.at + last.lasts) last.lasts = Math.max(last.lasts, o.at + o.lasts - last.at);
    else merged.push({ ...o });
  }
  return merged;
}
