/**
 * Issue 21: waits for new mail in the mailbox, so the poller's next round comes when mail does rather than
 * a poll interval later. Where the server offers IDLE (RFC 2177) the mailbox is opened read-only and the
 * connection waits in IDLE until the server reports more messages (an untagged EXISTS, imapflow's `exists`
 * event) or `seconds` pass; a mail that came between the last round and this wait ends it at once. A server
 * without IDLE, or one that cannot be reached or drops the connection, gives an answer that tells the
 * workflow to keep its timer, as it polled before: the take-in round, with its retries, deals with outages.
 * Only the answer leaves this module, never the server's text.
 */
import type { ImapFlow } from 'imapflow';
import type { MailWait } from '../../domain/mailbox';
import type { Database } from '../../infra/database';
import { connectionOf, imapLibrary, TIMEOUTS } from './take-in';

export interface WaitDeps {
  db: Database;
  url: string;
  /** Rejects when Temporal cancels the wait (the poller stopped, the worker shuts down). */
  cancelled?: Promise<never>;
}

// Servers end an IDLE after about 29 minutes (RFC 2177) and NAT boxes forget a quiet connection sooner:
// imapflow ends and restarts the IDLE this often, so a long wait stays one living connection.
const IDLE_RESTART_MS = 5 * 60_000;

export async function waitForMail(deps: WaitDeps, seconds: number): Promise<MailWait> {
  const { options, path } = connectionOf(deps.url);
  const { ImapFlow } = await imapLibrary();
  const client = new ImapFlow({
    ...options,
    ...TIMEOUTS,
    // A quiet IDLE is no dead server: imapflow would break it with a NOOP after this, so it must outlast a
    // whole IDLE between restarts (each restart's answer counts as the server speaking).
    socketTimeout: IDLE_RESTART_MS + 60_000,
    logger: false,
    // IDLE only when this code asks for it, not when the connection has been quiet a moment.
    disableAutoIdle: true,
    maxIdleTime: IDLE_RESTART_MS,
  });
  client.on('error', () => undefined);
  try {
    const arrived = new Promise<MailWait>((resolve) => {
      client.on('exists', ({ count, prevCount }) => count > prevCount && resolve('mail'));
      client.on('close', () => resolve('dropped'));
    });
    try {
      await client.connect();
      await client.mailboxOpen(path, { readOnly: true });
    } catch {
      return 'unavailable';
    }
    if (!client.capabilities.has('IDLE')) return 'no-idle';
    if (await mailWaiting(deps.db, client)) return 'mail';
    // Until it is broken; a refusal of IDLE by the server returns false, and polling takes over.
    const idling = client.idle().then(
      (ok): MailWait => (ok === false ? 'no-idle' : 'dropped'),
      (): MailWait => 'dropped',
    );
    let timer: NodeJS.Timeout | undefined;
    const quiet = new Promise<MailWait>((resolve) => (timer = setTimeout(() => resolve('quiet'), seconds * 1000)));
    try {
      return await Promise.race([arrived, idling, quiet, ...(deps.cancelled ? [deps.cancelled] : [])]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    // LOGOUT breaks the IDLE first (DONE), then ends the session.
    await client.logout().catch(() => client.close());
  }
}

/**
 * Whether a mail waits that the register does not have: one past the last UID it took in under this
 * UIDVALIDITY. It came after the last round looked and before this wait began, so no EXISTS will tell of it.
 * Unread only: a round marks every mail it looked at \Seen, also one it did not keep (a second copy of a
 * Message-ID it has), which would otherwise end every wait at once and spin the poller against the server.
 * A mail someone read by hand meanwhile waits for the poll interval.
 */
async function mailWaiting(db: Database, client: ImapFlow): Promise<boolean> {
  const mailbox = client.mailbox;
  if (!mailbox || !mailbox.exists) return false;
  const last = await db.incomingMail.findFirst({
    where: { uidValidity: String(mailbox.uidValidity) },
    orderBy: { uid: 'desc' },
    select: { uid: true },
  });
  const after = Number(last?.uid ?? 0n);
  // "N:*" always matches the last mail, even one with a UID below N: only UIDs past the register's count.
  const found = await client.search({ uid: `${after + 1}:*`, seen: false }, { uid: true });
  return (found || []).some((uid) => uid > after);
}
