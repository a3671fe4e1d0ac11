/**
 * POST /api/complaints/:ref/incoming: what the complainant told us after intake (a phone call, an
 * e-mail, a letter, at the desk), put on record in the complaint's timeline. Register only: it does not
 * change the procedure's deadlines, and the complainant's status page never shows it.
 */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import { text } from '../../domain/actions';
import type { AppDeps } from '../deps';
import { allow, staffOf } from '../auth/authenticate';
import { findComplaint } from './find';

export const incomingSchema = z
  .object({
    channel: z.enum(['phone', 'in_person', 'email', 'letter']),
    text: text(20_000),
    /** When it came in; absent: now. */
    receivedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

export function incomingRouter(deps: AppDeps): Router {
  const { db } = deps;
  const router = Router();
  router.post('/:reference/incoming', allow('complaint.note'), async (req, res) => {
    const staff = staffOf(res);
    const row = await findComplaint(db, req.params.reference as string);
    const body = incomingSchema.parse(req.body);
    const at = await deps.clock();
    const receivedAt = body.receivedAt ?? at.toISOString();
    const event = await db.complaintEvent.create({
      data: {
        key: `${row.reference}/incoming-${randomUUID()}`,
        reference: row.reference,
        actor: staff.id,
        action: 'incoming_message',
        detail: JSON.stringify({ channel: body.channel, text: body.text, receivedAt }),
        at,
      },
    });
    res
      .status(201)
      .json({ incoming: { id: event.id, by: staff.id, channel: body.channel, text: body.text, receivedAt } });
  });
  return router;
}
