/**
 * Lives that once broke an invariant, pinned into every simulated year, as fast-check's `examples` are
 * into every property run: a random year of test size seldom meets the same combination again, and a
 * bug must stay visible until it is fixed (and stay fixed afterwards). Each comes with its own outage.
 */
import { DAY, HOUR, MINUTE, separateOutages, type Life, type Outage, type YearPlan } from './plan';

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
  {
    why:
      'R4/R10 (found 2027-09-19 of `npm run simulate -- 15 8 15`, a flaw of the check, not of the product): a ' +
      'letter answered elsewhere, closed, reopened (the reopening promises a date: message acknowledgement-1, ' +
      'event `reopened`), then "cannot answer in time" (a new date: acknowledgement-2, the first `acknowledged` ' +
      'event). The check paired acknowledgement-N with the N-th `acknowledged` event and reported a promise ' +
      "without its event; it never read a reopening's or a late receipt's promise at all. Here the mail server " +
      'is down over the reopening and the new date, so both promises go out late and must still lie ahead.',
    life: {
      at: 240 * DAY + 21 * HOUR + 56 * MINUTE,
      channel: 'letter',
      contact: 'email',
      language: 'nl',
      receiptDaysBack: 0,
      receiptAsDate: false,
      answeredAtOnce: false,
      actions: [
        { name: 'reply-sent', after: 2 * HOUR + 16 * MINUTE, role: 'handler', body: { channel: 'elsewhere' } },
        {
          name: 'cannot-answer-in-time',
          after: 5 * HOUR + 36 * MINUTE,
          role: 'manager',
          body: { way: 'De teamleider onderzoekt wat er is gebeurd.' },
          aheadDays: 30,
        },
        {
          name: 'close',
          after: 7 * DAY + 19 * HOUR,
          role: 'manager',
          body: { resolution: 'Afspraak verzet', category: 'wachttijd', cause: 'communicatie' },
        },
        {
          name: 'reopen',
          after: 12 * DAY + 13 * HOUR,
          role: 'manager',
          body: { reason: 'De creditering ontbreekt nog.' },
        },
        {
          name: 'cannot-answer-in-time',
          after: 13 * DAY + 1 * HOUR,
          role: 'handler',
          body: { way: 'De teamleider onderzoekt wat er is gebeurd.' },
          aheadDays: 15,
        },
      ],
    },
    outage: { at: 240 * DAY + 21 * HOUR + 56 * MINUTE + 12 * DAY + 12 * HOUR, lasts: DAY },
  },
];

/** `plan` with the pinned lives added after its own (their ids follow on) and their outages merged in. */
export function withPinned(plan: YearPlan): YearPlan {
  return {
    lives: [...plan.lives, ...PINNED.map((p, i) => ({ ...p.life, id: plan.lives.length + i }))],
    outages: separateOutages([...plan.outages, ...PINNED.map((p) => p.outage)]),
  };
}
