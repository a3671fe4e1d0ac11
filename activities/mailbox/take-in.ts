/**
 * Issue 21: reads the mailbox by IMAP (imapflow) and takes every new mail into the register, exactly once.
 * A mail is new when its UID lies past the last one taken in under the mailbox's UIDVALIDITY, or when it
 * is still unread (taken in before a crash, never marked). The register's row comes first; only then is
 * the mail marked \Seen, so a crash in between finds the row on the next round (the unique UIDVALIDITY+UID
 * and Message-ID) and only marks it. Only counts leave this module: the activity's result and its
 * failures go into Temporal's history, so a failure names an error code, never the server's text.
 */
import { ApplicationFailure } from '@temporalio/common';
import type { ImapFlow } from 'imapflow';
import type { MailTakenIn } from '../../domain/mailbox';
import { Prisma } from '../../generated/prisma/client';
import type { Database } from '../../infra/database';
import { bounceOf, recordBounce, type Bounce } from './bounce';
import { joinIfReply } from './join-reply';
import { envelopeFields, parseMail, type IncomingFields, type MailFile } from './parse-mail';
import { keepReplyFiles, saveFiles, type ReplyFileDeps } from './reply-files';

export interface MailboxDeps {
  db: Database;
  /** imaps://user:password@host:993/INBOX (imap:// without TLS, for a server on this machine). */
  url: string;
  /** A larger mail is not taken in whole: only its envelope, with the refusal `too_large`. */
  maxBytes: number;
  now?: () => Date;
  /** Tells staff of a reply that joined its complaint (reply-notice.ts). */
  onReply?: (reference: string, mail: { id: number; receivedAt: Date }) => Promise<void>;
  /** Where a reply's allowed files are kept with its complaint; absent: none are. */
  files?: ReplyFileDeps;
  /** Tells the handler of a mail of ours that bounced (reply-notice.ts). */
  onBounce?: (reference: string, mail: { id: number; receivedAt: Date }) => Promise<void>;
}

// A mailbox server that does not answer within these is tried again on the next round, not waited for.
export const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 15_000, socketTimeout: 120_000 };

/**
 * The IMAP and MIME libraries (imapflow, mailparser) take about 35 MiB of the worker's memory once loaded:
 * they load with the first mailbox round, so a worker without a mailbox never holds them (issue 20, memory).
 */
export const imapLibrary = () => import('imapflow');

export async function takeInMail(deps: MailboxDeps): Promise<MailTakenIn> {
  const { options, path } = connectionOf(deps.url);
  const { ImapFlow } = await imapLibrary();
  const client = new ImapFlow({ ...options, ...TIMEOUTS, logger: false });
  // imapflow reports a dropped connection as an 'error' event too; the command in flight rejects as well.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const lock = await client.getMailboxLock(path);
    try {
      return await takeInOpenMailbox(deps, client);
    } finally {
      lock.release();
    }
  } catch (error) {
    if (error instanceof ApplicationFailure) throw error;
    const { code, authenticationFailed } = error as { code?: string; authenticationFailed?: boolean };
    throw ApplicationFailure.retryable(
      `mailbox not read: ${authenticationFailed ? 'authentication failed' : (code ?? 'error')}`,
      'MailboxUnavailable',
    );
  } finally {
    await client.logout().catch(() => client.close());
  }
}

async function takeInOpenMailbox(deps: MailboxDeps, client: ImapFlow): Promise<MailTakenIn> {
  const { db } = deps;
  const mailbox = client.mailbox;
  if (!mailbox) throw ApplicationFailure.retryable('mailbox not open', 'MailboxUnavailable');
  const uidValidity = String(mailbox.uidValidity);
  const last = await db.incomingMail.findFirst({
    where: { uidValidity },
    orderBy: { uid: 'desc' },
    select: { uid: true },
  });
  const after = Number(last?.uid ?? 0n) + 1;
  const found = await client.search({ or: [{ uid: `${after}:*` }, { seen: false }] }, { uid: true });
  // "N:*" always matches the last mail, even one with a UID below N: such a mail is in the register already.
  const uids = (found || []).sort((a, b) => a - b);
  let taken = 0;
  let matched = 0;
  let bounced = 0;
  for (const uid of uids) {
    const outcome = await takeInOne(deps, client, uidValidity, uid);
    if (outcome !== 'known') taken += 1;
    if (outcome === 'matched') matched += 1;
    if (outcome === 'bounced') bounced += 1;
    await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
  }
  return { taken, matched, bounced };
}

async function takeInOne(
  deps: MailboxDeps,
  client: ImapFlow,
  uidValidity: string,
  uid: number,
): Promise<'known' | 'triage' | 'matched' | 'bounced'> {
  const { db } = deps;
  if (await db.incomingMail.findUnique({ where: { uidValidity_uid: { uidValidity, uid: BigInt(uid) } } }))
    return 'known';
  const head = await client.fetchOne(String(uid), { size: true, internalDate: true, envelope: true }, { uid: true });
  if (!head) return 'known'; // expunged meanwhile: nothing to take in
  const { fields, files, refusal, bounce } = await readMail(client, uid, head, deps.maxBytes);
  if (fields.messageId && (await db.incomingMail.findUnique({ where: { messageId: fields.messageId } })))
    return 'known';
  const receivedAt = head.internalDate ? new Date(head.internalDate) : (deps.now?.() ?? new Date());
  let row;
  try {
    row = await db.incomingMail.create({ data: { uidValidity, uid: BigInt(uid), receivedAt, refusal, ...fields } });
  } catch (error) {
    // Another reader took it in at the same moment: it is in the register, which is what counts.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return 'known';
    throw error;
  }
  // A mail not taken in whole has no text to put on a timeline: staff decide about it in triage.
  if (refusal) return 'triage';
  if (bounce) {
    const bounced = await recordBounce(db, row.id, bounce, deps.now?.() ?? new Date());
    if (bounced) {
      await deps.onBounce?.(bounced, row);
      return 'bounced';
    }
  }
  const reference = await joinIfReply(db, row, deps.now?.() ?? new Date());
  if (!reference) {
    // For staff to see in triage, and to join the complaint it becomes.
    const kept = deps.files && files.length ? await saveFiles(deps.files, files) : [];
    if (kept.length) await db.incomingMail.update({ where: { id: row.id }, data: { files: JSON.stringify(kept) } });
    return 'triage';
  }
  if (deps.files && files.length) await keepReplyFiles(deps.files, reference, files, deps.now?.() ?? new Date());
  await deps.onReply?.(reference, row);
  return 'matched';
}

/**
 * The mail's fields, or its envelope with the reason it was not taken in whole. The size comes from the
 * server before anything is downloaded, so a 20 MB mail never reaches the worker's memory.
 */
async function readMail(
  client: ImapFlow,
  uid: number,
  head: { size?: number; envelope?: Parameters<typeof envelopeFields>[0] },
  maxBytes: number,
): Promise<{ fields: IncomingFields; files: MailFile[]; refusal: string | null; bounce?: Bounce | null }> {
  const envelopeOnly = (refusal: string) => ({ fields: envelopeFields(head.envelope), files: [], refusal });
  if ((head.size ?? 0) > maxBytes) return envelopeOnly('too_large');
  const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
  if (!message || !message.source) return envelopeOnly('malformed');
  try {
    const { files, ...fields } = await parseMail(message.source);
    return { fields, files, refusal: null, bounce: bounceOf(message.source) };
  } catch {
    return envelopeOnly('malformed');
  }
}

export function connectionOf(url: string) {
  const u = new URL(url);
  const secure = u.protocol === 'imaps:';
  const path = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'INBOX';
  return {
    path,
    options: {
      host: u.hostname,
      port: u.port ? Number(u.port) : secure ? 993 : 143,
      secure,
      auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) },
    },
  };
}
