/**
 * The complainant's forms carry a token of their own, without JavaScript: a random value both in a cookie
 * and in the form (a double-submit token, as the sign-in form has: csrf.ts). Another site can neither read
 * it nor set our cookie, so a post without the pair comes from somewhere else than our own page in this
 * browser. The complaint form's intake key is bound to it (boundIntakeKey): the same key sent from
 * another browser, or from a look-alike form that always sends one key, is another key, and never finds
 * the complaint someone else sent. SameSite=Lax: a link from an e-mail opens the status page with it.
 */
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { readCookie, writeCookie } from '../auth/cookies';
import { newToken, sameSecret } from '../auth/tokens';
import { CSRF_FIELD } from '../../web/layout';

const COOKIE = 'public_form';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The token for a public form this browser is shown: its cookie's, or a new one set now. */
export function publicFormToken(req: Request, res: Response): string {
  const kept = readCookie(req, COOKIE);
  if (kept && TOKEN.test(kept)) return kept;
  const token = newToken();
  writeCookie(req, res, { name: COOKIE, value: token, sameSite: 'lax' });
  return token;
}

/** The posted form's token when it is this browser's (cookie and field agree); else undefined. */
export function postedFormToken(req: Request): string | undefined {
  const kept = readCookie(req, COOKIE);
  const posted = (req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
  if (!kept || !TOKEN.test(kept) || typeof posted !== 'string') return undefined;
  return sameSecret(posted, kept) ? kept : undefined;
}

/** The register's intake key of a form: its key in this browser only (a hash, so the token is not kept). */
export function boundIntakeKey(formToken: string, key: string): string {
  return `public:web:${createHash('sha256').update(`${formToken}\n${key}`).digest('base64url')}`;
}
