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
 */
import { eventName } from '../domain/events';
import { Prisma } from '../generated/prisma/client';
import { num } from './dialect';
import { within, type ReportScope } from './scope';

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

const withdrawnBefore = (due: Prisma.Sql) => Prisma.sql`EXISTS (
  SELECT 1 FROM "ComplaintEvent" w
  WHERE w."reference" = c."reference" AND w."action" = ${eventName('withdrawn')} AND w."at" < ${due})`;

/** The outcome of the term ending at `due`, met at the first of `metAt`. */
function outcome(due: Prisma.Sql, metAt: Prisma.Sql[], now: Date): Prisma.Sql {
  const met = Prisma.join(
    metAt.map((at) => Prisma.sql`${at} < ${due}`),
    ' OR ',
  );
  return Prisma.sql`CASE
    WHEN ${due} IS NULL THEN NULL
    WHEN ${met} THEN 'in_time'
    WHEN ${withdrawnBefore(due)} THEN 'not_needed'
    WHEN ${due} > ${now} THEN 'pending'
    ELSE 'late' END`;
}

/**
 * R3/R10: the acknowledgement went out in time: of the complaints with a reply term that had an
 * acknowledgement to send, the first one went out (e-mail sent, letter posted) before the term ended;
 * pending while none went out and the term runs. A late entry's receipt is its acknowledgement too
 * (issue 19 item 9): one message, with the date. Decided in one look-up of the complaint's messages
 * (an index holds their purpose and moment): a look-up per question took a third of the report's time.
 */
function acknowledgementOutcome(now: Date): Prisma.Sql {
  const isAcknowledgement = Prisma.raw(`m."purpose" IN ('acknowledgement', 'late_receipt')`);
  const firstSent = Prisma.sql`MIN(CASE WHEN ${isAcknowledgement} THEN m."sentAt" END)`;
  return Prisma.sql`CASE WHEN c."replyDueAt" IS NULL THEN NULL ELSE (
    SELECT CASE
      WHEN COUNT(CASE WHEN ${isAcknowledgement} THEN 1 END) = 0 THEN NULL
      WHEN ${firstSent} < c."replyDueAt" THEN 'in_time'
      WHEN ${firstSent} IS NULL AND c."replyDueAt" > ${now} THEN 'pending'
      ELSE 'late' END
    FROM "Message" m WHERE m."reference" = c."reference") END`;
}

export interface TermOutcomes {
  reply: Outcomes;
  callback: Outcomes;
  acknowledgement: Outcomes;
  termMissed: number;
}

type Term = 'reply' | 'callback' | 'acknowledgement';
type Row = Record<Term, string | null> & { n: bigint | number; term_missed: bigint | number | null };

/**
 * Every term of the period's complaints in one pass over them (each pass reads every complaint of the
 * period from the table), grouped on the outcomes rather than one SUM(CASE …) per outcome: PostgreSQL
 * copies an outcome's CASE, with its look-ups, into every SUM that names it.
 */
export async function termOutcomes(s: ReportScope): Promise<TermOutcomes> {
  const reply = outcome(Prisma.sql`c."replyDueAt"`, [Prisma.sql`c."repliedAt"`, Prisma.sql`c."acknowledgedAt"`], s.now);
  const callback = outcome(Prisma.sql`c."callbackDueAt"`, [Prisma.sql`c."calledBackAt"`], s.now);
  const rows = await s.db.$queryRaw<Row[]>(Prisma.sql`
    SELECT reply, callback, acknowledgement, COUNT(*) AS n, SUM(term_missed) AS term_missed
    FROM (
      SELECT ${reply} AS reply, ${callback} AS callback, ${acknowledgementOutcome(s.now)} AS acknowledgement,
             CASE WHEN c."termMissed" THEN 1 ELSE 0 END AS term_missed
      FROM "Complaint" c WHERE ${within(Prisma.sql`c."receivedAt"`, s)}
    ) AS t
    GROUP BY reply, callback, acknowledgement`);
  const count = (term: Term, value: string) =>
    rows.filter((r) => r[term] === value).reduce((sum, r) => sum + num(r.n), 0);
  const of = (term: Term) =>
    outcomes(count(term, 'in_time'), count(term, 'late'), count(term, 'pending'), count(term, 'not_needed'));
  return {
    reply: of('reply'),
    callback: of('callback'),
    acknowledgement: of('acknowledgement'),
    termMissed: rows.reduce((sum, r) => sum + num(r.term_missed), 0),
  };
}
