/**
 * The figures of a simulated year, for the report: how much happened, how each term and promise ended,
 * and how staff actions were answered. Measured, never asserted (the invariants are asserted).
 */
import { COMPLAINANT_MESSAGE_PURPOSES } from '../../domain/notifications';
import type { Observed } from './observe';
import { promisesOf } from './promises';
import { termOutcome } from './term-outcome';

export interface Figures {
  lives: number;
  complaints: number;
  staffActions: number;
  accepted: number;
  refused: number;
  serverErrors: number;
  mailsReceived: number;
  sentToComplainants: number;
  staffNotices: number;
  lettersQueued: number;
  terms: number;
  termsMet: number;
  acknowledgedAtOnce: number;
  termHadEndedAtEntry: number;
  fallbacks: number;
  withdrawnBeforeDue: number;
  termsViolated: number;
  promisesMade: number;
  promisesKept: number;
  promisesMissed: number;
  promisesEscalated: number;
  outages: number;
  outageHours: number;
}

const complainantPurposes: readonly string[] = COMPLAINANT_MESSAGE_PURPOSES;

export function figuresOf(o: Observed): Figures {
  const actions = o.run.journal.filter((e) => e.what !== 'intake');
  const messages = o.lives.flatMap((r) => r.messages);
  const outcomes = o.lives.map((r) => termOutcome(r, o.run.outages));
  const count = (kind: string) => outcomes.filter((t) => t.kind === kind).length;
  const promises = o.lives.flatMap((r) => promisesOf(r, o.run.end));
  const missed = promises.filter((p) => p.fate === 'missed');
  return {
    lives: o.lives.length,
    complaints: o.complaints.length,
    staffActions: actions.length,
    accepted: actions.filter((e) => e.status === 200).length,
    refused: actions.filter((e) => e.status === 400 || e.status === 409).length,
    serverErrors: o.run.journal.filter((e) => e.status >= 500).length,
    mailsReceived: o.mails.length,
    sentToComplainants: messages.filter((m) => m.status === 'sent' && complainantPurposes.includes(m.purpose)).length,
    staffNotices: messages.filter((m) => m.status === 'sent' && !complainantPurposes.includes(m.purpose)).length,
    lettersQueued: messages.filter((m) => m.channel === 'letter').length,
    terms: outcomes.filter((t) => t.kind !== 'none').length,
    termsMet: count('replied') + count('acknowledged'),
    acknowledgedAtOnce: count('acknowledged-at-once'),
    termHadEndedAtEntry: outcomes.filter((t) => t.kind === 'acknowledged-at-once' && t.termHadEnded).length,
    fallbacks: count('fallback'),
    withdrawnBeforeDue: count('withdrawn'),
    termsViolated: count('violated'),
    promisesMade: promises.length,
    promisesKept: promises.filter((p) => p.fate === 'kept').length,
    promisesMissed: missed.length,
    promisesEscalated: missed.filter((p) => p.escalations.length === 1).length,
    outages: o.run.outages.length,
    outageHours: o.run.outages.reduce((sum, w) => sum + (w.to - w.from), 0) / 3_600_000,
  };
}
