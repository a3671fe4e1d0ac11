/**
 * A fixed-window limit per client address for the public intake: a form that anyone can post to
 * must not let one client flood the register. Kept in memory: it guards one process, which is what
 * `npm start` runs; behind a load balancer, put the limit in the proxy as well.
 */
import type { RequestHandler } from 'express';
import { HttpError } from '../errors';

export function rateLimit(options: { max: number; windowMs: number }): RequestHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return (req, _res, next) => {
    const now = Date.now();
    const client = req.ip ?? 'unknown';
    let window = windows.get(client);
    if (!window || now - window.start >= options.windowMs) {
      if (windows.size > 10_000) {
        for (const [key, w] of windows) if (now - w.start >= options.windowMs) windows.delete(key);
      }
      window = { start: now, count: 0 };
      windows.set(client, window);
    }
    window.count += 1;
    if (window.count > options.max) {
      const retryAfter = Math.ceil((window.start + options.windowMs - now) / 1000);
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
