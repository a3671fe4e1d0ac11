/**
 * What every figure of a report is computed over: the period as moments (local midnight to local
 * midnight in the organisation's time zone, so a month is the organisation's month across summer
 * time), its months, the moment of measuring, and the database with its dialect.
 */
import { addDays, startOfLocalDay } from '../domain/calendar';
import { monthsOf, type ReportPeriod } from '../domain/report-period';
import { Prisma } from '../generated/prisma/client';
import type { Database } from '../infra/database';
import { dialectOf, type Dialect } from './dialect';

export interface ReportScope {
  db: Database;
  dialect: Dialect;
  zone: string;
  period: ReportPeriod;
  /** The period's first moment, included. */
  start: Date;
  /** The moment after the period's last day, excluded. */
  end: Date;
  months: { month: string; start: Date; end: Date }[];
  /** When the report is made: a term that has not ended by then is still running, not missed. */
  now: Date;
}

/** The first moment of local day `date`. */
export const dayStart = (date: string, zone: string) => new Date(startOfLocalDay(date, zone));

export function scopeOf(db: Database, period: ReportPeriod, zone: string, now: Date): ReportScope {
  const dayAfter = (date: string) => dayStart(addDays(date, 1), zone);
  return {
    db,
    dialect: dialectOf(db),
    zone,
    period,
    start: dayStart(period.from, zone),
    end: dayAfter(period.to),
    months: monthsOf(period).map((m) => ({ month: m.month, start: dayStart(m.from, zone), end: dayAfter(m.to) })),
    now,
  };
}

/** `column` (quoted SQL) lies in the period. */
export const within = (column: Prisma.Sql, s: ReportScope) =>
  Prisma.sql`${column} >= ${s.start} AND ${column} < ${s.end}`;
