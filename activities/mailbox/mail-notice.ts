/**
 * Issue 21: staff hear of what the mailbox brought about a complaint: a complainant's reply that joined
 * it, or a bounce of one of our mails. A notice to the handler (the desk when none is assigned), as the
 * procedure's reminders go (staff-recipient.ts). Once per mail: the message's key names the mail. The
 * notice comes on top of the timeline, where the mail is on record already: a mail server that refuses it
 * must not make the mailbox's round fail and start again.
 */
import type { Database } from '../../infra/database';
import { deliver } from '../deliver';
import { formatMoment } from '../format';
import type { Mailer } from '../mailer';
import { staffRecipient, type StaffAddresses } from '../staff-recipient';
import { staffNotice } from '../templates/staff-notices';

export interface MailNoticeDeps {
  db: Database;
  mailer: Mailer;
  addresses: StaffAddresses;
  publicUrl: string;
  timeZone: string;
}

export function mailNotice(deps: MailNoticeDeps, purpose: 'reply_received' | 'message_bounced') {
  return async (reference: string, mail: { id: number; receivedAt: Date }): Promise<void> => {
    const { db } = deps;
    const c = await db.complaint.findUniqueOrThrow({ where: { reference }, select: { subject: true, handler: true } });
    const text = staffNotice(purpose, {
      reference,
      complaintSubject: c.subject,
      due: formatMoment(mail.receivedAt.toISOString(), deps.timeZone),
      link: `${deps.publicUrl}/app/complaints/${reference}`,
    });
    const recipient = await staffRecipient(db, { purpose, handler: c.handler ?? undefined }, deps.addresses);
    await deliver(db, deps.mailer, {
      key: `${reference}/${purpose.replace('_', '-')}-${mail.id}`,
      reference,
      purpose,
      channel: 'email',
      recipient,
      subject: text.subject,
      body: text.body,
    }).catch(() => undefined); // on record as pending or failed, beside the reply itself
  };
}
