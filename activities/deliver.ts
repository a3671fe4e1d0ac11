/**
 * Sends one message at most once, and keeps it in the register (R4: every message on record).
 * The message row is written before sending; a retry that finds it sent does nothing. A crash between
 * sending and marking leaves it pending, and the retry sends again with the same Message-ID.
 * The register keeps the body as given; what is sent has the complainant's status link put in (status-link.ts).
 */
import { ApplicationFailure } from '@temporalio/activity';
import type { Database } from '../infra/database';
import type { AttachmentStore } from '../infra/attachment-store';
import type { Attachment, Mailer } from './mailer';
import { withStatusLink } from './status-link';

export interface Delivery {
  key: string;
  reference: string;
  purpose: string;
  /** `letter`: printed and posted by staff; the register holds it until they mark it posted. */
  channel: 'email' | 'letter';
  recipient: string;
  subject: string;
  /** As the register keeps it: with words where the complainant's status link goes. */
  body: string;
  /** A letter: the moment staff must have posted it (R4: shown in the queue of letters to post). */
  postBy?: Date;
}

/** Messages whose text staff wrote: the ones staff's files go with. */
const STAFF_WRITTEN = ['reply', 'interim', 'written_confirmation'];

/**
 * The files staff added to go with the next message, claimed for this one before it is sent: a retry sends
 * the same files again (and only those), and another message cannot take them as well.
 */
async function outgoingFiles(db: Database, files: Pick<AttachmentStore, 'read'>, d: Delivery): Promise<Attachment[]> {
  await db.attachment.updateMany({
    where: { reference: d.reference, outgoing: true, messageKey: null },
    data: { messageKey: d.key },
  });
  const claimed = await db.attachment.findMany({ where: { messageKey: d.key }, orderBy: { id: 'asc' } });
  return Promise.all(
    claimed.map(async (a) => ({ filename: a.fileName, content: await files.read(a), contentType: a.mediaType })),
  );
}

export async function deliver(
  db: Database,
  mailer: Mailer,
  d: Delivery,
  /**
   * The complainant's working link, for the e-mail only (a letter gets it when it is printed); and the
   * attachment store, for a message staff wrote, which carries the files they added to go with it.
   */
  sending: { statusUrl?: string; files?: Pick<AttachmentStore, 'read'> } = {},
): Promise<void> {
  const existing = await db.message.findUnique({ where: { key: d.key } });
  if (existing && existing.status !== 'pending') return; // sent, queued, or failed for good
  if (!existing) await db.message.create({ data: { ...d, status: 'pending' } });
  if (d.channel === 'email') {
    const attachments =
      sending.files && (STAFF_WRITTEN as readonly string[]).includes(d.purpose)
        ? await outgoingFiles(db, sending.files, d)
        : [];
    try {
      await mailer.send({
        to: d.recipient,
        subject: d.subject,
        text: withStatusLink(d.body, sending.statusUrl),
        messageId: `<${d.key}@klachtenregister>`,
        ...(attachments.length ? { attachments } : {}),
      });
    } catch (error) {
      // The failure goes into Temporal's history and the worker's log: it names the message, never the
      // address (a mail library's error text quotes the recipient).
      const { responseCode, code } = error as { responseCode?: number; code?: string };
      const reason = `mail ${d.key} not delivered: ${responseCode ?? code ?? 'error'}`;
      // A 5xx answer is the server's final word (unknown address, refused): retrying cannot help. On
      // record as failed, so that staff can correct the address and send it again.
      if ((responseCode ?? 0) >= 500) {
        await db.message.update({ where: { key: d.key }, data: { status: 'failed' } });
        throw ApplicationFailure.nonRetryable(reason, 'MailRefused');
      }
      throw ApplicationFailure.retryable(reason, 'MailUnavailable');
    }
    await db.message.update({ where: { key: d.key }, data: { status: 'sent', sentAt: new Date() } });
  } else {
    await db.message.update({ where: { key: d.key }, data: { status: 'to_post' } });
  }
}
