/**
 * R6, timeliness of the complaints received in the period (R3, R7, R9, R10): each term's outcome per
 * complaint, decided by the database in one pass (a CASE per term), then counted.
 *  - reply: a complaint with a reply term (every written one, an oral one that needed handling) is in
 *    time when replied to or acknowledged before the term ended (repliedAt or acknowledgedAt < replyDueAt);
 *  - callback (R7): called back before it was due (calledBackAt < callbackDueAt);
 *  - pending: the term has not ended yet at the moment of measuring and nothing met it yet;
 *  - not needed: withdrawn before the term ended without having been met;
 *  - late: the rest — met after the term, or not met while the term has ended.
 * Plus the acknowledgements sent in time, and the complaints whose reply term had ended before they were
 * entered (termMissed).
 *
 * A day's counts must hold whenever they are read (kept-days.ts), so the database leaves "pending or late"
 * open: a term nothing met yet is counted with the moment it ends, and the moment of measuring decides.
 */
import { eventName } from '../domain/events';
import { Prisma } from '../generated/prisma/client';
import { num } from './dialect';
import { fromDays, perDay, withDays, type DaysQuery } from './days';

export interface Outcomes {
  inTime: number;
  late: number;
  pending: number;
  notNeeded: number;
  /** inTime / (inTime + late); null when nothing was decided yet. */
  share: number | null;
}

export const outcomes = (inTime: number, late: number, pending = 0, notNeeded = 0): Outcomes => ({
  inTime,
  late,
  pending,
  notNeeded,
  share: inTime + late ? inTime / (inTime + late) : null,
});

/** One term on one day: the outcomes decided, and the terms still open by the moment they end (ISO). */
export interface DayTerm {
  inTime: number;
  late: number;
  notNeeded: number;
  open: [endsAt: string, count: number][];
}

export interface DayTerms {
  reply: DayTerm;
  callback: DayTerm;
  acknowledgement: DayTerm;
  termMissed: number;
}

const withdrawnBefore = (due: Prisma.Sql) => Prisma.sql`EXISTS (
  SELECT 1 FROM "ComplaintEvent" w
  WHERE w."reference" = c."reference" AND w."action" = ${eventName('withdrawn')} AND w."at" < ${due})`;

/** The outcome of the term ending at `due`, met at the first of `metAt`; 'open' while nothing decided it. */
function outcome(due: Prisma.Sql, metAt: Prisma.Sql[]): Prisma.Sql {
  const met = Prisma.join(
    metAt.map((at) => Prisma.sql`${at} < ${due}`),
    ' OR ',
  );
  return Prisma.sql`CASE
    WHEN ${due} IS NULL THEN NULL
    WHEN ${met} THEN 'in_time'
    WHEN ${withdrawnBefore(due)} THEN 'not_needed'
    ELSE 'open' END`;
}

/**
 * R3/R10: the acknowledgement went out in time: of the complaints with a reply term that had an
 * acknowledgement to send, the first one went out (e-mail sent, letter posted) before the term ended;
 * open while none went out. A late entry's receipt is its acknowledgement too (issue 19 item 9): one
 * message, with the date. Decided in one look-up of the complaint's messages (an index holds their purpose
 * and moment): a look-up per question took a third of the report's time.
 */
function acknowledgementOutcome(): Prisma.Sql {
  const isAcknowledgement = Prisma.raw(`m."purpose" IN ('acknowledgement', 'late_receipt')`);
  const firstSent = Prisma.sql`MIN(CASE WHEN ${isAcknowledgement} THEN m."sentAt" END)`;
  return Prisma.sql`CASE WHEN c."replyDueAt" IS NULL THEN NULL ELSE (
    SELECT CASE
      WHEN COUNT(CASE WHEN ${isAcknowledgement} THEN 1 END) = 0 THEN NULL
      WHEN ${firstSent} < c."replyDueAt" THEN 'in_time'
      WHEN ${firstSent} IS NULL THEN 'open'
      ELSE 'late' END
    FROM "Message" m WHERE m."reference" = c."reference") END`;
}

type Term = 'reply' | 'callback' | 'acknowledgement';
const TERMS: Term[] = ['reply', 'callback', 'acknowledgement'];
type Moment = Date | string | null;
type Row = { i: bigint | number } & Record<Term, string | null> & {
    reply_due: Moment;
    callback_due: Moment;
    acknowledgement_due: Moment;
    n: bigint | number;
    term_missed: bigint | number | null;
  };

/**
 * Every term of the days' complaints in one pass over them, grouped on the outcomes (and an open term's
 * end) rather than one SUM(CASE …) per outcome: PostgreSQL copies an outcome's CASE, with its look-ups,
 * into every SUM that names it.
 */
export async function termsOfDays(q: DaysQuery): Promise<DayTerms[]> {
  const reply = outcome(Prisma.sql`c."replyDueAt"`, [Prisma.sql`c."repliedAt"`, Prisma.sql`c."acknowledgedAt"`]);
  const callback = outcome(Prisma.sql`c."callbackDueAt"`, [Prisma.sql`c."calledBackAt"`]);
  const openEnd = (term: Term) => Prisma.raw(`CASE WHEN ${term} = 'open' THEN ${term}_ends END`);
  const rows = await q.db.$queryRaw<Row[]>(Prisma.sql`
    ${withDays(q)}
    SELECT i, reply, ${openEnd('reply')} AS reply_due, callback, ${openEnd('callback')} AS callback_due,
      acknowledgement, ${openEnd('acknowledgement')} AS acknowledgement_due,
      COUNT(*) AS n, SUM(term_missed) AS term_missed
    FROM (
      SELECT d.i AS i, ${reply} AS reply, c."replyDueAt" AS reply_ends,
             ${callback} AS callback, c."callbackDueAt" AS callback_ends,
             ${acknowledgementOutcome()} AS acknowledgement, c."replyDueAt" AS acknowledgement_ends,
             CASE WHEN c."termMissed" THEN 1 ELSE 0 END AS term_missed
      FROM ${fromDays(q, 'Complaint', 'c', 'receivedAt')}
    ) AS t
    GROUP BY i, reply, reply_due, callback, callback_due, acknowledgement, acknowledgement_due`);
  return perDay(q, rows, (day) => {
    const term = (t: Term): DayTerm => {
      const count = (value: string) => day.filter((r) => r[t] === value).reduce((sum, r) => sum + num(r.n), 0);
      const open = new Map<string, number>();
      for (const r of day) {
        const due = r[`${t}_due`];
        if (r[t] !== 'open' || due == null) continue;
        const endsAt = new Date(due).toISOString();
        open.set(endsAt, (open.get(endsAt) ?? 0) + num(r.n));
      }
      return { inTime: count('in_time'), late: count('late'), notNeeded: count('not_needed'), open: [...open] };
    };
    return {
      reply: term('reply'),
      callback: term('callback'),
      acknowledgement: term('acknowledgement'),
      termMissed: day.reduce((sum, r) => sum + num(r.term_missed), 0),
    };
  });
}

export interface TermOutcomes {
  reply: Outcomes;
  callback: Outcomes;
  acknowledgement: Outcomes;
  termMissed: number;
}

/** The period's outcomes from its days', measured at `now`: an open term that has not ended is pending. */
export function foldTerms(days: DayTerms[], now: Date): TermOutcomes {
  const of = (t: Term): Outcomes => {
    let inTime = 0;
    let late = 0;
    let pending = 0;
    let notNeeded = 0;
    for (const day of days) {
      const term = day[t];
      inTime += term.inTime;
      late += term.late;
      notNeeded += term.notNeeded;
      for (const [endsAt, n] of term.open) {
        if (Date.parse(endsAt) > now.getTime()) pending += n;
        else late += n;
      }
    }
    return outcomes(inTime, late, pending, notNeeded);
  };
  const [reply, callback, acknowledgement] = TERMS.map(of);
  return { reply, callback, acknowledgement, termMissed: days.reduce((sum, d) => sum + d.termMissed, 0) };
}
