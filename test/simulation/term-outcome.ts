/**
 * R3/R9/R10 for one life: how its reply term ended. Worked out from the register (events, message rows
 * and their status) with the simulated moment of each send from the history, so both the invariant and
 * the figures (terms met, acknowledged at once, fallbacks) count the same thing.
 */
import { startOfLocalDay } from '../../domain/calendar';
import { kindOf } from '../../domain/channels';
import { acknowledgementDue, replyTermEnds } from '../../workflows/state';
import type { Window } from './journal';
import { longestUp, RETRY_SLACK, upTime } from './mail-windows';
import type { LifeRecord, MessageRecord } from './observe';

export interface Term {
  /** When the term began to run in the procedure: entry, or (oral) the callback that needed handling. */
  start: number;
  /** The automatic acknowledgement's moment, and the end of the term. */
  ackDue: number;
  ends: number;
}

export type TermOutcome =
  | { kind: 'none' }
  | { kind: 'withdrawn' }
  | { kind: 'replied' | 'acknowledged'; at: number }
  | { kind: 'acknowledged-at-once'; at: number; termHadEnded: boolean }
  | { kind: 'fallback' }
  | { kind: 'violated'; reason: string };

const DELIVERED = ['sent', 'to_post', 'posted'];
const iso = (ms: number | undefined) => (ms === undefined ? 'never' : new Date(ms).toISOString());

/** When a message reached the SMTP server or was queued as a letter; undefined when it never did. */
function deliveredAt(m: MessageRecord | undefined): number | undefined {
  return m && DELIVERED.includes(m.status) ? m.run?.completedAt : undefined;
}

export function termOf(r: LifeRecord): Term | undefined {
  const c = r.complaint;
  if (!c) return undefined;
  let start = c.registeredAt.getTime();
  if (kindOf(r.life.channel) === 'oral') {
    const callback = r.events.find((e) => e.action === 'callback_done' && e.detail.outcome === 'needs_handling');
    if (!callback) return undefined;
    start = callback.at ?? NaN;
  }
  const replyDueAt = replyTermEnds(c.receivedAt.toISOString(), r.terms);
  return { start, ends: Date.parse(replyDueAt), ackDue: Date.parse(acknowledgementDue({ replyDueAt }, r.terms)!) };
}

/**
 * The designed fallback: the acknowledgement could not go out in time because the mail server was down
 * (never up longer than the retry interval) — before the term ended, or before the day it promises began
 * (it must not arrive promising a date that has come) — so it is on record and a manager was told.
 */
function fallback(r: LifeRecord, term: Term, outages: Window[]): TermOutcome | undefined {
  // A late entry's acknowledgement is its receipt (issue 19 item 9): on record as a "late receipt".
  const failed = r.events.find(
    (e) => e.action === 'message_failed' && ['acknowledgement', 'late receipt'].includes(e.detail.message as string),
  );
  if (!failed) return undefined;
  const ack = r.messages.find((m) => m.key === `${r.reference}/acknowledgement-1`);
  const notice = r.messages.find((m) => m.purpose === 'message_failed' && m.status === 'sent');
  const promised = r.events.find((e) => e.action === 'acknowledged')?.detail.expectedBy as string | undefined;
  const promiseBegins = promised ? Date.parse(startOfLocalDay(promised, r.terms.timeZone)) : Infinity;
  const up = longestUp(outages, ack?.run?.scheduledAt ?? term.start, Math.min(term.ends, promiseBegins));
  if (!notice) return { kind: 'violated', reason: 'acknowledgement failed, but no manager notice went out' };
  if (up > RETRY_SLACK) {
    return {
      kind: 'violated',
      reason: `acknowledgement failed although the mail server was up for ${Math.round(up / 60_000)} min before the term ended`,
    };
  }
  return { kind: 'fallback' };
}

export function termOutcome(r: LifeRecord, outages: Window[]): TermOutcome {
  const term = termOf(r);
  if (!term) return { kind: 'none' };
  const ref = r.reference!;
  const ack = r.messages.find((m) => m.key === `${ref}/acknowledgement-1`);
  const ackAt = deliveredAt(ack);
  const replyEvent = r.events.find((e) => e.action === 'reply_sent');
  const replyAt =
    replyEvent?.detail.channel === 'elsewhere'
      ? replyEvent.at
      : deliveredAt(r.messages.find((m) => m.key === `${ref}/reply`));
  const found = `reply recorded ${iso(replyEvent?.at)}, delivered ${iso(replyAt)}; acknowledgement ${iso(ackAt)}`;

  if (term.start >= term.ackDue) {
    // Entered after its acknowledgement moment: acknowledged at once (as soon as the mail server is up).
    if (ackAt !== undefined && upTime(outages, term.start, ackAt) <= RETRY_SLACK) {
      const termHadEnded = term.start >= term.ends;
      if (termHadEnded) {
        const onRecord = r.events.some((e) => e.action === 'term_missed_at_entry');
        const told = r.messages.some((m) => m.purpose === 'term_missed');
        if (!onRecord || !told) {
          return { kind: 'violated', reason: `term had ended at entry; on record: ${onRecord}, manager told: ${told}` };
        }
      }
      return { kind: 'acknowledged-at-once', at: ackAt, termHadEnded };
    }
    return (
      fallback(r, term, outages) ?? {
        kind: 'violated',
        reason: `entered ${iso(term.start)}, after its acknowledgement moment ${iso(term.ackDue)}, but not acknowledged at once: ${found}`,
      }
    );
  }
  const first = Math.min(replyAt ?? Infinity, ackAt ?? Infinity);
  if (first < term.ends) return { kind: first === replyAt ? 'replied' : 'acknowledged', at: first };
  const withdrawn = r.events.find((e) => e.action === 'withdrawn');
  if (withdrawn?.at !== undefined && withdrawn.at < term.ackDue) return { kind: 'withdrawn' };
  return (
    fallback(r, term, outages) ?? {
      kind: 'violated',
      reason: `term ended ${iso(term.ends)} without a reply or acknowledgement: ${found}`,
    }
  );
}
