/**
 * Issue 19: rows projected before the inbox worked to the one next deadline (domain/next-deadline.ts) may
 * still show the reply term a promise replaced. At start the API projects each open complaint's next
 * deadline again from the step its row came from; a row a newer step has reached since is left alone, so
 * a second run, or one beside a running worker, changes nothing wrong.
 */
import type { Deadline } from '../../domain/complaint';
import { nextDeadline } from '../../domain/next-deadline';
import type { Database } from '../../infra/database';
import { OPEN_STATUSES } from './list-query';

/** Corrects the next deadline of open complaints; answers how many rows changed. */
export async function reprojectNextDeadlines(db: Database): Promise<number> {
  const rows = await db.complaint.findMany({
    where: { status: { in: OPEN_STATUSES }, projectedEvent: { gt: 0 } },
    select: { reference: true, projectedEvent: true, nextDeadlineAt: true },
  });
  let changed = 0;
  for (const row of rows) {
    const step = await db.complaintEvent.findUnique({
      where: { key: `${row.reference}/event-${row.projectedEvent}` },
      select: { deadlines: true },
    });
    if (!step?.deadlines) continue;
    const due = nextDeadline(JSON.parse(step.deadlines) as Deadline[])?.due;
    const next = due ? new Date(due) : null;
    if (next?.getTime() === row.nextDeadlineAt?.getTime()) continue;
    const { count } = await db.complaint.updateMany({
      where: { reference: row.reference, projectedEvent: row.projectedEvent },
      data: { nextDeadlineAt: next },
    });
    changed += count;
  }
  return changed;
}
