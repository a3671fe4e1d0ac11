/**
 * AVG/GDPR, the right to erasure: an operator erases one complaint's personal data now, with a reason on
 * record. A complaint still in its procedure is withdrawn first, through its workflow as the withdraw
 * action does (every deadline stops, the step is on record); then the register is anonymised as the
 * retention sweep would (privacy/anonymise.ts), so reports keep counting it; then its workflow's history
 * is deleted from Temporal rather than left until the namespace's retention. Repeating it changes nothing.
 */
import {
  ApplicationFailure,
  isGrpcServiceError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Client,
} from '@temporalio/client';
import { z } from 'zod';
import { eventName } from '../../domain/events';
import { text, updateOf } from '../../domain/actions';
import { isFinal, type Phase } from '../../domain/complaint';
import { INVALID_STATE } from '../../domain/refusals';
import type { Config } from '../../infra/config';
import type { Database } from '../../infra/database';
import { keyedId, type Keyring } from '../../infra/keyring';
import { anonymiseComplaint } from '../../privacy/anonymise';
import { storeOf } from '../attachments/attachments';
import type { StaffMember } from '../auth/accounts';
import { permitted } from '../auth/authenticate';
import { findComplaint } from '../complaints/find';
import type { ComplaintRow } from '../complaints/register';
import { referenceSchema } from '../complaints/schemas';

// gRPC's status code for "no such workflow".
const GRPC_NOT_FOUND = 5;

export const erasureSchema = z.object({ reference: referenceSchema, reason: text(2_000) }).strict();

export interface Erasure {
  reference: string;
  anonymisedAt: string;
  /** The complaint was still in its procedure and was withdrawn for this. */
  withdrawn: boolean;
  /** What became of its workflow's history in Temporal. */
  history: 'deleted' | 'gone' | 'left to retention';
}

interface Deps {
  db: Database;
  client: Client;
  config: Config;
  keys: Keyring;
  clock: () => Promise<Date>;
}

export async function eraseComplaint(deps: Deps, staff: StaffMember, body: unknown): Promise<Erasure> {
  permitted(staff, 'privacy.erase');
  const { reference, reason } = erasureSchema.parse(body);
  const row = await findComplaint(deps.db, reference);
  const withdrawn = !row.anonymisedAt && !isFinal(row.status as Phase) && (await withdraw(deps, staff, row));
  await anonymiseComplaint(deps.db, row.reference, { by: staff.id, reason, at: await deps.clock() }, storeOf(deps));
  const history = await deleteHistory(deps.client, row.reference);
  const { anonymisedAt } = await findComplaint(deps.db, row.reference);
  return { reference: row.reference, anonymisedAt: anonymisedAt!.toISOString(), withdrawn, history };
}

/** Ends the complaint's procedure as the withdraw action does; true when this withdrew it. */
async function withdraw(deps: Deps, staff: StaffMember, row: ComplaintRow): Promise<boolean> {
  if (!row.workflowStartedAt) return withdrawUnstarted(deps, staff, row);
  try {
    await deps.client.withDeadline(Date.now() + deps.config.actionTimeoutMs, () =>
      deps.client.workflow.getHandle(row.reference).executeUpdate(updateOf('withdraw'), {
        // No reason: the operator's reason stays in the register; Temporal gets procedure facts only.
        args: [{ by: staff.id }],
        // A repeated erasure (a retry after a 503) withdraws once.
        updateId: keyedId(deps.keys, 'update-id', `erase:${row.reference}`),
      }),
    );
    return true;
  } catch (error) {
    // Its procedure ended meanwhile (closed, withdrawn): nothing to stop.
    const refused = error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure;
    if (refused && (error.cause as ApplicationFailure).type === INVALID_STATE) return false;
    if (error instanceof WorkflowNotFoundError) return withdrawUnstarted(deps, staff, row);
    throw error;
  }
}

/**
 * A complaint whose workflow never ran (Temporal was away at intake) or is gone: withdrawn in the register,
 * and marked as started, so that the loop that starts pending procedures never starts this one.
 */
async function withdrawUnstarted(deps: Deps, staff: StaffMember, row: ComplaintRow): Promise<boolean> {
  const at = await deps.clock();
  await deps.db.$transaction([
    deps.db.complaint.update({
      where: { reference: row.reference },
      data: { status: 'withdrawn', nextDeadlineAt: null, workflowStartedAt: row.workflowStartedAt ?? at },
    }),
    deps.db.complaintEvent.upsert({
      where: { key: `${row.reference}/withdrawn-for-erasure` },
      create: {
        key: `${row.reference}/withdrawn-for-erasure`,
        reference: row.reference,
        actor: staff.id,
        action: eventName('withdrawn'),
        at,
      },
      update: {},
    }),
  ]);
  return true;
}

/** Deletes the workflow's history (and ends a workflow still running, e.g. within its reopen window). */
async function deleteHistory(client: Client, reference: string): Promise<Erasure['history']> {
  try {
    await client.workflowService.deleteWorkflowExecution({
      namespace: client.options.namespace,
      workflowExecution: { workflowId: reference },
    });
    return 'deleted';
  } catch (error) {
    if (isGrpcServiceError(error) && error.code === GRPC_NOT_FOUND) return 'gone';
    // The register is anonymised either way; the (encrypted) history leaves at the namespace's retention.
    console.warn(`the history of ${reference} stays in Temporal until its retention: ${(error as Error).message}`);
    return 'left to retention';
  }
}
