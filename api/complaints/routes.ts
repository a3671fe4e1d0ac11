/**
 * /api/complaints for staff: intake (R2), the register record with the workflow's live state, staff
 * actions (each an Update on the complaint's workflow, defined in domain/actions.ts) and internal notes.
 * Who acts comes from the caller's account; what each role may do is in api/auth/roles.ts. The web app's
 * pages call the same functions (staff-intake.ts, record.ts, perform-action.ts, notes.ts).
 */
import { Router } from 'express';
import { ACTIONS, type ActionName } from '../../domain/actions';
import type { AppDeps } from '../deps';
import { allow, staffOf } from '../auth/authenticate';
import { notFound } from '../errors';
import { publicRecord } from './find';
import { addNote } from './notes';
import { performAction } from './perform-action';
import { complaintProof, complaintRecord } from './record';
import { fileByStaff } from './staff-intake';
import { findComplaint } from './find';

export function complaintsRouter(deps: AppDeps): Router {
  const { db, config } = deps;
  const router = Router();

  router.post('/', allow('complaint.register'), async (req, res) => {
    const filed = await fileByStaff(deps, staffOf(res), req.body, req.get('Idempotency-Key'));
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
    const { row, messages, events, state } = await complaintRecord(deps, req.params.reference as string);
    res.json({ complaint: publicRecord(row), state, messages, events });
  });

  /** R4: the deadline proof, from the register alone (it outlives Temporal's history retention). */
  router.get('/:reference/proof', allow('complaint.read'), async (req, res) => {
    const row = await findComplaint(db, req.params.reference as string);
    const now = await deps.clock();
    res.json({ reference: row.reference, at: now.toISOString(), terms: await complaintProof(db, row.reference, now) });
  });

  /** An internal note: on record in the register only, never shown to the complainant. */
  router.post('/:reference/notes', allow('complaint.note'), async (req, res) => {
    const note = await addNote(db, staffOf(res), req.params.reference as string, req.body);
    res.status(201).json({ note });
  });

  router.post('/:reference/:action', async (req, res) => {
    const name = req.params.action as ActionName;
    if (!Object.hasOwn(ACTIONS, name)) throw notFound(`action ${req.params.action}`);
    const state = await performAction(
      deps,
      staffOf(res),
      req.params.reference as string,
      name,
      req.body,
      req.get('Idempotency-Key'),
    );
    res.json({ action: name, state });
  });

  return router;
}
