/**
 * One place that turns errors into HTTP answers: `{ error, fields?: [{ field, reason }] }`. A caller's
 * mistake gets its status and the reason; anything else is a 500 whose details stay in the log, never
 * in the response. The procedure's refusals (domain/refusals.ts) arrive here whether the workflow's
 * validator or the API itself said no.
 */
import type { ErrorRequestHandler } from 'express';
import {
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { ZodError } from 'zod';
import { INVALID_INPUT, INVALID_STATE, problemsOf, type FieldProblem } from '../domain/refusals';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields?: FieldProblem[],
    /** Seconds, sent as Retry-After. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, `${what} not found`);

/** A 400 that names its fields; the message lists them too, for people reading logs or curl output. */
export function badRequest(fields: FieldProblem[]): HttpError {
  return new HttpError(400, `invalid request: ${fields.map((f) => `${f.field}: ${f.reason}`).join('; ')}`, fields);
}

/** A refusal of the procedure, from the workflow's validator or from the API's own check of the register. */
function fromRefusal(failure: ApplicationFailure): HttpError | undefined {
  if (failure.type === INVALID_STATE) return new HttpError(409, failure.message);
  if (failure.type === INVALID_INPUT) {
    const fields = (failure.details ?? []) as FieldProblem[];
    return fields.length ? badRequest(fields) : new HttpError(400, `invalid request: ${failure.message}`);
  }
  return undefined;
}

/** A known error as the HTTP answer it becomes; undefined for anything else (a 500). The web pages use it too. */
export function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (error instanceof ZodError) return badRequest(problemsOf(error));
  if (error instanceof ApplicationFailure) return fromRefusal(error);
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    return fromRefusal(error.cause);
  }
  if (error instanceof WorkflowNotFoundError) return notFound('complaint');
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
    // No worker took the action in time (down, or being deployed). Safe to repeat: with the same
    // Idempotency-Key the action is done at most once.
    return new HttpError(
      503,
      'the complaint service did not take the action in time; repeat it with the same Idempotency-Key',
      undefined,
      30,
    );
  }
  // body-parser's errors carry the status of the caller's mistake (400 bad JSON, 413 too large, 415).
  const status = (error as { status?: unknown; type?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const type = (error as { type?: string }).type;
    const reason = type === 'entity.too.large' ? 'request body too large' : 'malformed request body';
    return new HttpError(status, reason);
  }
  return undefined;
}

export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const known = toHttpError(error);
  if (known) {
    if (known.retryAfter) res.setHeader('Retry-After', String(known.retryAfter));
    res.status(known.status).json({ error: known.message, ...(known.fields?.length ? { fields: known.fields } : {}) });
    return;
  }
  console.error(`${req.method} ${req.originalUrl} failed:`, error);
  res.status(500).json({ error: 'internal error' });
};
