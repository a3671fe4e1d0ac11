/**
 * R5/R6, what complaints repaired: the complaints closed in the period with a corrective action on
 * record (the last closing counts: a reopened complaint is counted when it is closed again), and the
 * most recent of them to read. Staff's own words about the organisation, no complainant's data. The count
 * is kept per day of closing (days.ts); the most recent are read from an index at each request.
 */
import { Prisma } from '../generated/prisma/client';
import { num } from './dialect';
import { fromDays, perDay, withDays, type DaysQuery } from './days';
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

const withAction = Prisma.sql`c."status" = 'closed' AND TRIM(c."correctiveAction") <> ''`;

/** How many complaints closed on each day have a corrective action. */
export async function correctiveActionsOfDays(q: DaysQuery): Promise<number[]> {
  const rows = await q.db.$queryRaw<{ i: bigint; n: bigint | number }[]>(Prisma.sql`
    ${withDays(q)}
    SELECT d.i AS i, COUNT(*) AS n
    FROM ${fromDays(q, 'Complaint', 'c', 'closedAt', withAction)}
    GROUP BY d.i`);
  return perDay(q, rows, (day) => day.reduce((sum, r) => sum + num(r.n), 0));
}

/** The most recent corrective actions of the period, newest first. */
export async function recentCorrectiveActions(s: ReportScope): Promise<CorrectiveAction[]> {
  const recent = await s.db.$queryRaw<
    { reference: string; closed_at: Date; category: string | null; corrective_action: string }[]
  >(Prisma.sql`SELECT c."reference" AS reference, c."closedAt" AS closed_at, c."category" AS category,
                      c."correctiveAction" AS corrective_action
               FROM "Complaint" c WHERE ${withAction} AND ${within(Prisma.sql`c."closedAt"`, s)}
               ORDER BY c."closedAt" DESC, c."reference" ASC LIMIT ${RECENT}`);
  return recent.map((r) => ({
    reference: r.reference,
    closedAt: new Date(r.closed_at).toISOString(),
    category: r.category,
    correctiveAction: r.corrective_action,
  }));
}
