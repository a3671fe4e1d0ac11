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
  const [perMonth, values] = await Promise.all([perMonthOf(s), valuesOf(s)]);
  // The months are the period's, each clipped to it: together they count every complaint of the period.
  const total = perMonth.reduce((sum, m) => sum + m.count, 0);
  const [perChannel, perService, perCategory, perCause] = COLUMNS.map((column) => {
    const all = values.filter((v) => v.column === column);
    const top = all.slice(0, column === 'cause' ? TOP_CAUSES : MANY).map((v) => ({ value: v.label, count: v.n }));
    const recordedCount = all.reduce((sum, v) => sum + v.n, 0);
    const inTop = top.reduce((sum, c) => sum + c.count, 0);
    return {
      top,
      other: { count: recordedCount - inTop, values: all.length - top.length },
      notRecorded: total - recordedCount,
    };
  });
  return { total, perMonth, perChannel, perService, perCategory, perCause };
}

/**
 * Every recorded value of every column with its count, most frequent first: one pass over the period's
 * complaints grouped on the four columns as stored (few combinations: lists of names), then folded per
 * column. Four passes, each with a COUNT(DISTINCT …), took most of the summary's time.
 */
async function valuesOf(s: ReportScope): Promise<{ column: Column; label: string; n: number }[]> {
  const perColumn = COLUMNS.map(
    (column) => Prisma.sql`SELECT ${Prisma.raw(`'${column}'`)} AS col, MIN(${valueOf(column)}) AS label, SUM(n) AS n
      FROM g WHERE ${recorded(column)} GROUP BY LOWER(${valueOf(column)})`,
  );
  const rows = await s.db.$queryRaw<{ col: Column; label: string; n: bigint | string }[]>(Prisma.sql`
    WITH g AS (
      SELECT "channel", "service", "category", "cause", COUNT(*) AS n
      FROM "Complaint" WHERE ${within(Prisma.sql`"receivedAt"`, s)}
      GROUP BY "channel", "service", "category", "cause")
    ${Prisma.join(perColumn, ' UNION ALL ')}
    ORDER BY col, n DESC, label ASC`);
  return rows.map((r) => ({ column: r.col, label: r.label, n: num(r.n) }));
}

/** One row per month of the period, also the months without complaints: a VALUES list of boundaries. */
async function perMonthOf(s: ReportScope): Promise<Volume['perMonth']> {
  const months = Prisma.join(
    s.months.map((m) => Prisma.sql`(${m.month}, ${moment(s.dialect, m.start)}, ${moment(s.dialect, m.end)})`),
  );
  // COUNT of the indexed column, not of the key: the months are counted from the index alone.
  const rows = await s.db.$queryRaw<{ month: string; n: bigint }[]>(Prisma.sql`
    SELECT m.column1 AS month, COUNT(c."receivedAt") AS n
    FROM (VALUES ${months}) AS m
    LEFT JOIN "Complaint" c ON c."receivedAt" >= m.column2 AND c."receivedAt" < m.column3
    GROUP BY m.column1
    ORDER BY m.column1`);
  return rows.map((r) => ({ month: r.month, count: num(r.n) }));
}
