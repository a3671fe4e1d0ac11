/**
 * A fixed-window limit per client address for the public side: a form that anyone can post to must
 * not let one client flood the register. Counted in the register (RateLimitWindow), not in memory, so
 * that every API instance behind a load balancer counts against the same limit: one atomic upsert per
 * request opens a window or counts in it. Rows of closed windows are deleted now and then.
 */
import type { RequestHandler } from 'express';
import type { Database } from '../../infra/database';
import { HttpError } from '../errors';

export interface RateLimitOptions {
  max: number;
  windowMs: number;
}

export function rateLimit(db: Database, name: string, options: RateLimitOptions): RequestHandler {
  let nextCleanup = 0;
  return async (req, _res, next) => {
    const now = new Date();
    const key = `${name}:${req.ip ?? 'unknown'}`;
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
      throw new HttpError(
        429,
        `too many complaints from this address; try again in ${retryAfter} seconds`,
        undefined,
        retryAfter,
      );
    }
    next();
  };
}
