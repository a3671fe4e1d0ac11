/**
 * POST /api/complaints/:ref/incoming: what the complainant told us after intake (a phone call, an
 * e-mail, a letter, at the desk), put on record in the complaint's timeline. Register only: it does not
 * change the procedure's deadlines, and the complainant's status page never shows it.
 */
import { randomUUID } from 'node:crypto';
import { eventName } from '../../domain/events';
import { Router } from 'express';
import { z } from 'zod';
import { text } from '../../domain/actions';
import type { Database } from '../../infra/database';
import type { AppDeps } from '../deps';
import type { StaffMember } from '../auth/accounts';
import { allow, permitted, staffOf } from '../auth/authenticate';
import { findChangeableComplaint } from './find';
import { recordOnce } from './notes';

export const incomingSchema = z
  .object({
    channel: z.enum(['phone', 'in_person', 'email', 'letter']),
    text: text(20_000),
    /** When it came in; absent: now. */
    receivedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

/** Puts what the complainant told us on record; `key` (a form's own) makes a double submit one entry. */
export async function recordIncoming(
  deps: { db: Database; clock: () => Promise<Date> },
  staff: StaffMember,
  reference: string,
  body: unknown,
  key?: string,
) {
  permitted(staff, 'complaint.note');
  const row = await findChangeableComplaint(deps.db, reference);
  const given = incomingSchema.parse(body);
  const at = await deps.clock();
  const receivedAt = given.receivedAt ?? at.toISOString();
  const event = await recordOnce(deps.db, {
    key: `${row.reference}/incoming-${key ?? randomUUID()}`,
    reference: row.reference,
    actor: staff.id,
    action: eventName('incoming_message'),
    detail: JSON.stringify({ channel: given.channel, text: given.text, receivedAt }),
    at,
  });
  return { id: event.id, by: staff.id, channel: given.channel, text: given.text, receivedAt };
}

export function incomingRouter(deps: AppDeps): Router {
  const router = Router();
  router.post('/:reference/incoming', allow('complaint.note'), async (req, res) => {
    const incoming = await recordIncoming(deps, staffOf(res), req.params.reference as string, req.body);
    res.status(201).json({ incoming });
  });
  return router;
}
