/**
 * R5/R6, what complaints repaired: the complaints closed in the period with a corrective action on
 * record (the last closing counts: a reopened complaint is counted when it is closed again), and the
 * most recent of them to read. Staff's own words about the organisation, no complainant's data.
 */
import { Prisma } from '../generated/prisma/client';
import { num } from './dialect';
import { within, type ReportScope } from './scope';

export interface CorrectiveAction {
  reference: string;
  closedAt: string;
  category: string | null;
  correctiveAction: string;
}

export interface CorrectiveActions {
  count: number;
  /** The most recent, newest first. */
  recent: CorrectiveAction[];
}

const RECENT = 20;

export async function correctiveActions(s: ReportScope): Promise<CorrectiveActions> {
  const where = Prisma.sql`WHERE "status" = 'closed' AND ${within(Prisma.sql`"closedAt"`, s)}
    AND TRIM("correctiveAction") <> ''`;
  const [[{ n }], recent] = await Promise.all([
    s.db.$queryRaw<{ n: bigint }[]>(Prisma.sql`SELECT COUNT(*) AS n FROM "Complaint" ${where}`),
    s.db.$queryRaw<{ reference: string; closed_at: Date; category: string | null; corrective_action: string }[]>(
      Prisma.sql`SELECT "reference" AS reference, "closedAt" AS closed_at, "category" AS category,
                        "correctiveAction" AS corrective_action
                 FROM "Complaint" ${where} ORDER BY "closedAt" DESC, "reference" ASC LIMIT ${RECENT}`,
    ),
  ]);
  return {
    count: num(n),
    recent: recent.map((r) => ({
      reference: r.reference,
      closedAt: new Date(r.closed_at).toISOString(),
      category: r.category,
      correctiveAction: r.corrective_action,
    })),
  };
}
