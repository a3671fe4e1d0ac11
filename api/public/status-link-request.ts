/**
 * R4: a complainant who lost the private status link asks for it again with reference and e-mail
 * address. The answer is the same whether or not the pair exists (it reveals nothing), and the link
 * goes to the register's address only, by a workflow of its own (workflows/status-link-workflow.ts).
 */
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { z } from 'zod';
import { TASK_QUEUE } from '../../domain/actions';
import type { Database } from '../../infra/database';
import type { statusLinkWorkflow } from '../../workflows';
import { referenceSchema } from '../complaints/schemas';

export const statusLinkRequestSchema = z.object({ reference: referenceSchema, email: z.email() }).strict();

// At most one message per complaint in this window, however often it is asked for.
const WINDOW_MS = 15 * 60 * 1000;

export async function sendStatusLinkIfKnown(deps: { db: Database; client: Client }, body: unknown, now: Date) {
  const { reference, email } = statusLinkRequestSchema.parse(body);
  const row = await deps.db.complaint.findUnique({ where: { reference } });
  if (!row?.statusTokenSealed || row.complainantEmail?.toLowerCase() !== email.toLowerCase()) return;
  const window = Math.floor(now.getTime() / WINDOW_MS);
  try {
    await deps.client.workflow.start<typeof statusLinkWorkflow>('statusLinkWorkflow', {
      workflowId: `${reference}/status-link/${window}`,
      taskQueue: TASK_QUEUE,
      args: [{ reference, key: `${reference}/status-link-${window}` }],
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
