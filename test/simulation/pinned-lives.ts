/**
 * Lives that once broke an invariant, pinned into every simulated year, as fast-check's `examples` are
 * into every property run: a random year of test size seldom meets the same combination again, and a
 * bug must stay visible until it is fixed (and stay fixed afterwards). Each comes with its own outage.
 */
import { DAY, HOUR, separateOutages, type Life, type Outage, type YearPlan } from './plan';

export interface PinnedLife {
  /** The rule it broke and what happened, with the day it was found. */
  why: string;
  life: Omit<Life, 'id'>;
  outage: Outage;
}

export const PINNED: PinnedLife[] = [
  {
    why:
      'R4/R10 (found 2026-11-25): "cannot answer in time" promising tomorrow, done while the mail server is ' +
      'down for two days; the acknowledgement went out after the promised date had passed (its only limit ' +
      'is the reply term), in the same minute as the escalation and the "we missed our promise" message. ' +
      'A new-date message has no limit at all; `npm run simulate -- 1000` meets both four more times.',
    life: {
      at: 180 * DAY,
      channel: 'email',
      contact: 'email',
      language: 'nl',
      receiptDaysBack: 0,
      receiptAsDate: false,
      answeredAtOnce: false,
      actions: [
        {
          name: 'cannot-answer-in-time',
          after: 3 * DAY,
          role: 'handler',
          body: { way: 'Wij vragen de betrokken behandelaar om een toelichting.' },
          aheadDays: 1,
        },
      ],
    },
    outage: { at: 183 * DAY - HOUR, lasts: 2 * DAY },
  },
];

/** `plan` with the pinned lives added after its own (their ids follow on) and their outages merged in. */
export function withPinned(plan: YearPlan): YearPlan {
  return {
    lives: [...plan.lives, ...PINNED.map((p, i) => ({ ...p.life, id: plan.lives.length + i }))],
    outages: separateOutages([...plan.outages, ...PINNED.map((p) => p.outage)]),
  };
}
