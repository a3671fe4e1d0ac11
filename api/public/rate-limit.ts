/**
 * A fixed-window limit per client for the public side: a form that anyone can post to must not let one
 * client flood the register. A client is an address, or an IPv6 /64 (client-network.ts). Only what is
 * accepted counts: the route takes a count once the request passed its checks, so an empty or mistyped
 * form uses up nothing, and a repeat that is answered from before takes none. Counted in the register
 * (RateLimitWindow), not in memory, so that every API instance behind a load balancer counts against the
 * same limit: one atomic upsert per count opens a window or counts in it. Rows of closed windows are
 * deleted now and then.
 */
import type { Request } from 'express';
import type { Database } from '../../infra/database';
import { refused } from '../errors';
import { clientNetwork } from './client-network';

export interface RateLimitOptions {
  max: number;
  windowMs: number;
}

export interface RateLimit {
  /**
   * Counts one accepted request of this client (or of `subject`, e.g. a reference, whoever asks); past the
   * limit a 429 (with Retry-After), and it must stop.
   */
  take(req: Request, subject?: string): Promise<void>;
}

export function rateLimit(
  db: Database,
  name: string,
  options: RateLimitOptions,
  /** What is counted, in the 429's reason: "complaints", "requests". */
  counted: string,
): RateLimit {
  let nextCleanup = 0;
  return {
    async take(req, subject) {
      const now = new Date();
      const key = `${name}:${subject ?? clientNetwork(req.ip)}`;
      const opened = new Date(now.getTime() + options.windowMs);
      // One statement on SQLite and PostgreSQL alike; SET reads the row as it was, so both CASEs agree.
      const [window] = await db.$queryRaw<{ hits: number | bigint; endsAt: Date | string }[]>`
        INSERT INTO "RateLimitWindow" ("key", "hits", "endsAt") VALUES (${key}, 1, ${opened})
        ON CONFLICT ("key") DO UPDATE SET
          "hits" = CASE WHEN "RateLimitWindow"."endsAt" <= ${now} THEN 1 ELSE "RateLimitWindow"."hits" + 1 END,
          "endsAt" = CASE WHEN "RateLimitWindow"."endsAt" <= ${now} THEN ${opened} ELSE "RateLimitWindow"."endsAt" END
        RETURNING "hits", "endsAt"`;
      if (now.getTime() >= nextCleanup) {
        nextCleanup = now.getTime() + options.windowMs;
        await db.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "endsAt" <= ${now}`;
      }
      if (Number(window.hits) > options.max) {
        const retryAfter = Math.max(1, Math.ceil((new Date(window.endsAt).getTime() - now.getTime()) / 1000));
        throw refused(429, 'too_many', { counted, retryAfter }, retryAfter);
      }
    },
  };
}
