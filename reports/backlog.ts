/**
 * R4/R6, the open backlog by age at the end of the period (or now, for a period that has not ended):
 * complaints received by then and not closed or withdrawn by then, by calendar days since their day of
 * receipt. "Not closed by then" reads the moment of closing; a complaint closed and reopened since
 * counts as open (the register keeps the last closing only).
 *
 * Kept per day of receipt (days.ts): how many of the day's complaints are open now, and on which local day
 * each of the others was closed (or last withdrawn). A period that ended is then counted from the days
 * alone: open then = open now, or ended on a later day. For now, the days before today count those open
 * now; the database adds today's complaints and those whose closing or withdrawal lies after this moment.
 */
import { eventName } from '../domain/events';
import { addDays } from '../domain/calendar';
import { REGISTER_STATUSES } from '../domain/complaint';
import { daysIn, todayIn } from '../domain/report-period';
import { Prisma } from '../generated/prisma/client';
import { minuteOf, num } from './dialect';
import { fromDays, localDaysOf, perDay, withDays, type DaysQuery } from './days';
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

/** A day's complaints: how many are open now, and how many ended (closed, withdrawn) on each local day. */
export interface DayBacklog {
  open: number;
  ended: [day: string, count: number][];
}

// The register writes no status but REGISTER_STATUSES, so the open ones are the others than closed and withdrawn.
const OPEN = REGISTER_STATUSES.filter((status) => status !== 'closed' && status !== 'withdrawn');

export async function backlogOfDays(q: DaysQuery): Promise<DayBacklog[]> {
  const lastWithdrawal = Prisma.sql`(SELECT MAX(w."at") FROM "ComplaintEvent" w
    WHERE w."reference" = c."reference" AND w."action" = ${eventName('withdrawn')})`;
  const rows = await q.db.$queryRaw<{ i: bigint; open: bigint | number; ended: string | null; n: bigint | number }[]>(
    Prisma.sql`
    ${withDays(q)}
    SELECT i, open, ended, COUNT(*) AS n
    FROM (
      SELECT d.i AS i,
        CASE WHEN c."status" IN (${Prisma.join(OPEN)}) THEN 1 ELSE 0 END AS open,
        CASE WHEN c."status" = 'closed' THEN ${minuteOf(q.dialect, Prisma.sql`c."closedAt"`)}
             WHEN c."status" = 'withdrawn' THEN ${minuteOf(q.dialect, lastWithdrawal)} END AS ended
      FROM ${fromDays(q, 'Complaint', 'c', 'receivedAt')}
    ) AS t
    GROUP BY i, open, ended`,
  );
  const at = (minute: string) => Date.parse(`${minute}:00Z`);
  const dayOf = localDaysOf(
    rows.filter((r) => r.ended != null).map((r) => at(r.ended!)),
    q.zone,
  );
  return perDay(q, rows, (day) => {
    const ended = new Map<string, number>();
    for (const r of day) {
      if (r.ended == null) continue;
      const on = dayOf(at(r.ended));
      ended.set(on, (ended.get(on) ?? 0) + num(r.n));
    }
    return { open: day.filter((r) => num(r.open) === 1).reduce((sum, r) => sum + num(r.n), 0), ended: [...ended] };
  });
}

/** Counts per age bucket, the age in calendar days from the day of receipt to `asOfDate`. */
function byAge(asOfDate: string) {
  const counts = AGE_BUCKETS.map(() => 0);
  const add = (day: string, n: number) => {
    const age = daysIn({ from: day, to: asOfDate }) - 1;
    counts[AGE_BUCKETS.findIndex((b) => age <= b.upTo)] += n;
  };
  return { counts, add };
}

/**
 * The backlog of `s`'s period from `days`: every day of receipt from the register's first up to the
 * period's last (or today), with their figures.
 */
export async function backlog(s: ReportScope, days: { day: string; backlog: DayBacklog }[]): Promise<Backlog> {
  const ended = s.end < s.now;
  const asOf = ended ? s.end : s.now;
  const asOfDate = ended ? s.period.to : todayIn(s.now, s.zone);
  const { counts, add } = byAge(asOfDate);
  for (const { day, backlog: b } of days) {
    if (ended ? day > asOfDate : day >= asOfDate) continue;
    add(day, b.open + (ended ? b.ended.filter(([on]) => on > asOfDate).reduce((sum, [, n]) => sum + n, 0) : 0));
  }
  if (!ended) for (const row of await stillOpenNow(s, asOfDate)) add(row.day, row.n);
  return {
    asOf: asOf.toISOString(),
    asOfDate,
    total: counts.reduce((sum, n) => sum + n, 0),
    byAge: AGE_BUCKETS.map((b, i) => ({ age: b.label, count: counts[i] })),
  };
}

/**
 * What the days leave out of the backlog now: today's complaints received by now that are open, and the
 * complaints (of any day) closed or withdrawn after this moment, per age bucket's first day. Each part
 * is read from an index: the statuses with the moment of receipt, the closings, the withdrawal steps.
 */
async function stillOpenNow(s: ReportScope, today: string): Promise<{ day: string; n: number }[]> {
  const now = s.now;
  const todayStart = dayStart(today, s.zone);
  // The first day of each bucket that can hold such a complaint: ages of today and of the days before.
  const bounds = AGE_BUCKETS.slice(0, -1).map((b) => ({
    day: addDays(today, -b.upTo),
    start: dayStart(addDays(today, -b.upTo), s.zone),
  }));
  const bucket = (i: number) => {
    const younger = i > 0 ? Prisma.sql`"receivedAt" < ${bounds[i - 1].start}` : Prisma.sql`1 = 1`;
    const older = i < bounds.length ? Prisma.sql`"receivedAt" >= ${bounds[i].start}` : Prisma.sql`1 = 1`;
    return Prisma.sql`SUM(CASE WHEN ${younger} AND ${older} THEN 1 ELSE 0 END) AS ${Prisma.raw(`age_${i}`)}`;
  };
  const [row] = await s.db.$queryRaw<Record<string, bigint | number | null>[]>(Prisma.sql`
    SELECT ${Prisma.join(AGE_BUCKETS.map((_, i) => bucket(i)))}
    FROM (
      SELECT c."receivedAt" FROM "Complaint" c
      WHERE c."status" IN (${Prisma.join(OPEN)}) AND c."receivedAt" >= ${todayStart} AND c."receivedAt" < ${now}
      UNION ALL
      SELECT c."receivedAt" FROM "Complaint" c
      WHERE c."status" = 'closed' AND c."closedAt" >= ${now} AND c."receivedAt" < ${now}
      UNION ALL
      SELECT c."receivedAt" FROM "Complaint" c
      WHERE c."status" = 'withdrawn' AND c."receivedAt" < ${now} AND c."reference" IN (
        SELECT w."reference" FROM "ComplaintEvent" w WHERE w."action" = ${eventName('withdrawn')} AND w."at" >= ${now})
    ) AS c`);
  // A day inside each bucket stands for the bucket: the newest (today) for the first, else the bucket's first.
  const dayOfBucket = (i: number) => (i === 0 ? today : i < bounds.length ? bounds[i].day : addDays(today, -1000));
  return AGE_BUCKETS.map((_, i) => ({ day: dayOfBucket(i), n: num(row[`age_${i}`]) }));
}
