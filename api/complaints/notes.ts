/** Internal notes: on record in the register only, never shown to the complainant. */
import { randomUUID } from 'node:crypto';
import { eventName } from '../../domain/events';
import { Prisma } from '../../generated/prisma/client';
import type { Database } from '../../infra/database';
import type { StaffMember } from '../auth/accounts';
import { permitted } from '../auth/authenticate';
import { findChangeableComplaint } from './find';
import { noteSchema } from './schemas';

/** A register event of complaint `reference`, made once per key: a repeated form post finds the first. */
export async function recordOnce(
  db: Database,
  data: { key: string; reference: string; actor: string; action: string; detail: string; at?: Date },
) {
  try {
    return await db.complaintEvent.create({ data });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    return db.complaintEvent.findUniqueOrThrow({ where: { key: data.key } });
  }
}

/** `key` (a form's own) makes a double submit one note; without it every call is a new note. */
export async function addNote(db: Database, staff: StaffMember, reference: string, body: unknown, key?: string) {
  permitted(staff, 'complaint.note');
  const row = await findChangeableComplaint(db, reference);
  const { text } = noteSchema.parse(body);
  const event = await recordOnce(db, {
    key: `${row.reference}/note-${key ?? randomUUID()}`,
    reference: row.reference,
    actor: staff.id,
    action: eventName('note'),
    detail: JSON.stringify({ text }),
  });
  return { id: event.id, by: event.actor, at: event.at, text };
}
