/**
 * R6, timeliness of the complaints received in the period (R3, R7, R9, R10): each term's outcome per
 * complaint, decided by the database in one pass (a CASE per term), then counted.
 *  - reply: a complaint with a reply term (every written one, an oral one that needed handling) is in
 *    time when replied to or acknowledged before the term ended (repliedAt or acknowledgedAt < replyDueAt);
 *  - callback (R7): called back before it was due (calledBackAt < callbackDueAt);
 *  - pending: the term has not ended yet at the moment of measuring and nothing met it yet;
 *  - not needed: withdrawn before the term ended without having been met;
 *  - late: the rest — met after the term, or not met while the term has ended.
 * Plus the complaints whose reply term had ended before they were entered (termMissed).
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

const count = (column: string, value: string) =>
  Prisma.raw(`SUM(CASE WHEN ${column} = '${value}' THEN 1 ELSE 0 END) AS ${column}_${value}`);
const OUTCOMES = ['in_time', 'late', 'pending', 'not_needed'];

export async function termOutcomes(
  s: ReportScope,
): Promise<{ reply: Outcomes; callback: Outcomes; termMissed: number }> {
  const reply = outcome(Prisma.sql`c."replyDueAt"`, [Prisma.sql`c."repliedAt"`, Prisma.sql`c."acknowledgedAt"`], s.now);
  const callback = outcome(Prisma.sql`c."callbackDueAt"`, [Prisma.sql`c."calledBackAt"`], s.now);
  const columns = Prisma.join([
    ...OUTCOMES.map((o) => count('reply', o)),
    ...OUTCOMES.map((o) => count('callback', o)),
  ]);
  const [row] = await s.db.$queryRaw<Record<string, bigint | null>[]>(Prisma.sql`
    SELECT ${columns}, SUM(term_missed) AS term_missed
    FROM (
      SELECT ${reply} AS reply, ${callback} AS callback, CASE WHEN c."termMissed" THEN 1 ELSE 0 END AS term_missed
      FROM "Complaint" c WHERE ${within(Prisma.sql`c."receivedAt"`, s)}
    ) AS t`);
  const of = (term: string) =>
    outcomes(
      num(row[`${term}_in_time`]),
      num(row[`${term}_late`]),
      num(row[`${term}_pending`]),
      num(row[`${term}_not_needed`]),
    );
  return { reply: of('reply'), callback: of('callback'), termMissed: num(row.term_missed) };
}

/**
 * R3/R10: acknowledgements sent in time: of the complaints received in the period that had an
 * acknowledgement to send, the first one went out (e-mail sent, letter posted) before the reply term ended.
 */
export async function acknowledgementsSent(s: ReportScope): Promise<Outcomes> {
  // A late entry's receipt is its acknowledgement too (issue 19 item 9): one message, with the date.
  const acknowledgements = Prisma.sql`FROM "Message" m WHERE m."reference" = c."reference" AND m."purpose" IN ('acknowledgement', 'late_receipt')`;
  const [row] = await s.db.$queryRaw<
    { in_time: bigint | null; late: bigint | null; pending: bigint | null }[]
  >(Prisma.sql`
    SELECT SUM(CASE WHEN first_sent < due THEN 1 ELSE 0 END) AS in_time,
           SUM(CASE WHEN first_sent IS NULL AND due > ${s.now} THEN 1 ELSE 0 END) AS pending,
           SUM(CASE WHEN first_sent < due OR (first_sent IS NULL AND due > ${s.now}) THEN 0 ELSE 1 END) AS late
    FROM (
      SELECT c."replyDueAt" AS due, (SELECT MIN(m."sentAt") ${acknowledgements}) AS first_sent
      FROM "Complaint" c
      WHERE ${within(Prisma.sql`c."receivedAt"`, s)} AND c."replyDueAt" IS NOT NULL
        AND EXISTS (SELECT 1 ${acknowledgements})
    ) AS t`);
  return outcomes(num(row.in_time), num(row.late), num(row.pending));
}
