/**
 * Issue 21: a delivery status notification (RFC 3464, `multipart/report; report-type=delivery-status`)
 * about one of our mails. Our mails carry their register key in the Message-ID
 * (`<KL-2026-00042/reply@klachtenregister>`, activities/deliver.ts), and a DSN returns the original
 * headers, so the message it is about is found by that key. Only a final failure (`Action: failed`)
 * counts; a "delayed" notice is no bounce. The message is then on record as failed, as a refusal by our
 * own mail server puts it (deliver.ts): the complaint's page offers "send again" after the address is
 * corrected, and its handler is told.
 */
import { eventName } from '../../domain/events';
import type { Database } from '../../infra/database';
import { MAILBOX_ACTOR } from './join-reply';

export interface Bounce {
  /** The register key of the message that bounced. */
  messageKey: string;
  /** The DSN's status code and diagnostic: "5.1.1 (smtp; 550 5.1.1 User unknown)". */
  reason: string;
}

// Enough of a DSN to find its parts: the returned original may be whole, and need not be read to its end.
const READ = 256 * 1024;

export function bounceOf(source: Buffer): Bounce | null {
  const text = source.subarray(0, READ).toString('latin1');
  const headerEnd = text.search(/\r?\n\r?\n/);
  const headers = text.slice(0, headerEnd < 0 ? text.length : headerEnd).replace(/\r?\n[ \t]+/g, ' ');
  if (!/^content-type:\s*multipart\/report;[^\n]*report-type="?delivery-status/im.test(headers)) return null;
  if (!/^action:\s*failed\b/im.test(text)) return null;
  const original = /^message-id:\s*<([^<>\s]+)@klachtenregister>/im.exec(text.slice(headers.length));
  if (!original) return null;
  const status = /^status:\s*([245]\.\d{1,3}\.\d{1,3})/im.exec(text)?.[1];
  const diagnostic = /^diagnostic-code:\s*(.+)$/im.exec(text)?.[1]?.trim();
  return {
    messageKey: original[1],
    reason: [status, diagnostic && `(${diagnostic.slice(0, 300)})`].filter(Boolean).join(' ') || 'failed',
  };
}

/**
 * Marks the message failed and puts the bounce on its complaint's record; returns the complaint's
 * reference, or null when the key names no message of ours that went out by e-mail.
 */
export async function recordBounce(db: Database, mailId: number, bounce: Bounce, at: Date): Promise<string | null> {
  const message = await db.message.findUnique({ where: { key: bounce.messageKey } });
  if (!message || message.channel !== 'email') return null;
  const key = `${message.reference}/bounce-${mailId}`;
  await db.$transaction(async (tx) => {
    await tx.message.updateMany({ where: { id: message.id, status: 'sent' }, data: { status: 'failed' } });
    if (!(await tx.complaintEvent.findUnique({ where: { key }, select: { id: true } })))
      await tx.complaintEvent.create({
        data: {
          key,
          reference: message.reference,
          actor: MAILBOX_ACTOR,
          action: eventName('message_failed'),
          detail: JSON.stringify({ purpose: message.purpose, reason: bounce.reason }),
          at,
        },
      });
    await tx.incomingMail.update({
      where: { id: mailId },
      data: { status: 'bounce', reference: message.reference, decidedBy: MAILBOX_ACTOR, decidedAt: at },
    });
  });
  return message.reference;
}
