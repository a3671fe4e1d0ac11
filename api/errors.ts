/**
 * One place that turns errors into HTTP answers: `{ error, code, params?, fields?: [{ field, code,
 * reason, params? }] }`. A caller's mistake gets its status, its code (domain/refusals.ts,
 * domain/problems.ts: what pages word in their own language) and an English reason; anything else is a
 * 500 whose details stay in the log, never in the response. The procedure's refusals arrive here whether
 * the workflow's validator or the API itself said no.
 */
import type { ErrorRequestHandler } from 'express';
import {
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { ZodError } from 'zod';
import { problemsOf, type FieldProblem } from '../domain/problems';
import {
  INVALID_INPUT,
  INVALID_STATE,
  isRefusalCode,
  reasonOf,
  type Refusal,
  type RefusalCode,
} from '../domain/refusals';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** What was refused, by code: a page words it from this, in its own language. */
    readonly refusal: Refusal,
    readonly fields?: FieldProblem[],
    /** Seconds, sent as Retry-After. */
    readonly retryAfter?: number,
  ) {
    super(
      fields?.length
        ? `invalid request: ${fields.map((f) => `${f.field}: ${f.reason}`).join('; ')}`
        : reasonOf(refusal),
    );
  }
}

/** An answer `status` for refusal `code`, its English reason made from the code's text. */
export function refused(status: number, code: RefusalCode, params?: Refusal['params'], retryAfter?: number): HttpError {
  return new HttpError(status, { code, ...(params ? { params } : {}) }, undefined, retryAfter);
}

export const notFound = (what: string) => refused(404, 'not_found', { what });

/** A 400 that names its fields; the message lists them too, for people reading logs or curl output. */
export function badRequest(fields: FieldProblem[]): HttpError {
  return new HttpError(400, { code: 'invalid_request' }, fields);
}

/** A refusal of the procedure, from the workflow's validator or from the API's own check of the register. */
function fromRefusal(failure: ApplicationFailure): HttpError | undefined {
  const [detail] = (failure.details ?? []) as Refusal[];
  if (failure.type === INVALID_STATE) {
    return new HttpError(
      409,
      detail && isRefusalCode(detail.code) ? detail : { code: 'refused', params: { reason: failure.message } },
    );
  }
  if (failure.type === INVALID_INPUT) {
    const fields = (failure.details ?? []) as FieldProblem[];
    return fields.length
      ? badRequest(fields)
      : badRequest([{ field: '(body)', code: 'invalid', reason: failure.message }]);
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
    return refused(503, 'not_taken_in_time', undefined, 30);
  }
  // body-parser's errors carry the status of the caller's mistake (400 bad JSON, 413 too large, 415).
  const status = (error as { status?: unknown; type?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const type = (error as { type?: string }).type;
    return refused(status, type === 'entity.too.large' ? 'body_too_large' : 'malformed_body');
  }
  return undefined;
}

export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const known = toHttpError(error);
  if (known) {
    if (known.retryAfter) res.setHeader('Retry-After', String(known.retryAfter));
    const { code, params } = known.refusal;
    res.status(known.status).json({
      error: known.message,
      code,
      ...(params ? { params } : {}),
      ...(known.fields?.length ? { fields: known.fields } : {}),
    });
    return;
  }
  console.error(`${req.method} ${req.originalUrl} failed:`, error);
  res.status(500).json({ error: 'internal error' });
};
