/**
 * Issue 21: what the register keeps of a mail, read by the project's MIME parser (mailparser). An HTML-only
 * mail is kept as the text mailparser makes of it, never as markup: nothing of a stranger's HTML reaches a
 * page. The time of receipt is the mailbox's (IMAP INTERNALDATE), not the sender's Date header, which the
 * sender's clock wrote.
 */
import type { MessageEnvelopeObject } from 'imapflow';
import type { AddressObject } from 'mailparser';

/** A file that came with a mail: kept only with a complaint, only if its content is an allowed type. */
export interface MailFile {
  fileName: string;
  content: Buffer;
}

export interface IncomingFields {
  messageId: string | null;
  fromAddress: string;
  fromName: string | null;
  subject: string;
  text: string;
  /** In-Reply-To and References, one Message-ID a line. */
  inReplyTo: string | null;
}

/** A text column's sane bound: a mail longer than this is kept cut, and says so. */
const MAX_TEXT = 100_000;

export async function parseMail(source: Buffer): Promise<IncomingFields & { files: MailFile[] }> {
  // Loaded with the first mail, as imapflow is (take-in.ts).
  const { simpleParser } = await import('mailparser');
  const mail = await simpleParser(source, { skipImageLinks: true, skipTextToHtml: true });
  const files = mail.attachments
    .filter((a) => a.contentDisposition !== 'inline' || !a.related)
    .map((a) => ({ fileName: (a.filename ?? 'bijlage').slice(0, 200), content: a.content }));
  const from = firstAddress(mail.from);
  const answers = [mail.inReplyTo, ...(Array.isArray(mail.references) ? mail.references : [mail.references])]
    .filter((id): id is string => typeof id === 'string' && id.length > 0)
    .map((id) => id.trim());
  const text = (mail.text ?? '').replace(/\r\n/g, '\n').trim();
  return {
    messageId: mail.messageId?.trim() || null,
    fromAddress: from.address,
    fromName: from.name,
    subject: (mail.subject ?? '').trim(),
    text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}\n[…]` : text,
    inReplyTo: answers.length ? [...new Set(answers)].join('\n') : null,
    files,
  };
}

function firstAddress(from: AddressObject | undefined): { address: string; name: string | null } {
  const first = from?.value[0];
  return { address: first?.address?.toLowerCase() ?? '', name: first?.name || null };
}

/**
 * What the register keeps of a mail it does not take in whole (too large, unreadable): the envelope the
 * IMAP server parsed, no text. Staff see why and read it in the mailbox itself.
 */
export function envelopeFields(envelope: MessageEnvelopeObject | undefined): IncomingFields {
  const from = envelope?.from?.[0];
  return {
    messageId: envelope?.messageId?.trim() || null,
    fromAddress: from?.address?.toLowerCase() ?? '',
    fromName: from?.name || null,
    subject: (envelope?.subject ?? '').trim(),
    text: '',
    inReplyTo: envelope?.inReplyTo?.trim() || null,
  };
}
