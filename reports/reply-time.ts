/**
 * R9/R6, how long a reply takes: days from receipt to the (first) official reply, for the complaints
 * received in the period that have one. Percentiles by nearest rank: the p-th percentile of n values is
 * the value at rank ⌈p·n⌉ (1-based). Shown to a tenth of a day, so each day keeps how many replies took
 * each number of tenths (the database rounds, and rounding keeps the order, so the value at a rank among
 * rounded durations is the rounded value at that rank): no list of durations is loaded or kept.
 */
import { Prisma } from '../generated/prisma/client';
import { daysBetween, num } from './dialect';
import { fromDays, perDay, withDays, type DaysQuery } from './days';

export interface ReplyTime {
  replies: number;
  /** Days, to one decimal; null without replies. */
  median: number | null;
  p90: number | null;
}

/** How many replies of a day took each number of tenths of a day. */
export type DayReplyTimes = [tenths: number, count: number][];

/** p as a fraction a/b. */
const PERCENTILES = { median: [1, 2], p90: [9, 10] } as const;
type Fraction = readonly [number, number];

/** Rank ⌈p·n⌉, 1-based, for n values. */
const rankOf = ([a, b]: Fraction, n: number) => Math.max(Math.ceil((a * n) / b), 1);

export async function replyTimesOfDays(q: DaysQuery): Promise<DayReplyTimes[]> {
  const days = daysBetween(q.dialect, Prisma.sql`c."repliedAt"`, Prisma.sql`c."receivedAt"`);
  const rows = await q.db.$queryRaw<{ i: bigint; tenths: number | string; n: bigint | number }[]>(Prisma.sql`
    ${withDays(q)}
    SELECT i, tenths, COUNT(*) AS n
    FROM (
      SELECT d.i AS i, ROUND(${days} * 10) AS tenths
      FROM ${fromDays(q, 'Complaint', 'c', 'receivedAt', Prisma.sql`c."repliedAt" IS NOT NULL`)}
    ) AS t
    GROUP BY i, tenths`);
  return perDay(q, rows, (day) => day.map((r): [number, number] => [Number(r.tenths), num(r.n)]));
}

export function foldReplyTimes(days: DayReplyTimes[]): ReplyTime {
  const counts = new Map<number, number>();
  for (const day of days) for (const [tenths, n] of day) counts.set(tenths, (counts.get(tenths) ?? 0) + n);
  const sorted = [...counts].sort((a, b) => a[0] - b[0]);
  const replies = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (!replies) return { replies: 0, median: null, p90: null };
  const at = (p: Fraction) => {
    const rank = rankOf(p, replies);
    let seen = 0;
    const [tenths] = sorted.find(([, n]) => (seen += n) >= rank)!;
    return tenths / 10;
  };
  return { replies, median: at(PERCENTILES.median), p90: at(PERCENTILES.p90) };
}
