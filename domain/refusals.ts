/**
 * How the procedure says no. A refused staff action carries the field it is about (if any) and the
 * reason in its `details`, so the API can answer `{ error, fields: [{ field, reason }] }` without
 * parsing messages. The workflow's validators and the API's own checks throw the same failures.
 */
import { ApplicationFailure } from '@temporalio/common';
import type { z } from 'zod';

/** The complaint's state does not allow the action now (HTTP 409). */
export const INVALID_STATE = 'InvalidState';
/** The action's input is wrong (HTTP 400). */
export const INVALID_INPUT = 'InvalidInput';

export interface FieldProblem {
  field: string;
  reason: string;
}

/** A 400 lists at most this many problems: 9,000 unknown keys must not make a 583 kB answer. */
export const MAX_PROBLEMS = 20;

/** The state forbids it: `reason` says why, in words staff can act on. */
export function refuse(reason: string): never {
  throw ApplicationFailure.create({ type: INVALID_STATE, message: reason, nonRetryable: true, details: [] });
}

/** The input is wrong: each problem names its field. */
export function invalid(...problems: FieldProblem[]): never {
  const message = problems.map((p) => `${p.field}: ${p.reason}`).join('; ');
  throw ApplicationFailure.create({ type: INVALID_INPUT, message, nonRetryable: true, details: problems });
}

/** A zod error as field problems (unknown keys one by one), at most MAX_PROBLEMS of them. */
export function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues
    .flatMap((i) =>
      i.code === 'unrecognized_keys'
        ? i.keys.map((key) => ({ field: [...i.path, key].join('.'), reason: 'unknown field' }))
        : [{ field: i.path.join('.') || '(body)', reason: i.message }],
    )
    .slice(0, MAX_PROBLEMS);
}
