/**
 * R4/R6, the open backlog by age at the end of the period (or now, for a period that has not ended):
 * complaints received by then and not closed or withdrawn by then, by calendar days since their day of
 * receipt. "Not closed by then" reads the moment of closing; a complaint closed and reopened since
 * counts as open (the register keeps the last closing only).
 */
import { eventName } from '../domain/events';
import { addDays } from '../domain/calendar';
import { REGISTER_STATUSES } from '../domain/complaint';
import { todayIn } from '../domain/report-period';
import { Prisma } from '../generated/prisma/client';
import { num } from './dialect';
import { dayStart, type ReportScope } from './scope';

export const AGE_BUCKETS = [
  { label: '0-7', upTo: 7 },
  { label: '8-14', upTo: 14 },
  { label: '15-28', upTo: 28 },
  { label: '29-56', upTo: 56 },
  { label: '>56', upTo: Infinity },
] as const;

export interface Backlog {
  /** The moment the backlog is taken at. */
  asOf: string;
  /** The local date ages are counted to. */
  asOfDate: string;
  total: number;
  byAge: { age: (typeof AGE_BUCKETS)[number]['label']; count: number }[];
}

export async function backlog(s: ReportScope): Promise<Backlog> {
  const asOf = s.end < s.now ? s.end : s.now;
  const asOfDate = s.end < s.now ? s.period.to : todayIn(s.now, s.zone);
  // Received on or after the start of local day asOfDate − upTo: at most `upTo` days old.
  const bounds = AGE_BUCKETS.slice(0, -1).map((b) => dayStart(addDays(asOfDate, -b.upTo), s.zone));
  const bucket = (i: number) => {
    const younger = i > 0 ? Prisma.sql`"receivedAt" < ${bounds[i - 1]}` : Prisma.sql`1 = 1`;
    const older = i < bounds.length ? Prisma.sql`"receivedAt" >= ${bounds[i]}` : Prisma.sql`1 = 1`;
    return Prisma.sql`SUM(CASE WHEN ${younger} AND ${older} THEN 1 ELSE 0 END) AS ${Prisma.raw(`age_${i}`)}`;
  };
  // Three parts, each read from an index on the status, instead of every complaint received before asOf:
  // those open now, those closed after asOf, those withdrawn after it. The register writes no status but
  // REGISTER_STATUSES, so the open ones are the others than closed and withdrawn.
  const open = REGISTER_STATUSES.filter((status) => status !== 'closed' && status !== 'withdrawn');
  const [row] = await s.db.$queryRaw<Record<string, bigint | null>[]>(Prisma.sql`
    SELECT COUNT(*) AS total, ${Prisma.join(AGE_BUCKETS.map((_, i) => bucket(i)))}
    FROM (
      SELECT c."receivedAt" FROM "Complaint" c
      WHERE c."status" IN (${Prisma.join(open)}) AND c."receivedAt" < ${asOf}
      UNION ALL
      SELECT c."receivedAt" FROM "Complaint" c
      WHERE c."status" = 'closed' AND c."closedAt" >= ${asOf} AND c."receivedAt" < ${asOf}
      UNION ALL
      SELECT c."receivedAt" FROM "Complaint" c
      WHERE c."status" = 'withdrawn' AND c."receivedAt" < ${asOf} AND EXISTS (
        SELECT 1 FROM "ComplaintEvent" w
        WHERE w."reference" = c."reference" AND w."action" = ${eventName('withdrawn')} AND w."at" >= ${asOf})
    ) AS c`);
  return {
    asOf: asOf.toISOString(),
    asOfDate,
    total: num(row.total),
    byAge: AGE_BUCKETS.map((b, i) => ({ age: b.label, count: num(row[`age_${i}`]) })),
  };
}
