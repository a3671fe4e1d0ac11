/**
 * A sign-in halfway: the password was right, the second factor (or setting it up, where REQUIRE_TOTP_FOR
 * asks for it) is still to come. A cookie carries a random ID, the register its SHA-256, as for sessions.
 * It lasts a few minutes and ends after a few wrong codes: then the person signs in again, and the
 * password's throttle counts on (the attempt is taken back only once the second step is done).
 */
import type { Database } from '../../infra/database';
import { activeMember, type AccountRow } from './accounts';
import { hashToken, newToken } from './tokens';

const LASTS_MS = 10 * 60_000;
const MAX_FAILURES = 5;

export interface Challenge {
  idHash: string;
  account: AccountRow;
  next?: string;
}

export async function startChallenge(db: Database, accountId: string, next: string | undefined, now: Date) {
  const id = newToken();
  await db.signInChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.signInChallenge.create({
    data: { idHash: hashToken(id), accountId, next, createdAt: now, expiresAt: new Date(now.getTime() + LASTS_MS) },
  });
  return id;
}

/** The challenge the cookie names, while it lasts and its account is enabled. */
export async function findChallenge(db: Database, id: string | undefined, now: Date): Promise<Challenge | null> {
  if (!id) return null;
  const row = await db.signInChallenge.findUnique({ where: { idHash: hashToken(id) }, include: { account: true } });
  if (!row || row.expiresAt <= now || !activeMember(row.account)) return null;
  return { idHash: row.idHash, account: row.account, next: row.next ?? undefined };
}

/** A wrong code: counted; past the limit the challenge ends. Answers whether it still stands. */
export async function failChallenge(db: Database, idHash: string): Promise<boolean> {
  const row = await db.signInChallenge.update({ where: { idHash }, data: { failures: { increment: 1 } } });
  if (row.failures < MAX_FAILURES) return true;
  await db.signInChallenge.deleteMany({ where: { idHash } });
  return false;
}

export async function endChallenge(db: Database, idHash: string): Promise<void> {
  await db.signInChallenge.deleteMany({ where: { idHash } });
}
