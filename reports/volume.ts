/**
 * R6, volume: how many complaints arrived in the period (by moment of receipt), per month, and by
 * channel, service, category and cause. Counted by the database per day (days.ts), never by loading
 * complaints, then added up over the period's days.
 * Service, category and cause are typed by people, so "Facturatie " and "facturatie" are one value
 * (grouped on the database's lower-case trimmed text, shown as the first in code-point order); empty is
 * "not recorded".
 */
import { Prisma } from '../generated/prisma/client';
import { num } from './dialect';
import { fromDays, perDay, withDays, type DaysQuery } from './days';

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

/** One value of one column on one day: `key` is how the database groups it, `label` how it is shown. */
export type DayValue = [column: Column, key: string, label: string, count: number];

export interface DayVolume {
  received: number;
  values: DayValue[];
}

const valueOf = (column: Column) => Prisma.raw(`TRIM("${column}")`);
/** A value was recorded: not NULL (NULL <> '' is not true either) and not blank. */
const recorded = (column: Column) => Prisma.sql`${valueOf(column)} <> ''`;

/**
 * Each day's complaints and every recorded value of every column with its count: one pass over the days'
 * complaints grouped on the four columns as stored (few combinations: lists of names), then folded per
 * column. Four passes, each with a COUNT(DISTINCT …), took most of the summary's time.
 */
export async function volumeOfDays(q: DaysQuery): Promise<DayVolume[]> {
  const perColumn = COLUMNS.map(
    (column) => Prisma.sql`SELECT i, ${Prisma.raw(`'${column}'`)} AS col, LOWER(${valueOf(column)}) AS k,
      MIN(${valueOf(column)}) AS label, SUM(n) AS n
      FROM g WHERE ${recorded(column)} GROUP BY i, LOWER(${valueOf(column)})`,
  );
  const rows = await q.db.$queryRaw<{ i: bigint; col: Column | ''; k: string; label: string; n: bigint | string }[]>(
    Prisma.sql`
    ${withDays(q)},
    g AS (
      SELECT d.i AS i, c."channel", c."service", c."category", c."cause", COUNT(*) AS n
      FROM ${fromDays(q, 'Complaint', 'c', 'receivedAt')}
      GROUP BY d.i, c."channel", c."service", c."category", c."cause")
    SELECT i, '' AS col, '' AS k, '' AS label, SUM(n) AS n FROM g GROUP BY i
    UNION ALL ${Prisma.join(perColumn, ' UNION ALL ')}`,
  );
  return perDay(q, rows, (day) => ({
    received: day.filter((r) => r.col === '').reduce((sum, r) => sum + num(r.n), 0),
    values: day.filter((r) => r.col !== '').map((r): DayValue => [r.col as Column, r.k, r.label, num(r.n)]),
  }));
}

const byCount = (a: { label: string; n: number }, b: { label: string; n: number }) =>
  b.n - a.n || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/** The period's volume from its days (`day` is the day's YYYY-MM-DD); `months` lists the period's months. */
export function foldVolume(days: { day: string; volume: DayVolume }[], months: string[]): Volume {
  const perMonth = months.map((month) => ({
    month,
    count: days.filter((d) => d.day.startsWith(month)).reduce((sum, d) => sum + d.volume.received, 0),
  }));
  const total = perMonth.reduce((sum, m) => sum + m.count, 0);
  const [perChannel, perService, perCategory, perCause] = COLUMNS.map((column) => {
    const values = new Map<string, { label: string; n: number }>();
    for (const { volume } of days) {
      for (const [col, key, label, n] of volume.values) {
        if (col !== column) continue;
        const value = values.get(key);
        if (!value) values.set(key, { label, n });
        else {
          value.n += n;
          if (label < value.label) value.label = label;
        }
      }
    }
    const all = [...values.values()].sort(byCount);
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
