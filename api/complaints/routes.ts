/**
 * /api/complaints for staff: intake (R2), the register record with the workflow's live state, staff
 * actions (each an Update on the complaint's workflow, defined in domain/actions.ts) and internal notes.
 * Who acts comes from the caller's account; what each role may do is in api/auth/roles.ts.
 */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { WorkflowNotFoundError } from '@temporalio/client';
import { ACTIONS, updateOf, type ActionInput, type ActionName } from '../../domain/actions';
import { isFinal, type Deadline, type Phase } from '../../domain/complaint';
import { refuse } from '../../domain/refusals';
import type { AppDeps } from '../deps';
import { allow, requirePermission, staffOf } from '../auth/authenticate';
import { notFound } from '../errors';
import { fileComplaint } from './file-complaint';
import { findComplaint, publicRecord } from './find';
import { liveState } from './live-state';
import { deadlineProof } from './proof';
import type { Intake } from './register';
import { REGISTER_CHECKS } from './register-checks';
import { intakeSchema, noteSchema } from './schemas';
import type { Database } from '../../infra/database';

export function complaintsRouter(deps: AppDeps): Router {
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
    const filed = await fileComplaint(db, client, intake, config.terms, {
      intakeKey: key && `${staff.id}:${key}`,
      now: await deps.clock(),
      maxReceiptAgeMs: config.maxReceiptAgeMs,
      keys: deps.keys,
    });
    // 202 while Temporal is away: registered (R2), and its procedure starts as soon as Temporal answers.
    res
      .status(filed.started ? 201 : 202)
      .location(`/api/complaints/${filed.complaint.reference}`)
      .json({
        complaint: publicRecord(filed.complaint),
        procedure: filed.started ? 'started' : 'starting',
        statusUrl: filed.statusToken ? `${config.publicUrl}/status/${filed.statusToken}` : null,
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

  /** R4: the deadline proof, from the register alone (it outlives Temporal's history retention). */
  router.get('/:reference/proof', allow('complaint.read'), async (req, res) => {
    const row = await findComplaint(db, req.params.reference as string);
    const events = await db.complaintEvent.findMany({
      where: { reference: row.reference },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
    const steps = events.map((e) => ({
      id: e.id,
      action: e.action,
      actor: e.actor,
      at: e.at.toISOString(),
      detail: JSON.parse(e.detail) as Record<string, unknown>,
      deadlines: e.deadlines ? (JSON.parse(e.deadlines) as Deadline[]) : null,
    }));
    const now = await deps.clock();
    res.json({ reference: row.reference, at: now.toISOString(), terms: deadlineProof(steps, now) });
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
    if (!Object.hasOwn(ACTIONS, name)) throw notFound(`action ${req.params.action}`);
    const staff = requirePermission(res, name);
    const row = await findComplaint(db, req.params.reference as string);
    const action = { ...ACTIONS[name].body.parse(req.body), by: staff.id } as ActionInput<typeof name>;
    const check = REGISTER_CHECKS[name] as ((db: Database, a: typeof action, ref: string) => Promise<void>) | undefined;
    await check?.(db, action, row.reference);
    const key = req.get('Idempotency-Key');
    try {
      const state = await client.withDeadline(Date.now() + config.actionTimeoutMs, () =>
        client.workflow.getHandle(row.reference).executeUpdate(updateOf(name), {
          args: [action],
          // Temporal runs an Update ID once: a retry that outlives the HTTP idempotency record still does nothing twice.
          ...(key ? { updateId: `${staff.id}:${name}:${key}` } : {}),
        }),
      );
      res.json({ action: name, state });
    } catch (error) {
      // A closed or withdrawn complaint's workflow has ended: the register says why nothing can change.
      if (error instanceof WorkflowNotFoundError) {
        const current = await findComplaint(db, row.reference);
        if (isFinal(current.status as Phase)) refuse(`complaint ${row.reference} is ${current.status}`);
      }
      throw error;
    }
  });

  return router;
}
