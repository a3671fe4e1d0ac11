/**
 * Issue 22: the answer, side by side per policy: terms met and missed per rule, promises made and missed,
 * reminders and escalations, the desk's workload per ISO week, the complaints whose outcome changes, and
 * how faithfully the baseline replay reproduces what the register says happened.
 */
import { localDate } from '../domain/calendar';
import { NOTICE_RECIPIENT } from '../domain/notifications';
import { isoWeekday } from '../domain/working-days';
import type { RegisteredLife } from './lives';
import type { ReplayedLife } from './replay';
import { complaintOutcome, sameTerms } from './terms-met';

export interface PolicyFigures {
  complaints: number;
  /** Per rule (R7, R3/R10, R9, R4/R10): terms met, missed, and otherwise ended (not needed, replaced, running). */
  terms: Record<string, { met: number; missed: number; other: number }>;
  promisesMade: number;
  promisesMissed: number;
  /** Notices to the handler or desk that something is due or overdue (not the letters to post). */
  reminders: number;
  /** Notices to a manager. */
  escalations: number;
  /** Staff steps the workflow refused under this policy. */
  refused: number;
  /** ISO week (YYYY-Www) → staff deadlines (callbacks, replies, promised dates) and letters to post falling due. */
  workload: Record<string, number>;
}

export interface WhatIfAnswer {
  baseline: PolicyFigures;
  proposal: PolicyFigures;
  /** Complaints whose outcome ("met", "missed R9", …) differs between the policies. */
  changed: { reference: string; baseline: string; proposal: string }[];
  /** The baseline replay against the register: every term due at the same moment and ended the same way. */
  faithfulness: {
    reproduced: number;
    of: number;
    differing: { reference: string; register: string; baseline: string }[];
  };
}

/** The ISO week (e.g. 2026-W49) of local date `date`. */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 4 - isoWeekday(date)); // the week's Thursday names its year
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const STAFF_DEADLINES = ['callback', 'reply', 'promise'];

export function figuresOf(replayed: Iterable<ReplayedLife>, zone: string): PolicyFigures {
  const f: PolicyFigures = {
    complaints: 0,
    terms: {},
    promisesMade: 0,
    promisesMissed: 0,
    reminders: 0,
    escalations: 0,
    refused: 0,
    workload: {},
  };
  const due = (iso: string) => {
    const week = isoWeek(localDate(iso, zone));
    f.workload[week] = (f.workload[week] ?? 0) + 1;
  };
  for (const life of replayed) {
    f.complaints++;
    f.refused += life.refused.length;
    for (const t of life.terms) {
      const tally = (f.terms[t.rule] ??= { met: 0, missed: 0, other: 0 });
      if (t.outcome === 'met' || t.outcome === 'missed') tally[t.outcome]++;
      else tally.other++;
      if (t.term === 'promise') {
        f.promisesMade++;
        if (t.outcome === 'missed') f.promisesMissed++;
      }
      if (STAFF_DEADLINES.includes(t.term)) due(t.due);
    }
    for (const n of life.notices) {
      if (n.purpose === 'letter_to_post') due(n.due);
      else if (NOTICE_RECIPIENT[n.purpose] === 'manager') f.escalations++;
      else f.reminders++;
    }
  }
  f.workload = Object.fromEntries(Object.entries(f.workload).sort(([a], [b]) => a.localeCompare(b)));
  return f;
}

export function answerOf(
  lives: readonly RegisteredLife[],
  baseline: Map<string, ReplayedLife>,
  proposal: Map<string, ReplayedLife>,
  zone: string,
): WhatIfAnswer {
  const changed: WhatIfAnswer['changed'] = [];
  const differing: WhatIfAnswer['faithfulness']['differing'] = [];
  for (const life of lives) {
    const b = baseline.get(life.reference)!;
    const p = proposal.get(life.reference)!;
    const [bo, po] = [complaintOutcome(b.terms), complaintOutcome(p.terms)];
    if (bo !== po) changed.push({ reference: life.reference, baseline: bo, proposal: po });
    if (!sameTerms(life.recorded, b.terms)) {
      differing.push({ reference: life.reference, register: complaintOutcome(life.recorded), baseline: bo });
    }
  }
  return {
    baseline: figuresOf(baseline.values(), zone),
    proposal: figuresOf(proposal.values(), zone),
    changed,
    faithfulness: { reproduced: lives.length - differing.length, of: lives.length, differing },
  };
}
