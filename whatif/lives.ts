/**
 * Issue 22: the lives of a period's complaints as the register tells them, for a replay under another
 * policy. Only times, channels and outcomes leave the register: when the complaint arrived and was
 * entered, by which channel, whether it could be reached by e-mail or post (not the address), and the
 * moments staff acted, each as an offset from arrival. No name, contact detail or text is read.
 */
import { addDays, localDate, startOfLocalDay } from '../domain/calendar';
import type { Channel, ComplaintKind, ReplyChannel } from '../domain/channels';
import type { ContactRoutes } from '../domain/complaint';
import type { EventName } from '../domain/events';
import { inStepOrder } from '../domain/step-order';
import { complaintProof } from '../api/complaints/record';
import type { Database } from '../infra/database';
import { termResults, type TermResult } from './terms-met';

/** A step staff took, at `after` milliseconds from arrival; the replay takes it at the same offset. */
export type LifeStep = { after: number } & (
  | { action: 'callback-done'; outcome: 'resolved' | 'needs_handling' }
  /** R10: a date promised `aheadDays` after the local date of the step. */
  | { action: 'cannot-answer-in-time'; aheadDays: number }
  | { action: 'reply-sent'; channel: ReplyChannel }
  | { action: 'close' }
  | { action: 'withdraw' }
  | { action: 'reopen' }
  /** R4/R9: the desk marked a letter of this purpose posted. */
  | { action: 'letter-posted'; purpose: string }
);

export interface RegisteredLife {
  reference: string;
  channel: Channel;
  kind: ComplaintKind;
  receivedAt: string;
  /** Entered this long after arrival (a letter entered late). */
  registeredAfter: number;
  /** R7: an oral complaint answered at once. */
  answeredAtOnce: boolean;
  contact: ContactRoutes;
  steps: LifeStep[];
  /** What the register's deadline proof says of each term: the check that the baseline replay is faithful. */
  recorded: TermResult[];
}

export interface Period {
  /** First and last local date of arrival, in the terms' time zone. */
  from: string;
  to: string;
}

const DAY = 24 * 60 * 60 * 1000;
const STAFF_STEPS: EventName[] = [
  'callback_done',
  'acknowledged',
  'reply_sent',
  'closed',
  'withdrawn',
  'reopened',
  'letter_posted',
];

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

function stepOf(
  action: string,
  actor: string,
  detail: Record<string, unknown>,
  after: number,
  at: Date,
  zone: string,
): LifeStep | undefined {
  if (actor === 'system') return undefined;
  switch (action) {
    case 'callback_done':
      return { after, action: 'callback-done', outcome: detail.outcome as 'resolved' | 'needs_handling' };
    case 'acknowledged':
      return typeof detail.expectedBy === 'string'
        ? {
            after,
            action: 'cannot-answer-in-time',
            aheadDays: daysBetween(localDate(at.toISOString(), zone), detail.expectedBy),
          }
        : undefined;
    case 'reply_sent':
      return { after, action: 'reply-sent', channel: detail.channel as ReplyChannel };
    case 'closed':
      return { after, action: 'close' };
    case 'withdrawn':
      return { after, action: 'withdraw' };
    case 'reopened':
      return { after, action: 'reopen' };
    case 'letter_posted':
      return { after, action: 'letter-posted', purpose: String(detail.purpose) };
    default:
      return undefined;
  }
}

/** The lives of the complaints that arrived in `period`, oldest first; terms judged at `now`. */
export async function registeredLives(
  db: Database,
  period: Period,
  zone: string,
  now: Date,
): Promise<RegisteredLife[]> {
  const rows = await db.complaint.findMany({
    where: {
      receivedAt: {
        gte: new Date(startOfLocalDay(period.from, zone)),
        lt: new Date(startOfLocalDay(addDays(period.to, 1), zone)),
      },
    },
    // Facts only: no name, contact detail, subject or description is selected.
    select: {
      reference: true,
      channel: true,
      kind: true,
      receivedAt: true,
      registeredAt: true,
      answeredAtOnce: true,
      complainantEmail: true,
      complainantAddress: true,
    },
    orderBy: [{ receivedAt: 'asc' }, { reference: 'asc' }],
  });
  const lives: RegisteredLife[] = [];
  for (const row of rows) {
    const events = (
      await db.complaintEvent.findMany({
        where: { reference: row.reference, action: { in: STAFF_STEPS } },
        select: { id: true, key: true, action: true, actor: true, at: true, detail: true },
      })
    ).sort(inStepOrder);
    const arrival = row.receivedAt.getTime();
    const steps = events
      .map((e) =>
        stepOf(
          e.action,
          e.actor,
          JSON.parse(e.detail) as Record<string, unknown>,
          e.at.getTime() - arrival,
          e.at,
          zone,
        ),
      )
      .filter((s): s is LifeStep => s !== undefined);
    lives.push({
      reference: row.reference,
      channel: row.channel as Channel,
      kind: row.kind as ComplaintKind,
      receivedAt: row.receivedAt.toISOString(),
      registeredAfter: row.registeredAt.getTime() - arrival,
      answeredAtOnce: row.answeredAtOnce !== null,
      contact: { email: !!row.complainantEmail, postal: !!row.complainantAddress },
      steps,
      recorded: termResults(await complaintProof(db, row.reference, now)),
    });
  }
  return lives;
}
