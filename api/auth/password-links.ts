/**
 * One-time links to set a password: for a forgotten one (asked for on the sign-in page), one an operator
 * sends, and a new account's first. The link carries 256 random bits; the register keeps only their
 * SHA-256, so a copy of the register opens no link. A link works once, until it expires, and only while
 * its account is enabled; setting a password (any way) voids the account's other links.
 */
import type { Database } from '../../infra/database';
import type { AccountChangeBy } from './account-events';
import { recordAccountEvent } from './account-events';
import { setPassword } from './accounts';
import { hashToken, newToken } from './tokens';

export interface PasswordLink {
  token: string;
  expiresAt: Date;
}

/** A new link for the account, on record as sent by `by.actor` (the person themselves, or an operator). */
export async function makePasswordLink(
  db: Database,
  accountId: string,
  by: AccountChangeBy,
  ttlMs: number,
  detail: { sentTo?: string; shown?: true },
): Promise<PasswordLink> {
  const token = newToken();
  const expiresAt = new Date(by.at.getTime() + ttlMs);
  await db.$transaction(async (tx) => {
    // Expired links are swept here: asking for one is rare, and the index on expiresAt keeps it cheap.
    await tx.passwordLink.deleteMany({ where: { expiresAt: { lt: by.at } } });
    await tx.passwordLink.create({
      data: { tokenHash: hashToken(token), accountId, requestedBy: by.actor, createdAt: by.at, expiresAt },
    });
    await recordAccountEvent(tx, accountId, by, 'password-link-sent', detail);
  });
  return { token, expiresAt };
}

/** How many links the person asked for themselves since `since`: a few an hour at most get mailed. */
export function linksAskedSince(db: Database, accountId: string, since: Date): Promise<number> {
  return db.passwordLink.count({ where: { accountId, requestedBy: accountId, createdAt: { gte: since } } });
}

/** The account a link opens now, or null: unknown, used, expired, or its account disabled. */
export async function openPasswordLink(db: Database, token: string, now: Date): Promise<{ accountId: string } | null> {
  const row = await db.passwordLink.findUnique({ where: { tokenHash: hashToken(token) }, include: { account: true } });
  if (!row || row.usedAt || row.expiresAt <= now || row.account.disabledAt) return null;
  return { accountId: row.accountId };
}

/**
 * Sets the password through the link, and uses the link up: answers false when it no longer opens.
 * The link is marked used by one conditional update, so two posts of it cannot both set a password.
 */
export async function usePasswordLink(db: Database, token: string, password: string, now: Date): Promise<boolean> {
  const opened = await openPasswordLink(db, token, now);
  if (!opened) return false;
  const { count } = await db.passwordLink.updateMany({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return false;
  await setPassword(
    db,
    opened.accountId,
    password,
    { actor: opened.accountId, at: now },
    { action: 'password-link-used' },
  );
  return true;
}
