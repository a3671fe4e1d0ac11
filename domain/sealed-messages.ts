/**
 * What reaches a workflow unencrypted did not come from the service. The service encrypts every payload
 * it sends to Temporal (infra/payload-codec.ts); anyone else who can reach the Temporal frontend can only
 * send plain JSON. The worker's codec lets such a payload through (histories recorded before encryption
 * existed are plain, and must replay) but marks it, so that the workflow refuses it where it would act on
 * it: a new Update, Signal or start.
 */

/** The mark the worker's codec sets on a plain-JSON object it passes into workflow code. */
export const UNSEALED = '__unsealed';

export function isUnsealed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)[UNSEALED] === true;
}
