/** Starts a registered complaint's workflow, exactly once, with the complaint's reference as its ID. */
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { TASK_QUEUE } from '../../domain/actions';
import type { Channel, ComplaintKind, Language } from '../../domain/channels';
import type { ComplaintWorkflowInput } from '../../domain/complaint';
import type { Database } from '../../infra/database';
import type { complaintWorkflow } from '../../workflows';
import type { ComplaintRow } from './register';

export function workflowInput(row: ComplaintRow): ComplaintWorkflowInput {
  return {
    reference: row.reference,
    channel: row.channel as Channel,
    kind: row.kind as ComplaintKind,
    receivedAt: row.receivedAt.toISOString(),
    registeredAt: row.registeredAt.toISOString(),
    registeredBy: row.registeredBy,
    complainant: {
      name: row.complainantName,
      email: row.complainantEmail ?? undefined,
      phone: row.complainantPhone ?? undefined,
      address: row.complainantAddress ?? undefined,
      language: row.language as Language,
    },
    subject: row.subject,
    description: row.description,
    service: row.service ?? undefined,
    answeredAtOnce: row.answeredAtOnce ? JSON.parse(row.answeredAtOnce) : undefined,
    terms: JSON.parse(row.terms),
  };
}

export async function startWorkflow(client: Client, db: Database, row: ComplaintRow): Promise<void> {
  try {
    await client.workflow.start<typeof complaintWorkflow>('complaintWorkflow', {
      workflowId: row.reference,
      taskQueue: TASK_QUEUE,
      args: [workflowInput(row)],
      // A complaint's workflow runs once: a second start for the same reference is refused.
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  await db.complaint.update({ where: { reference: row.reference }, data: { workflowStartedAt: new Date() } });
}

/** Starts the workflows of complaints registered while Temporal was unreachable: none is lost. */
export async function startPendingWorkflows(client: Client, db: Database): Promise<number> {
  const pending = await db.complaint.findMany({ where: { workflowStartedAt: null }, orderBy: { registeredAt: 'asc' } });
  for (const row of pending) await startWorkflow(client, db, row);
  return pending.length;
}
