/**
 * /api/complaints for staff: intake (R2), the register record with the workflow's live state, staff
 * actions (each an Update on the complaint's workflow) and internal notes. Who acts comes from the
 * caller's account; what each role may do is in api/auth/roles.ts.
 */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { z } from 'zod';
import * as actions from '../../domain/actions';
import { isFinal, type ComplaintState, type Phase } from '../../domain/complaint';
import type { Config } from '../../infra/config';
import type { Database } from '../../infra/database';
import { allow, requirePermission, staffOf } from '../auth/authenticate';
import { HttpError, notFound } from '../errors';
import { findComplaint, publicRecord } from './find';
import { liveState } from './live-state';
import { fileComplaint } from './file-complaint';
import type { Intake } from './register';
import { actionSchemas, intakeSchema, noteSchema, type ActionName } from './schemas';

/** Each action's Update, typed so that its schema's output (plus the actor) is what the Update takes. */
const UPDATES: {
  [A in ActionName]: UpdateDefinition<ComplaintState, [z.infer<(typeof actionSchemas)[A]> & { by: string }]>;
} = {
  'callback-done': actions.callbackDoneUpdate,
  'written-confirmation': actions.writtenConfirmationUpdate,
  'cannot-answer-in-time': actions.cannotAnswerInTimeUpdate,
  'reply-sent': actions.replySentUpdate,
  close: actions.closeUpdate,
  withdraw: actions.withdrawUpdate,
  assign: actions.assignUpdate,
};

export function complaintsRouter(deps: { db: Database; client: Client; config: Config }): Router {
  const { db, client, config } = deps;
  const router = Router();

  router.post('/', allow('complaint.register'), async (req, res) => {
    const staff = staffOf(res);
    const body = intakeSchema.parse(req.body);
    if (body.answeredAtOnce) requirePermission(res, 'complaint.answer-at-once');
    const intake: Intake = {
      ...body,
      registeredBy: staff.id,
      answeredAtOnce: body.answeredAtOnce && { by: staff.id, answer: body.answeredAtOnce.answer },
    };
    const key = req.get('Idempotency-Key');
    const { complaint: row, statusToken } = await fileComplaint(db, client, intake, config.terms, {
      intakeKey: key && `${staff.id}:${key}`,
    });
    res
      .status(201)
      .location(`/api/complaints/${row.reference}`)
      .json({
        complaint: publicRecord(row),
        statusUrl: statusToken ? `${config.publicUrl}/status/${statusToken}` : null,
      });
  });

  router.get('/:reference', allow('complaint.read'), async (req, res) => {
    const row = await findComplaint(db, req.params.reference as string);
    const [messages, events] = await Promise.all([
      db.message.findMany({ where: { reference: row.reference }, orderBy: { id: 'asc' } }),
      db.complaintEvent.findMany({ where: { reference: row.reference }, orderBy: { id: 'asc' } }),
    ]);
    const state = await liveState(client, row.reference);
    res.json({
      complaint: publicRecord(row),
      state,
      messages,
      events: events.map((e) => ({ ...e, detail: JSON.parse(e.detail) })),
    });
  });

  /** An internal note: on record in the register only, never shown to the complainant. */
  router.post('/:reference/notes', allow('complaint.note'), async (req, res) => {
    const staff = staffOf(res);
    const row = await findComplaint(db, req.params.reference as string);
    const { text } = noteSchema.parse(req.body);
    const event = await db.complaintEvent.create({
      data: {
        key: `${row.reference}/note-${randomUUID()}`,
        reference: row.reference,
        actor: staff.id,
        action: 'note',
        detail: JSON.stringify({ text }),
      },
    });
    res.status(201).json({ note: { id: event.id, by: event.actor, at: event.at, text } });
  });

  router.post('/:reference/:action', async (req, res) => {
    const name = req.params.action as ActionName;
    if (!Object.hasOwn(actionSchemas, name)) throw notFound(`action ${req.params.action}`);
    const staff = requirePermission(res, name);
    const row = await findComplaint(db, req.params.reference as string);
    const action = { ...actionSchemas[name].parse(req.body), by: staff.id };
    const update = UPDATES[name] as UpdateDefinition<ComplaintState, [typeof action]>;
    const key = req.get('Idempotency-Key');
    try {
      const handle = client.workflow.getHandle(row.reference);
      const state = await client.withDeadline(Date.now() + config.actionTimeoutMs, () =>
        handle.executeUpdate(update, {
          args: [action],
          // Temporal runs an Update ID once: a retry that outlives the HTTP idempotency record still does nothing twice.
          ...(key ? { updateId: `${staff.id}:${name}:${key}` } : {}),
        }),
      );
      res.json({ action: name, state });
    } catch (error) {
      // A closed or withdrawn complaint's workflow has ended: the register says why nothing can change.
      const current = error instanceof WorkflowNotFoundError ? await findComplaint(db, row.reference) : undefined;
      if (current && isFinal(current.status as Phase)) {
        throw new HttpError(409, `complaint ${row.reference} is ${current.status}`);
      }
      throw error;
    }
  });

  return router;
}
