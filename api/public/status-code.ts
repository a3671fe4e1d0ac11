/**
 * Issue 19 item 7: reference and code from a letter open the status page. Guessing is slowed twice: per
 * client (the public limit) and per reference, whoever asks, so that many clients together still get only
 * a few tries at one complaint; every attempt counts, right or wrong. The same answer for an unknown
 * reference as for a wrong code.
 */
import type { Request } from 'express';
import { z } from 'zod';
import { codeMatches } from '../../activities/status-code';
import { problem } from '../../domain/problems';
import type { Database } from '../../infra/database';
import type { Keyring } from '../../infra/keyring';
import { unseal } from '../../infra/sealed';
import { referenceSchema } from '../complaints/schemas';
import { badRequest } from '../errors';
import type { RateLimit } from './rate-limit';

export const statusCodeSchema = z
  .object({ reference: referenceSchema, code: z.string().trim().min(1, 'required').max(40, 'too_long') })
  .strict();

/** Tries per reference per window: enough for a person's typing errors, nothing for a guesser (31^12 codes). */
export const ATTEMPTS_PER_REFERENCE = { max: 10, windowMs: 24 * 60 * 60 * 1000 };

export interface CodeLimits {
  perClient: RateLimit;
  perReference: RateLimit;
}

/** The status token the reference and code open; a 400 at the code when they do not belong together. */
export async function openWithCode(
  deps: { db: Database; keys: Keyring },
  limits: CodeLimits,
  req: Request,
  body: unknown,
): Promise<string> {
  const { reference, code } = statusCodeSchema.parse(body);
  await limits.perClient.take(req);
  await limits.perReference.take(req, reference);
  const row = await deps.db.complaint.findUnique({ where: { reference } });
  const hash = row?.statusTokenHash;
  if (!hash || !row.statusTokenSealed || !codeMatches(deps.keys, reference, hash, code))
    throw badRequest([problem('code', 'status_code_wrong')]);
  return unseal(deps.keys, row.statusTokenSealed, 'status-token');
}
