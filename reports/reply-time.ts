/**
 * R9/R6, how long a reply takes: days from receipt to the (first) official reply, for the complaints
 * received in the period that have one. Percentiles by nearest rank, each the one row the database
 * finds at its place in the order (ORDER BY … LIMIT 1 OFFSET k), so no list of durations is loaded:
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

/** 0-based offset of the nearest-rank p-th percentile among n values. */
export const rankOffset = (p: number, n: number) => Math.max(Math.ceil(p * n) - 1, 0);

export async function replyTime(s: ReportScope): Promise<ReplyTime> {
  const where = Prisma.sql`WHERE ${within(Prisma.sql`"receivedAt"`, s)} AND "repliedAt" IS NOT NULL`;
  const [{ n }] = await s.db.$queryRaw<{ n: bigint }[]>(Prisma.sql`SELECT COUNT(*) AS n FROM "Complaint" ${where}`);
  const replies = num(n);
  const days = daysBetween(s.dialect, Prisma.sql`"repliedAt"`, Prisma.sql`"receivedAt"`);
  const at = async (p: number) => {
    if (!replies) return null;
    const [row] = await s.db.$queryRaw<{ days: number | string }[]>(
      Prisma.sql`SELECT ${days} AS days FROM "Complaint" ${where} ORDER BY days LIMIT 1 OFFSET ${rankOffset(p, replies)}`,
    );
    return Math.round(Number(row.days) * 10) / 10;
  };
  const [median, p90] = await Promise.all([at(0.5), at(0.9)]);
  return { replies, median, p90 };
}
