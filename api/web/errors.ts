/** Errors in the web app as pages in the app's layout (the JSON API's errors.ts answers JSON). */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import type { Config } from '../../infra/config';
import { errorPage, type ErrorKind } from '../../web/pages/message';
import { HttpError, refused } from '../errors';
import { pageContext } from './context';
import { FormExpired } from './csrf';

export const pageNotFound: RequestHandler = () => {
  throw refused(404, 'not_found', { what: 'page' });
};

function statusOf(error: unknown): number {
  if (error instanceof HttpError) return error.status;
  if (error instanceof ZodError) return 400;
  // body-parser's errors carry the status of the caller's mistake (400, 413, 415).
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

export function pageErrors(config: Config): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const status = statusOf(error);
    if (status >= 500) console.error(`${req.method} ${req.originalUrl} failed:`, error);
    const kind: ErrorKind =
      error instanceof FormExpired ? 'csrf' : status === 403 || status === 404 ? status : status >= 500 ? 500 : 400;
    if (error instanceof HttpError && error.retryAfter) res.setHeader('Retry-After', String(error.retryAfter));
    res
      .status(status)
      .type('html')
      .send(errorPage(pageContext(req, res, config), kind));
  };
}
