/**
 * One place that turns errors into HTTP answers. A caller's mistake gets its status and the reason;
 * anything else is a 500 whose details stay in the log, never in the response.
 */
import type { ErrorRequestHandler } from 'express';
import {
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { ZodError } from 'zod';
import { INVALID_INPUT, INVALID_STATE } from '../domain/actions';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
    /** Seconds, sent as Retry-After. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, `${what} not found`);

function fromZod(error: ZodError): HttpError {
  const fields = error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ field: [...i.path, key].join('.'), reason: 'unknown field' }))
      : [{ field: i.path.join('.') || '(body)', reason: i.message }],
  );
  const summary = fields.map((f) => `${f.field}: ${f.reason}`).join('; ');
  return new HttpError(400, `invalid request: ${summary}`, fields);
}

/** An Update refused by the workflow's validator, or failed in its handler, with the reason given. */
function fromUpdate(error: WorkflowUpdateFailedError): HttpError | undefined {
  const cause = error.cause;
  if (!(cause instanceof ApplicationFailure)) return undefined;
  if (cause.type === INVALID_STATE) return new HttpError(409, cause.message);
  if (cause.type === INVALID_INPUT) return new HttpError(400, `invalid request: ${cause.message}`);
  return undefined;
}

function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (error instanceof ZodError) return fromZod(error);
  if (error instanceof WorkflowNotFoundError) return notFound('complaint');
  if (error instanceof WorkflowUpdateFailedError) return fromUpdate(error);
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
    res.status(known.status).json({ error: known.message, ...(known.details ? { fields: known.details } : {}) });
    return;
  }
  console.error(`${req.method} ${req.originalUrl} failed:`, error);
  res.status(500).json({ error: 'internal error' });
};
