/**
 * Idempotency-Key on POSTs: a repeat with the same key and the same request gets the first answer
 * without doing anything twice; the same key with another request is refused (422). Repeats that
 * arrive while the first is still running wait for its answer. Keys are scoped to the caller (a
 * staff account, or an anonymous client by its address) and expire after IDEMPOTENCY_KEY_TTL. The
 * stored answer is sealed, because it can hold a secret shown once.
 */
import { createHash } from 'node:crypto';
import { problem } from '../domain/problems';
import type { Request, RequestHandler, Response } from 'express';
import { Prisma } from '../generated/prisma/client';
import type { Database } from '../infra/database';
import type { Keyring } from '../infra/keyring';
import { seal, unseal } from '../infra/sealed';
import { badRequest, refused } from './errors';

// A repeat waits this long for the first request to finish (a Temporal Update answers well within it).
const WAIT_FOR_FIRST_MS = 30_000;
const POLL_MS = 25;
/**
 * Expired keys are swept at most this often, not at every request: the sweep was a write of its own (a
 * commit, the register's write lock) before every keyed POST (issue 20). An expired record that a repeat
 * meets before the sweep is let go then and there.
 */
const SWEEP_EVERY_MS = 60_000;

/** Stable JSON: keys sorted, so the same body sent with its fields in another order is the same request. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** Who may repeat a request: a staff account, or an anonymous client by its address (never one shared scope). */
function scopeOf(req: Request, res: Response): string {
  const staff = res.locals.staff as { id: string } | undefined;
  return staff ? staff.id : `public:${req.ip ?? 'unknown'}`;
}

export function idempotent(db: Database, keys: Keyring, ttlMs: number): RequestHandler {
  let sweptAt = 0;
  return async (req, res, next) => {
    const key = req.get('Idempotency-Key');
    if (key === undefined || req.method !== 'POST') return next();
    if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw badRequest([problem('Idempotency-Key', 'idempotency_key')]);
    }
    const scope = scopeOf(req, res);
    const requestHash = createHash('sha256')
      .update(`${req.method} ${req.baseUrl}${req.path}\n${JSON.stringify(canonical(req.body ?? null))}`)
      .digest('hex');
    const id = { scope_key: { scope, key } };
    const now = new Date();
    if (now.getTime() - sweptAt >= SWEEP_EVERY_MS) {
      sweptAt = now.getTime();
      await db.idempotencyRecord.deleteMany({ where: { expiresAt: { lt: now } } });
    }
    const claim = () =>
      db.idempotencyRecord.create({ data: { scope, key, requestHash, expiresAt: new Date(now.getTime() + ttlMs) } });

    try {
      await claim().catch(async (error: unknown) => {
        if (!isUniqueViolation(error)) throw error;
        // The key's record expired and the sweep has not come by yet: the key is free again.
        const { count } = await db.idempotencyRecord.deleteMany({ where: { scope, key, expiresAt: { lt: now } } });
        if (!count) throw error;
        await claim();
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const deadline = Date.now() + WAIT_FOR_FIRST_MS;
      for (;;) {
        const first = await db.idempotencyRecord.findUnique({ where: id });
        if (!first) return next(); // the first failed with a 5xx and let go of the key: try again
        if (first.requestHash !== requestHash) {
          throw refused(422, 'key_reused');
        }
        if (first.state === 'done') {
          res.set(JSON.parse(first.responseHeaders ?? '{}'));
          res
            .status(first.responseStatus!)
            .type('application/json')
            .send(unseal(keys, first.responseBody!, 'idempotent-answer'));
          return;
        }
        if (Date.now() > deadline) throw refused(409, 'key_in_progress');
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    }

    // Keep the answer for repeats; a server error releases the key, so a retry runs again.
    const send = res.json.bind(res);
    res.json = (body: unknown) => {
      const store =
        res.statusCode >= 500
          ? db.idempotencyRecord.delete({ where: id })
          : db.idempotencyRecord.update({
              where: id,
              data: {
                state: 'done',
                responseStatus: res.statusCode,
                // Sealed: the answer can hold a new API token or a complainant's status link.
                responseBody: seal(keys, JSON.stringify(body), 'idempotent-answer'),
                responseHeaders: JSON.stringify(res.get('Location') ? { Location: res.get('Location') } : {}),
              },
            });
      store.then(
        () => send(body),
        (error: unknown) => next(error),
      );
      return res;
    };
    next();
  };
}
