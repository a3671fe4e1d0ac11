/**
 * R6, how the outside world sees us: the answers complainants gave in the period to "how satisfied are
 * you with how your complaint was handled" (1–5, asked once after closing), by the moment they answered.
 */
import { Prisma } from '../generated/prisma/client';
import { num } from './dialect';
import { within, type ReportScope } from './scope';

export const SCORES = [1, 2, 3, 4, 5] as const;

export interface Satisfaction {
  answers: number;
  /** Mean score, to two decimals; null without answers. */
  average: number | null;
  /** How many answered 1, 2, 3, 4 and 5. */
  distribution: Record<(typeof SCORES)[number], number>;
}

export async function satisfaction(s: ReportScope): Promise<Satisfaction> {
  const perScore = SCORES.map(
    (k) => Prisma.sql`SUM(CASE WHEN "satisfactionScore" = ${k} THEN 1 ELSE 0 END) AS ${Prisma.raw(`score_${k}`)}`,
  );
  const [row] = await s.db.$queryRaw<Record<string, bigint | number | null>[]>(Prisma.sql`
    SELECT COUNT(*) AS answers, SUM("satisfactionScore") AS total, ${Prisma.join(perScore)}
    FROM "Complaint"
    WHERE "satisfactionScore" IS NOT NULL AND ${within(Prisma.sql`"satisfactionAt"`, s)}`);
  const answers = num(row.answers);
  return {
    answers,
    average: answers ? Math.round((num(row.total) / answers) * 100) / 100 : null,
    distribution: Object.fromEntries(SCORES.map((k) => [k, num(row[`score_${k}`])])) as Satisfaction['distribution'],
  };
}
