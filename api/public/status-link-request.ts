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

export const statusLetterRequestSchema = z
  .object({ reference: referenceSchema, postcode: z.string().trim().min(1, 'required').max(12, 'too_long') })
  .strict();

// A letter costs staff a print and a stamp: one per complaint a day, however often it is asked for.
const LETTER_WINDOW_MS = 24 * 60 * 60 * 1000;

const compact = (text: string) => text.toUpperCase().replace(/\s+/g, '');

/**
 * Issue 19 item 7: a paper complainant asks for the short address and code again by post, with the
 * reference and the postcode of the address on record; the letter goes to that address only.
 */
export async function sendStatusLetterIfKnown(deps: { db: Database; client: Client }, body: unknown, now: Date) {
  const { reference, postcode } = statusLetterRequestSchema.parse(body);
  const row = await deps.db.complaint.findUnique({ where: { reference } });
  const address = row?.complainantAddress;
  if (!row?.statusTokenSealed || !address || compact(postcode).length < 4) return;
  if (!compact(address).includes(compact(postcode))) return;
  const window = Math.floor(now.getTime() / LETTER_WINDOW_MS);
  try {
    await deps.client.workflow.start<typeof statusLinkWorkflow>('statusLinkWorkflow', {
      workflowId: `${reference}/status-letter/${window}`,
      taskQueue: TASK_QUEUE,
      args: [{ reference, key: `${reference}/status-letter-${window}`, channel: 'letter' }],
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
