/**
 * AVG/GDPR: which complaints are past their retention period — closed, or withdrawn, before a moment, and
 * not anonymised yet. A closed complaint's moment is its last closing (a reopened one counts from when it
 * was closed again); a withdrawn one's is its withdrawal, on record as a step. Open complaints are never
 * past retention, however old.
 */
import type { Database } from '../infra/database';
import { eventName } from '../domain/events';

export async function expiredComplaints(db: Database, closedBefore: Date, limit: number): Promise<string[]> {
  const rows = await db.complaint.findMany({
    where: {
      anonymisedAt: null,
      OR: [
        { status: 'closed', closedAt: { lt: closedBefore } },
        { status: 'withdrawn', events: { some: { action: eventName('withdrawn'), at: { lt: closedBefore } } } },
      ],
    },
    select: { reference: true },
    orderBy: { reference: 'asc' },
    take: limit,
  });
  return rows.map((r) => r.reference);
}
