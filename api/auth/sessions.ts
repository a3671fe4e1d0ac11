/**
 * Web app sessions, kept in the register: they survive a restart and every API process sees the same
 * ones. The cookie carries a random 256-bit ID; the register keeps only its SHA-256 (as with API
 * tokens), so a copy of the register signs nobody in. A session ends at sign-out, after
 * SESSION_IDLE_TIMEOUT unused, and SESSION_TTL after sign-in at the latest; a disabled account's
 * sessions stop at once.
 */
import type { Request } from 'express';
import type { Database } from '../../infra/database';
import { activeMember, type StaffMember } from './accounts';
import { readCookie, SESSION_COOKIE } from './cookies';
import { hashToken, newToken } from './tokens';

export interface Session {
  staff: StaffMember;
  /** The synchronizer token this session's forms carry (api/web/csrf.ts). */
  csrfToken: string;
  /** How the register knows it (the SHA-256 of its ID): to keep it, or mark it, among the account's sessions. */
  idHash: string;
}

/** Where a sign-in came from, kept with its session so that its person or an operator recognises it. */
export interface SessionOrigin {
  address?: string;
  userAgent?: string;
}

export interface SessionStore {
  /** A new session for the account: the ID for the cookie, shown to nobody else. */
  start(accountId: string, origin?: SessionOrigin): Promise<{ id: string; csrfToken: string }>;
  find(id: string): Promise<Session | null>;
  end(id: string): Promise<void>;
}

export interface SessionView {
  idHash: string;
  createdAt: Date;
  lastSeenAt: Date;
  address?: string;
  userAgent?: string;
}

/** The account's sessions that have not ended, the most recently used first. */
export async function sessionsOf(db: Database, accountId: string, now: Date): Promise<SessionView[]> {
  const rows = await db.staffSession.findMany({ where: { accountId, expiresAt: { gt: now } } });
  return rows
    .map((r) => ({
      idHash: r.idHash,
      createdAt: r.createdAt,
      lastSeenAt: r.lastSeenAt ?? r.createdAt,
      address: r.address ?? undefined,
      userAgent: r.userAgent ?? undefined,
    }))
    .sort((a, b) => b.lastSeenAt.getTime() - a.lastSeenAt.getTime());
}

// Extending the idle timeout on every request would write to the register on every page; once a minute is enough.
const EXTEND_AFTER_MS = 60_000;

export function sessionStore(
  db: Database,
  clock: () => Promise<Date>,
  limits: { ttlMs: number; idleMs: number },
): SessionStore {
  const until = (createdAt: Date, now: Date) =>
    new Date(Math.min(createdAt.getTime() + limits.ttlMs, now.getTime() + limits.idleMs));

  return {
    async start(accountId, origin = {}) {
      const now = await clock();
      const id = newToken();
      const csrfToken = newToken();
      // Ended sessions are swept here: signing in is rare enough, and the index on expiresAt keeps it cheap.
      await db.staffSession.deleteMany({ where: { expiresAt: { lt: now } } });
      await db.$transaction([
        db.staffSession.create({
          data: {
            idHash: hashToken(id),
            accountId,
            csrfToken,
            createdAt: now,
            lastSeenAt: now,
            expiresAt: until(now, now),
            // Bounded: a header is the client's to choose.
            address: origin.address?.slice(0, 100),
            userAgent: origin.userAgent?.slice(0, 300),
          },
        }),
        db.staffAccount.update({ where: { id: accountId }, data: { lastSignInAt: now } }),
      ]);
      return { id, csrfToken };
    },

    async find(id) {
      const row = await db.staffSession.findUnique({ where: { idHash: hashToken(id) }, include: { account: true } });
      if (!row) return null;
      const now = await clock();
      if (row.expiresAt <= now) return null;
      const staff = activeMember(row.account);
      if (!staff) return null;
      const extended = until(row.createdAt, now);
      if (extended.getTime() - row.expiresAt.getTime() > EXTEND_AFTER_MS) {
        await db.staffSession.update({ where: { idHash: row.idHash }, data: { expiresAt: extended, lastSeenAt: now } });
      }
      return { staff, csrfToken: row.csrfToken, idHash: row.idHash };
    },

    async end(id) {
      await db.staffSession.deleteMany({ where: { idHash: hashToken(id) } });
    },
  };
}

/** The session whose cookie the request carries, if it is still valid. */
export async function sessionOf(req: Request, sessions: SessionStore): Promise<Session | null> {
  const id = readCookie(req, SESSION_COOKIE);
  return id ? sessions.find(id) : null;
}
