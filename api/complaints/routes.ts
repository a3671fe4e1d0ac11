/**
 * /api/complaints: intake (R2), the register record with the workflow's live state, and staff
 * actions, each an Update on the complaint's workflow.
 */
import { Router, type Request } from 'express';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { z } from 'zod';
import * as actions from '../../domain/actions';
import { isFinal, type ComplaintState, type Phase } from '../../domain/complaint';
import type { Config } from '../../infra/config';
import type { Database } from '../../infra/database';
import { HttpError, notFound } from '../errors';
import { registerComplaint, type ComplaintRow } from './register';
import { actionSchemas, intakeSchema, referenceSchema, type ActionName } from './schemas';
import { startWorkflow } from './start-workflow';

/** Each action's Update, typed so that its schema's output is what the Update takes. */
const UPDATES: { [A in ActionName]: UpdateDefinition<ComplaintState, [z.infer<(typeof actionSchemas)[A]>]> } = {
  'callback-done': actions.callbackDoneUpdate,
  'written-confirmation': actions.writtenConfirmationUpdate,
  'cannot-answer-in-time': actions.cannotAnswerInTimeUpdate,
  'reply-sent': actions.replySentUpdate,
  close: actions.closeUpdate,
  withdraw: actions.withdrawUpdate,
  assign: actions.assignUpdate,
};

// An idempotency key is the client's: bounded so that it cannot bloat the register.
function idempotencyKey(req: Request): string | undefined {
  const key = req.get('Idempotency-Key')?.trim();
  return key ? key.slice(0, 200) : undefined;
}

function publicRecord(row: ComplaintRow) {
  const { intakeKey: _key, year: _year, sequence: _seq, terms, answeredAtOnce, ...rest } = row;
  return { ...rest, terms: JSON.parse(terms), answeredAtOnce: answeredAtOnce ? JSON.parse(answeredAtOnce) : null };
}

export function complaintsRouter(deps: { db: Database; client: Client; config: Config }): Router {
  const { db, client, config } = deps;
  const router = Router();

  async function findComplaint(reference: string): Promise<ComplaintRow> {
    const parsed = referenceSchema.safeParse(reference);
    const row = parsed.success ? await db.complaint.findUnique({ where: { reference } }) : null;
    if (!row) throw notFound(`complaint ${reference}`);
    return row;
  }

  router.post('/', async (req, res) => {
    const intake = intakeSchema.parse(req.body);
    const { complaint } = await registerComplaint(db, intake, config.terms, { intakeKey: idempotencyKey(req) });
    if (!complaint.workflowStartedAt) await startWorkflow(client, db, complaint);
    const row = await findComplaint(complaint.reference);
    res.status(201).location(`/api/complaints/${row.reference}`).json({ complaint: publicRecord(row) });
  });

  router.get('/:reference', async (req, res) => {
    const row = await findComplaint(req.params.reference);
    const [messages, events] = await Promise.all([
      db.message.findMany({ where: { reference: row.reference }, orderBy: { id: 'asc' } }),
      db.complaintEvent.findMany({ where: { reference: row.reference }, orderBy: { id: 'asc' } }),
    ]);
    let state: ComplaintState | null = null;
    try {
      state = await client.workflow.getHandle(row.reference).query(actions.statusQuery);
    } catch (error) {
      // The register answers even while Temporal does not; the live state is then missing.
      console.warn(`status of ${row.reference} unavailable:`, (error as Error).message);
    }
    res.json({
      complaint: publicRecord(row),
      state,
      messages,
      events: events.map((e) => ({ ...e, detail: JSON.parse(e.detail) })),
    });
  });

  router.post('/:reference/:action', async (req, res) => {
    const name = req.params.action as ActionName;
    if (!Object.hasOwn(actionSchemas, name)) throw notFound(`action ${req.params.action}`);
    const row = await findComplaint(req.params.reference);
    const action = actionSchemas[name].parse(req.body);
    const key = idempotencyKey(req);
    const handle = client.workflow.getHandle(row.reference);
    // The same Idempotency-Key becomes the same update ID, which Temporal runs only once.
    const update = UPDATES[name] as UpdateDefinition<ComplaintState, [typeof action]>;
    try {
      const state = await handle.executeUpdate(update, {
        args: [action],
        ...(key ? { updateId: `${name}:${key}` } : {}),
      });
      res.json({ action: name, state });
    } catch (error) {
      // A closed or withdrawn complaint's workflow has ended: the register says why nothing can change.
      const current = error instanceof WorkflowNotFoundError ? await findComplaint(row.reference) : undefined;
      if (current && isFinal(current.status as Phase)) {
        throw new HttpError(409, `complaint ${row.reference} is ${current.status}`);
      }
      throw error;
    }
  });

  return router;
}
