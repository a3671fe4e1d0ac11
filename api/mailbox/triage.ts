/**
 * Issue 21: the mails that named no complaint ("E-mail te beoordelen"), and what staff decide about each:
 * a new written complaint made from it, a message joined to an existing complaint, or set aside as no
 * complaint, with the reason on record. A new complaint's receipt is the mail's own (R9 counts from the
 * moment the mailbox received it, not from the moment of triage); the mail's row is its intake key, so a
 * second post of the form finds the complaint the first one made. A decided mail is decided: a second
 * decision changes nothing.
 */
import { z } from 'zod';
import { joinToComplaint } from '../../activities/mailbox/join-reply';
import { attachStoredFiles, storedFilesOf } from '../../activities/mailbox/reply-files';
import { problem } from '../../domain/problems';
import type { StaffMember } from '../auth/accounts';
import { permitted } from '../auth/authenticate';
import { badRequest, notFound } from '../errors';
import type { AppDeps } from '../deps';
import { referenceSchema } from '../complaints/schemas';
import { fileByStaff } from '../complaints/staff-intake';
import { text } from '../../domain/actions';

/** The triage list: the oldest first, since the procedure's clock of each already runs. */
export function mailsInTriage(db: AppDeps['db']) {
  return db.incomingMail.findMany({
    where: { status: 'triage' },
    orderBy: { receivedAt: 'asc' },
    select: { id: true, receivedAt: true, fromAddress: true, fromName: true, subject: true },
  });
}

export async function mailById(db: AppDeps['db'], id: number) {
  const mail = Number.isSafeInteger(id) ? await db.incomingMail.findUnique({ where: { id } }) : null;
  if (!mail) throw notFound(`mail ${id}`);
  return mail;
}

/** What staff fill in (prefilled from the mail) to make a written complaint of it. */
export interface RegisterFromMail {
  name?: string;
  email?: string;
  subject?: string;
  description?: string;
  service?: string;
}

export async function registerFromMail(deps: AppDeps, staff: StaffMember, id: number, form: RegisterFromMail) {
  permitted(staff, 'complaint.register');
  const mail = await mailById(deps.db, id);
  if (mail.status !== 'triage') return { reference: mail.reference };
  const filed = await fileByStaff(
    deps,
    staff,
    {
      channel: 'email',
      receivedAt: mail.receivedAt.toISOString(),
      subject: form.subject ?? '',
      description: form.description ?? '',
      ...(form.service ? { service: form.service } : {}),
      complainant: { name: form.name ?? '', ...(form.email ? { email: form.email } : {}), language: 'nl' },
    },
    `mail:${mail.id}`,
  );
  const reference = filed.complaint.reference;
  const at = await deps.clock();
  const decided = await deps.db.incomingMail.updateMany({
    where: { id: mail.id, status: 'triage' },
    data: { status: 'registered', reference, decidedBy: staff.id, decidedAt: at },
  });
  // Only the post that decided it: a second one (a double click) finds the files there already.
  if (decided.count) await attachStoredFiles(deps.db, reference, storedFilesOf(mail), at);
  return { reference };
}

const attachSchema = z.object({ reference: referenceSchema });

export async function attachMail(deps: AppDeps, staff: StaffMember, id: number, body: unknown) {
  permitted(staff, 'complaint.note');
  const mail = await mailById(deps.db, id);
  if (mail.status !== 'triage') return { reference: mail.reference };
  const { reference } = attachSchema.parse(body);
  const complaint = await deps.db.complaint.findUnique({ where: { reference } });
  if (!complaint || complaint.anonymisedAt) throw badRequest([problem('reference', 'unknown_complaint')]);
  const at = await deps.clock();
  await joinToComplaint(deps.db, mail, reference, { status: 'attached', by: staff.id, at });
  await attachStoredFiles(deps.db, reference, storedFilesOf(mail), at);
  return { reference };
}

const setAsideSchema = z.object({ reason: text(2000) });

export async function setMailAside(deps: AppDeps, staff: StaffMember, id: number, body: unknown) {
  permitted(staff, 'complaint.register');
  const mail = await mailById(deps.db, id);
  if (mail.status !== 'triage') return;
  const { reason } = setAsideSchema.parse(body);
  await deps.db.incomingMail.updateMany({
    where: { id: mail.id, status: 'triage' },
    data: { status: 'set_aside', reason, decidedBy: staff.id, decidedAt: await deps.clock() },
  });
}
