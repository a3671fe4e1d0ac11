/**
 * Slows down password guessing, per login name and per client address, in the register (so every API
 * process and a restart see the same counts). Every attempt is counted as a failure *before* the
 * password is checked, in one transaction with the check of the block, and a successful sign-in takes
 * it back: a burst of parallel guesses cannot slip in between check and count.
 *
 * Past `maxFailures` failures under a key (a client address: four times as many, as one office may sit
 * behind one address), each further failure blocks that key for 30 seconds, doubling up to 15 minutes.
 * A blocked attempt is refused without checking the password and is not counted. Failures are
 * forgotten an hour after the last one. A login name can thus be blocked for a while by someone who
 * guesses at it; that is the price of making guessing slow, and it ends by itself.
 */
import type { Database } from '../../infra/database';

const FIRST_BLOCK_MS = 30_000;
const LONGEST_BLOCK_MS = 15 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;
/** Several people may share one address (an office behind NAT): it gets this many times the failures. */
const ADDRESS_FACTOR = 4;

export interface SignInThrottle {
  /** Counts an attempt and answers 0; or, when a key is blocked, how many seconds to wait (not counted). */
  attempt(login: string, address: string): Promise<number>;
  /** The attempt succeeded: the login name starts afresh, the address gets its attempt back. */
  succeeded(login: string, address: string): Promise<void>;
}

export function blockFor(failures: number, limit: number): number {
  if (failures < limit) return 0;
  return Math.min(FIRST_BLOCK_MS * 2 ** Math.min(failures - limit, 10), LONGEST_BLOCK_MS);
}

export function signInThrottle(db: Database, clock: () => Promise<Date>, maxFailures: number): SignInThrottle {
  const keys = (login: string, address: string) => [
    { key: `login:${login}`, limit: maxFailures },
    { key: `address:${address}`, limit: maxFailures * ADDRESS_FACTOR },
  ];

  return {
    async attempt(login, address) {
      const now = await clock();
      return db.$transaction(async (tx) => {
        const rows = await tx.signInThrottle.findMany({
          where: { key: { in: keys(login, address).map((k) => k.key) } },
        });
        const blockedUntil = Math.max(0, ...rows.map((r) => r.blockedUntil?.getTime() ?? 0));
        if (blockedUntil > now.getTime()) return Math.ceil((blockedUntil - now.getTime()) / 1000);
        for (const { key, limit } of keys(login, address)) {
          const row = rows.find((r) => r.key === key);
          const fresh = !row || now.getTime() - row.lastFailureAt.getTime() > FORGET_AFTER_MS;
          const failures = (fresh ? 0 : row.failures) + 1;
          const block = blockFor(failures, limit);
          const data = { failures, lastFailureAt: now, blockedUntil: block ? new Date(now.getTime() + block) : null };
          await tx.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
        }
        return 0;
      });
    },

    async succeeded(login, address) {
      const [byLogin, byAddress] = keys(login, address);
      await db.$transaction(async (tx) => {
        await tx.signInThrottle.deleteMany({ where: { key: byLogin.key } });
        const row = await tx.signInThrottle.findUnique({ where: { key: byAddress.key } });
        if (!row) return;
        const failures = Math.max(0, row.failures - 1);
        await tx.signInThrottle.update({
          where: { key: byAddress.key },
          data: { failures, ...(failures < byAddress.limit ? { blockedUntil: null } : {}) },
        });
      });
    },
  };
}
