/**
 * The unit the report's figures are computed in and kept by: one local day of the organisation (midnight to
 * midnight in its time zone, 23 or 25 hours on the days summer time begins or ends). Every period a report
 * shows is whole days, so its figures are the sum of its days' (day-figures.ts); a finished day's are kept
 * (kept-days.ts) and read again instead of its complaints.
 *
 * A query computes many days at once: the days as a list of boundaries (`WITH d(i, s, e) AS (VALUES …)`)
 * joined to the rows whose moment lies in one, grouped on the day's number `i`.
 */
import { addDays, localDate } from '../domain/calendar';
import type { ReportPeriod } from '../domain/report-period';
import { Prisma } from '../generated/prisma/client';
import type { Database } from '../infra/database';
import { moment, type Dialect } from './dialect';
import { dayStart } from './scope';

export interface DayRange {
  /** YYYY-MM-DD, local. */
  day: string;
  /** Its first moment, included. */
  start: Date;
  /** The first moment of the next day, excluded. */
  end: Date;
}

/**
 * The first moment of each local day, worked out once per zone and day: a summary of a year asks for some
 * 750 of them at every request, and each answer of the time zone's rules takes two Intl formatters
 * (domain/calendar.ts keeps none, being part of the workflow bundle): 80 ms of a 137 ms summary.
 */
const starts = new Map<string, Date>();
const MAX_STARTS = 100_000;

function startOf(day: string, zone: string): Date {
  const key = `${zone} ${day}`;
  let start = starts.get(key);
  if (!start) {
    if (starts.size >= MAX_STARTS) starts.clear();
    start = dayStart(day, zone);
    starts.set(key, start);
  }
  return start;
}

/** The days of a period, first to last. */
export function daysOf(period: ReportPeriod, zone: string): DayRange[] {
  const days: DayRange[] = [];
  let start = startOf(period.from, zone);
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
    const end = startOf(addDays(day, 1), zone);
    days.push({ day, start, end });
    start = end;
  }
  return days;
}

/** Days to compute in one go: their figures come back in the same order. */
export interface DaysQuery {
  db: Database;
  dialect: Dialect;
  /** The organisation's time zone, whose days these are. */
  zone: string;
  days: DayRange[];
}

/** `WITH d(i, s, e) AS (VALUES …)`: day number i (its place in q.days) from s, included, to e, excluded. */
export function withDays(q: DaysQuery): Prisma.Sql {
  const rows = q.days.map(
    (d, i) => Prisma.sql`(${Prisma.raw(String(i))}, ${moment(q.dialect, d.start)}, ${moment(q.dialect, d.end)})`,
  );
  return Prisma.sql`WITH d(i, s, e) AS (VALUES ${Prisma.join(rows)})`;
}

/**
 * `FROM` the days and the rows of `table` (as `alias`) whose `column` lies in one of them, with `where`.
 * SQLite reads each day's rows from the column's index by itself. PostgreSQL does not see a range that
 * only a joined list bounds: it passed over every complaint and compared each with every day (7 s instead
 * of 14 ms per query), so there each day looks its rows up on its own (a LATERAL subquery that OFFSET 0
 * keeps from being merged into the join).
 */
export function fromDays(q: DaysQuery, table: string, alias: string, column: string, where?: Prisma.Sql): Prisma.Sql {
  const col = Prisma.raw(`${alias}."${column}"`);
  const inDay = Prisma.sql`${col} >= d.s AND ${col} < d.e${where ? Prisma.sql` AND ${where}` : Prisma.empty}`;
  const rows = Prisma.raw(`"${table}" ${alias}`);
  return q.dialect === 'sqlite'
    ? Prisma.sql`d JOIN ${rows} ON ${inDay}`
    : Prisma.sql`d CROSS JOIN LATERAL (SELECT * FROM ${rows} WHERE ${inDay} OFFSET 0) AS ${Prisma.raw(alias)}`;
}

/**
 * The local day of each of many moments, without asking the time zone per moment: the days they span are
 * bounded once, and each moment is found among the boundaries.
 */
export function localDaysOf(moments: number[], zone: string): (at: number) => string {
  if (!moments.length) return () => '';
  const [min, max] = moments.reduce(([lo, hi], at) => [Math.min(lo, at), Math.max(hi, at)], [Infinity, -Infinity]);
  const first = localDate(new Date(min).toISOString(), zone);
  const last = localDate(new Date(max).toISOString(), zone);
  const days = daysOf({ from: first, to: last }, zone);
  return (at) => {
    let low = 0;
    let high = days.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (days[mid].start.getTime() <= at) low = mid;
      else high = mid - 1;
    }
    return days[low].day;
  };
}

/** One result per day, from rows that carry their day's number: `fold` makes a day of its rows. */
export function perDay<R extends { i: bigint | number | string }, P>(
  q: DaysQuery,
  rows: R[],
  fold: (rows: R[]) => P,
): P[] {
  const byDay = q.days.map((): R[] => []);
  for (const row of rows) byDay[Number(row.i)].push(row);
  return byDay.map(fold);
}
