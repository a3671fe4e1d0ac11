/**
 * Issue 21: a mail that answers one of ours joins its complaint's timeline as an `incoming` message, as
 * staff record a phone call (api/complaints/incoming.ts): register only, the deadlines do not change.
 * Our mails carry the reference in their subject and in their Message-ID (`<KL-2026-00042/…@klachtenregister>`,
 * activities/deliver.ts), so a reply names it in In-Reply-To/References even when its subject was changed.
 * A mail that names no complaint of the register, one that was anonymised, or one whose complainant has
 * another address, stays in triage for staff.
 */
import { REFERENCE_IN_TEXT } from '../../domain/mailbox';
import { eventName } from '../../domain/events';
import type { Database } from '../../infra/database';

/** The actor of what the mailbox puts on record. */
export const MAILBOX_ACTOR = 'mailbox';

interface MailRow {
  id: number;
  fromAddress: string;
  subject: string;
  text: string;
  inReplyTo: string | null;
  receivedAt: Date;
}

/**
 * The complaint a mail answers: one it names (by the Message-IDs it answers first, by its subject after)
 * whose complainant's e-mail address is the sender's. References are numbered in sequence and our
 * Message-IDs are made from them, so a name alone proves nothing: a stranger's mail that names a complaint
 * goes to triage, where staff judge it, and never onto a timeline by itself.
 */
export async function complaintNamedBy(db: Database, mail: Pick<MailRow, 'subject' | 'inReplyTo' | 'fromAddress'>) {
  const sender = mail.fromAddress.trim().toLowerCase();
  if (!sender) return null;
  const candidates = [
    ...(mail.inReplyTo ?? '').matchAll(REFERENCE_IN_TEXT),
    ...mail.subject.matchAll(REFERENCE_IN_TEXT),
  ];
  for (const [reference] of candidates) {
    const row = await db.complaint.findUnique({
      where: { reference },
      select: { reference: true, anonymisedAt: true, complainantEmail: true },
    });
    if (row && !row.anonymisedAt && row.complainantEmail?.trim().toLowerCase() === sender) return row.reference;
  }
  return null;
}

/** Puts `mail` on complaint `reference`'s timeline, once per mail, and marks it so. */
export async function joinToComplaint(
  db: Database,
  mail: MailRow,
  reference: string,
  decision: { status: 'matched' | 'attached'; by: string; at: Date },
): Promise<void> {
  const event = {
    key: `${reference}/incoming-mail-${mail.id}`,
    reference,
    actor: decision.by,
    action: eventName('incoming_message'),
    detail: JSON.stringify({
      channel: 'email',
      text: mail.text,
      receivedAt: mail.receivedAt.toISOString(),
      mail: mail.id,
    }),
    at: decision.at,
  };
  await db.$transaction(async (tx) => {
    // Looked up, not caught: on PostgreSQL a failed statement would end the whole transaction.
    if (!(await tx.complaintEvent.findUnique({ where: { key: event.key }, select: { id: true } })))
      await tx.complaintEvent.create({ data: event });
    await tx.incomingMail.update({
      where: { id: mail.id },
      data: { status: decision.status, reference, decidedBy: decision.by, decidedAt: decision.at },
    });
  });
}

/** A reply that names its complaint joins it; returns that complaint's reference, or null. */
export async function joinIfReply(db: Database, mail: MailRow, at: Date): Promise<string | null> {
  const reference = await complaintNamedBy(db, mail);
  if (!reference) return null;
  await joinToComplaint(db, mail, reference, { status: 'matched', by: MAILBOX_ACTOR, at });
  return reference;
}
