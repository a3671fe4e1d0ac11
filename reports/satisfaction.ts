/**
 * R6, how the outside world sees us: the answers complainants gave in the period to "how satisfied are
 * you with how your complaint was handled" (1–5, asked once after closing), by the day they answered.
 */
import { Prisma } from '../generated/prisma/client';
import { num } from './dialect';
import { fromDays, perDay, withDays, type DaysQuery } from './days';

export const SCORES = [1, 2, 3, 4, 5] as const;

export interface Satisfaction {
  answers: number;
  /** Mean score, to two decimals; null without answers. */
  average: number | null;
  /** How many answered 1, 2, 3, 4 and 5. */
  distribution: Record<(typeof SCORES)[number], number>;
}

/** How many answered each score on a day, 1 to 5. */
export type DaySatisfaction = number[];

export async function satisfactionOfDays(q: DaysQuery): Promise<DaySatisfaction[]> {
  const rows = await q.db.$queryRaw<{ i: bigint; score: number; n: bigint | number }[]>(Prisma.sql`
    ${withDays(q)}
    SELECT d.i AS i, c."satisfactionScore" AS score, COUNT(*) AS n
    FROM ${fromDays(q, 'Complaint', 'c', 'satisfactionAt', Prisma.sql`c."satisfactionScore" IS NOT NULL`)}
    GROUP BY d.i, c."satisfactionScore"`);
  return perDay(q, rows, (day) =>
    SCORES.map((k) => day.filter((r) => num(r.score) === k).reduce((s, r) => s + num(r.n), 0)),
  );
}

export function foldSatisfaction(days: DaySatisfaction[]): Satisfaction {
  const counts = SCORES.map((_, k) => days.reduce((sum, day) => sum + day[k], 0));
  const answers = counts.reduce((sum, n) => sum + n, 0);
  const total = counts.reduce((sum, n, k) => sum + n * SCORES[k], 0);
  return {
    answers,
    average: answers ? Math.round((total / answers) * 100) / 100 : null,
    distribution: Object.fromEntries(SCORES.map((k, i) => [k, counts[i]])) as Satisfaction['distribution'],
  };
}
