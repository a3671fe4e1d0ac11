/**
 * CSRF protection for every form the web app posts. A signed-in session's forms carry its synchronizer
 * token (random, kept with the session in the register, compared in constant time). The sign-in form
 * has no session yet; it carries a double-submit token instead: a random value both in a cookie
 * (HttpOnly, SameSite=Strict, `__Host-` over https so no subdomain can plant it) and in the form, which
 * must match. Another site can make a browser post, but cannot read either token. SameSite=Lax on the
 * session cookie is a second line: a cross-site POST does not even carry the session.
 */
import type { Request, RequestHandler, Response } from 'express';
import { readCookie, writeCookie, clearCookie } from '../auth/cookies';
import { newToken, sameSecret } from '../auth/tokens';
import { HttpError } from '../errors';
import { CSRF_FIELD } from '../../web/layout';
import { sessionOfRequest } from './context';

const SIGN_IN_COOKIE = 'sign_in_csrf';

/** A form that did not carry the right token: shown as "reload the page", never acted on. */
export class FormExpired extends HttpError {
  constructor() {
    super(403, { code: 'csrf' });
  }
}

/** The sign-in form's double-submit token: the cookie's, or a new one set now. */
export function signInToken(req: Request, res: Response): string {
  const kept = readCookie(req, SIGN_IN_COOKIE);
  if (kept && /^[A-Za-z0-9_-]{43}$/.test(kept)) return kept;
  const token = newToken();
  writeCookie(req, res, { name: SIGN_IN_COOKIE, value: token, sameSite: 'strict' });
  return token;
}

export function forgetSignInToken(req: Request, res: Response): void {
  clearCookie(req, res, SIGN_IN_COOKIE, 'strict');
}

function tokenIn(req: Request): string | undefined {
  const value = (req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
  return typeof value === 'string' ? value : undefined;
}

/** The sign-in form: the double-submit cookie must match the form's field. */
export const signInCsrf: RequestHandler = (req, _res, next) => {
  const expected = readCookie(req, SIGN_IN_COOKIE);
  if (!expected || !sameSecret(tokenIn(req), expected)) throw new FormExpired();
  next();
};

/** Every other form: the session's synchronizer token. */
export const sessionCsrf: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  const session = sessionOfRequest(res);
  if (!session || !sameSecret(tokenIn(req), session.csrfToken)) throw new FormExpired();
  next();
};
