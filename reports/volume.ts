/**
 * R6, volume: how many complaints arrived in the period (by moment of receipt), per month, and by
 * channel, service, category and cause. Counted by the database, never by loading complaints.
 * Service, category and cause are typed by people, so "Facturatie " and "facturatie" are one value
 * (grouped on lower-case trimmed text, shown as first written); empty is "not recorded".
 */
import { Prisma } from '../generated/prisma/client';
import { moment, num } from './dialect';
import { within, type ReportScope } from './scope';

export interface Count {
  value: string;
  count: number;
}

export interface Breakdown {
  /** The most frequent values, most frequent first (equal counts: alphabetical). */
  top: Count[];
  /** The rest, together: how many complaints, and how many different values. */
  other: { count: number; values: number };
  /** Complaints without a value (e.g. not yet closed, so not yet categorised). */
  notRecorded: number;
}

export interface Volume {
  total: number;
  perMonth: { month: string; count: number }[];
  perChannel: Breakdown;
  perService: Breakdown;
  perCategory: Breakdown;
  /** The 10 most frequent causes, the rest as `other`. */
  perCause: Breakdown;
}

/** Enough to list every service or category an organisation has; beyond it, `other`. */
const MANY = 50;
const TOP_CAUSES = 10;

const COLUMNS = ['channel', 'service', 'category', 'cause'] as const;
type Column = (typeof COLUMNS)[number];

const valueOf = (column: Column) => Prisma.raw(`TRIM("${column}")`);
/** A value was recorded: not NULL (NULL <> '' is not true either) and not blank. */
const recorded = (column: Column) => Prisma.sql`${valueOf(column)} <> ''`;

export async function volume(s: ReportScope): Promise<Volume> {
  const [totals, perMonth, ...tops] = await Promise.all([
    totalsOf(s),
    perMonthOf(s),
    ...COLUMNS.map((column) => topOf(s, column, column === 'cause' ? TOP_CAUSES : MANY)),
  ]);
  const [perChannel, perService, perCategory, perCause] = COLUMNS.map((column, i) => {
    const top = tops[i];
    const inTop = top.reduce((sum, c) => sum + c.count, 0);
    return {
      top,
      other: { count: totals[`${column}_recorded`] - inTop, values: totals[`${column}_values`] - top.length },
      notRecorded: totals.total - totals[`${column}_recorded`],
    };
  });
  return { total: totals.total, perMonth, perChannel, perService, perCategory, perCause };
}

/** One pass over the period: how many complaints, and per column how many recorded a value, and how many values. */
async function totalsOf(s: ReportScope): Promise<Record<string, number>> {
  const columns = COLUMNS.flatMap((column) => [
    Prisma.sql`SUM(CASE WHEN ${recorded(column)} THEN 1 ELSE 0 END) AS ${Prisma.raw(`${column}_recorded`)}`,
    Prisma.sql`COUNT(DISTINCT CASE WHEN ${recorded(column)} THEN LOWER(${valueOf(column)}) END)
      AS ${Prisma.raw(`${column}_values`)}`,
  ]);
  const [row] = await s.db.$queryRaw<Record<string, bigint | null>[]>(Prisma.sql`
    SELECT COUNT(*) AS total, ${Prisma.join(columns)}
    FROM "Complaint" WHERE ${within(Prisma.sql`"receivedAt"`, s)}`);
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, num(v)]));
}

/** One row per month of the period, also the months without complaints: a VALUES list of boundaries. */
async function perMonthOf(s: ReportScope): Promise<Volume['perMonth']> {
  const months = Prisma.join(
    s.months.map((m) => Prisma.sql`(${m.month}, ${moment(s.dialect, m.start)}, ${moment(s.dialect, m.end)})`),
  );
  const rows = await s.db.$queryRaw<{ month: string; n: bigint }[]>(Prisma.sql`
    SELECT m.column1 AS month, COUNT(c."reference") AS n
    FROM (VALUES ${months}) AS m
    LEFT JOIN "Complaint" c ON c."receivedAt" >= m.column2 AND c."receivedAt" < m.column3
    GROUP BY m.column1
    ORDER BY m.column1`);
  return rows.map((r) => ({ month: r.month, count: num(r.n) }));
}

/** The most frequent values of `column`, spelled as first written. */
async function topOf(s: ReportScope, column: Column, limit: number): Promise<Count[]> {
  const value = valueOf(column);
  const rows = await s.db.$queryRaw<{ label: string; n: bigint }[]>(Prisma.sql`
    SELECT MIN(${value}) AS label, COUNT(*) AS n
    FROM "Complaint" WHERE ${within(Prisma.sql`"receivedAt"`, s)} AND ${recorded(column)}
    GROUP BY LOWER(${value})
    ORDER BY n DESC, label ASC
    LIMIT ${limit}`);
  return rows.map((r) => ({ value: r.label, count: num(r.n) }));
}
