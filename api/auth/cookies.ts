/**
 * The cookies the web app sets. Over https they carry the `__Host-` prefix: the browser then accepts
 * them only with Secure, Path=/ and no Domain, so no other host under the same domain (a subdomain)
 * can plant or overwrite one. Plain http (a developer's localhost) cannot use the prefix.
 */
import type { CookieOptions, Request, Response } from 'express';

/** The request's cookies; a malformed one is skipped, never an error. */
export function cookiesOf(req: Request): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (req.get('Cookie') ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    try {
      if (name && !(name in cookies)) cookies[name] = decodeURIComponent(part.slice(at + 1).trim());
    } catch {
      // not URI-encoded: not one of ours
    }
  }
  return cookies;
}

/** The name a cookie goes by on this request: `__Host-name` over https. */
const named = (req: Request, name: string) => (req.secure ? `__Host-${name}` : name);

/** Without Max-Age a cookie ends with the browser (a shared desk PC). HttpOnly: no script reads it. */
const options = (req: Request, sameSite: 'lax' | 'strict', maxAgeMs?: number): CookieOptions => ({
  httpOnly: true,
  secure: req.secure,
  sameSite,
  path: '/',
  ...(maxAgeMs ? { maxAge: maxAgeMs } : {}),
});

export function readCookie(req: Request, name: string): string | undefined {
  return cookiesOf(req)[named(req, name)];
}

export function writeCookie(
  req: Request,
  res: Response,
  cookie: { name: string; value: string; sameSite: 'lax' | 'strict'; maxAgeMs?: number },
) {
  res.cookie(named(req, cookie.name), cookie.value, options(req, cookie.sameSite, cookie.maxAgeMs));
}

export function clearCookie(req: Request, res: Response, name: string, sameSite: 'lax' | 'strict') {
  res.clearCookie(named(req, name), options(req, sameSite));
}

/** The web app's session (api/auth/sessions.ts). Lax, so a link from an e-mail opens the app signed in. */
export const SESSION_COOKIE = 'session';
