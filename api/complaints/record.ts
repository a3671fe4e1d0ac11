/**
 * One complaint as staff look at it, for GET /api/complaints/:ref and the complaint's page alike: the
 * register row, every message and event, the workflow's live state (null when no worker answers), and
 * the deadline proof built from the register alone.
 */
import type { Client } from '@temporalio/client';
import type { EventName } from '../../domain/events';
import type { Deadline } from '../../domain/complaint';
import type { Database } from '../../infra/database';
import { inStepOrder } from '../../domain/step-order';
import { findComplaint } from './find';
import { liveState } from './live-state';
import { deadlineProof, type TermProof } from './proof';

export async function complaintRecord(deps: { db: Database; client: Client }, reference: string) {
  const { db, client } = deps;
  const row = await findComplaint(db, reference);
  const [messages, events, state] = await Promise.all([
    db.message.findMany({ where: { reference: row.reference }, orderBy: { id: 'asc' } }),
    db.complaintEvent.findMany({ where: { reference: row.reference } }),
    liveState(client, row.reference),
  ]);
  return {
    row,
    messages,
    events: events.sort(inStepOrder).map((e) => ({ ...e, detail: JSON.parse(e.detail) as Record<string, unknown> })),
    state,
  };
}

export type ComplaintRecord = Awaited<ReturnType<typeof complaintRecord>>;

/** R4: the deadline proof, from the register alone (it outlives Temporal's history retention). */
export async function complaintProof(db: Database, reference: string, now: Date): Promise<TermProof[]> {
  const events = (await db.complaintEvent.findMany({ where: { reference } })).sort(inStepOrder);
  // The register keeps only the names of domain/events.ts; an unknown one (a newer version's) is a plain step.
  const steps = events.map((e) => ({
    id: e.id,
    action: e.action as EventName,
    actor: e.actor,
    at: e.at.toISOString(),
    detail: JSON.parse(e.detail) as Record<string, unknown>,
    deadlines: e.deadlines ? (JSON.parse(e.deadlines) as Deadline[]) : null,
  }));
  return deadlineProof(steps, now);
}
