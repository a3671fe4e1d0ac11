/**
 * R9/R6, how long a reply takes: days from receipt to the (first) official reply, for the complaints
 * received in the period that have one. Percentiles by nearest rank, each the one row the database
 * finds at its place in the order (ROW_NUMBER() OVER (ORDER BY …)), so no list of durations is loaded:
 * the p-th percentile of n values is the value at rank ⌈p·n⌉ (1-based).
 */
import { Prisma } from '../generated/prisma/client';
import { daysBetween, num } from './dialect';
import { within, type ReportScope } from './scope';

export interface ReplyTime {
  replies: number;
  /** Days, to one decimal; null without replies. */
  median: number | null;
  p90: number | null;
}

/** p as a fraction a/b, so that the database finds rank ⌈p·n⌉ in integer arithmetic: (a·n + b − 1) / b. */
const PERCENTILES = { median: [1, 2], p90: [9, 10] } as const;
type Fraction = readonly [number, number];

const rankInSql = ([a, b]: Fraction) => Prisma.raw(`(${a} * n + ${b - 1}) / ${b}`);
/** The same rank, 1-based, for n values. */
export const rankOf = ([a, b]: Fraction, n: number) => Math.max(Math.ceil((a * n) / b), 1);

export async function replyTime(s: ReportScope): Promise<ReplyTime> {
  const days = daysBetween(s.dialect, Prisma.sql`"repliedAt"`, Prisma.sql`"receivedAt"`);
  // One ordering gives the count and both ranks: sorting the replies' days is the costly part, done once.
  const rows = await s.db.$queryRaw<{ days: number | string; r: bigint | number; n: bigint | number }[]>(Prisma.sql`
    SELECT days, r, n
    FROM (
      SELECT ${days} AS days, ROW_NUMBER() OVER (ORDER BY ${days}) AS r, COUNT(*) OVER () AS n
      FROM "Complaint" WHERE ${within(Prisma.sql`"receivedAt"`, s)} AND "repliedAt" IS NOT NULL
    ) AS ranked
    WHERE r = ${rankInSql(PERCENTILES.median)} OR r = ${rankInSql(PERCENTILES.p90)}`);
  if (!rows.length) return { replies: 0, median: null, p90: null };
  const replies = num(rows[0].n);
  const at = (p: Fraction) => {
    const row = rows.find((x) => num(x.r) === rankOf(p, replies))!;
    return Math.round(Number(row.days) * 10) / 10;
  };
  return { replies, median: at(PERCENTILES.median), p90: at(PERCENTILES.p90) };
}
