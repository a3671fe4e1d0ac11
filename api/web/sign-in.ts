/**
 * Signing in and out of the web app. A successful sign-in always starts a new session (a session ID
 * known before sign-in is never promoted: no session fixation); signing out deletes it in the register.
 * An account with a second factor (or whose roles REQUIRE_TOTP_FOR it) gets no session for its password
 * alone: a short-lived challenge asks for the code (or its set-up) first (second-factor-sign-in.ts), and
 * the throttle takes the attempt back only once both steps are done.
 */
import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../deps';
import { findByPassword } from '../auth/accounts';
import { clearCookie, readCookie, SESSION_COOKIE, writeCookie } from '../auth/cookies';
import { secondFactorRequired } from '../auth/second-factor';
import type { SessionStore } from '../auth/sessions';
import { startChallenge } from '../auth/sign-in-challenges';
import type { SignInThrottle } from '../auth/sign-in-throttle';
import { PATHS } from '../../web/layout';
import { signInPage, type SignInView } from '../../web/pages/sign-in';
import { pageContext, sessionOfRequest } from './context';
import { forgetSignInToken, signInCsrf, signInToken } from './csrf';

/** The cookie of a sign-in whose second step is still to come. Strict: only this site's own pages carry it. */
export const CHALLENGE_COOKIE = 'sign_in_step';

/** Where to go after signing in: a path inside the app only (never another site: no open redirect). */
export function safeNext(next: unknown): string | undefined {
  if (typeof next !== 'string' || next.length > 2_000) return undefined;
  // The web app's pages, and Temporal Web as this service serves it (api/temporal-web.ts).
  return /^\/(?:app|temporal)(?:[/?]|$)/.test(next) && !/[\\]|\/\//.test(next) ? next : undefined;
}

/** The form's fields; anything missing or odd is empty, which the sign-in answers as such. */
function signInForm(body: Record<string, unknown>) {
  // Bounded: hashing a megabyte-long "password" would be work for nothing.
  const field = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');
  return {
    login: field(body.login, 200).trim().toLowerCase(),
    password: field(body.password, 1_000),
    next: safeNext(body.next),
  };
}

/** Both steps done: a new session, the throttle's attempt taken back. */
export async function completeSignIn(
  req: Request,
  res: Response,
  sessions: SessionStore,
  throttle: SignInThrottle,
  accountId: string,
): Promise<void> {
  await throttle.succeeded(accountId, req.ip ?? 'unknown');
  const previous = readCookie(req, SESSION_COOKIE);
  if (previous) await sessions.end(previous);
  const session = await sessions.start(accountId, { address: req.ip, userAgent: req.get('User-Agent') });
  writeCookie(req, res, { name: SESSION_COOKIE, value: session.id, sameSite: 'lax' });
  clearCookie(req, res, CHALLENGE_COOKIE, 'strict');
  forgetSignInToken(req, res);
}

export function signInRouter(deps: AppDeps, sessions: SessionStore, throttle: SignInThrottle): Router {
  const router = Router();

  const render = (req: Request, res: Response, status: number, view: Omit<SignInView, 'csrfToken'>) => {
    res
      .status(status)
      .type('html')
      .send(signInPage(pageContext(req, res, deps.config), { ...view, csrfToken: signInToken(req, res) }));
  };

  router.get('/sign-in', (req, res) => {
    const next = safeNext(req.query.next);
    if (sessionOfRequest(res)) {
      res.redirect(303, next ?? PATHS.inbox);
      return;
    }
    const notice = (['signed-out', 'password-set', 'expired'] as const).find((n) => req.query[n] === '1');
    render(req, res, 200, { next, notice });
  });

  router.post('/sign-in', signInCsrf, async (req, res) => {
    const { login, password, next } = signInForm((req.body ?? {}) as Record<string, unknown>);
    if (!login || !password) return render(req, res, 400, { login, next, problem: { kind: 'missing' } });
    const address = req.ip ?? 'unknown';
    const waitSeconds = await throttle.attempt(login, address);
    if (waitSeconds > 0) {
      res.setHeader('Retry-After', String(waitSeconds));
      return render(req, res, 429, { login, next, problem: { kind: 'too-many', waitSeconds } });
    }
    const staff = await findByPassword(deps.db, login, password);
    if (!staff) return render(req, res, 401, { login, next, problem: { kind: 'wrong' } });
    const account = await deps.db.staffAccount.findUniqueOrThrow({ where: { id: staff.id } });
    if (account.totpEnabledAt || secondFactorRequired(staff.roles, deps.config.accounts.requireTotpFor)) {
      const challenge = await startChallenge(deps.db, staff.id, next, await deps.clock());
      writeCookie(req, res, { name: CHALLENGE_COOKIE, value: challenge, sameSite: 'strict' });
      return res.redirect(303, account.totpEnabledAt ? PATHS.signInCode : PATHS.signInSetUp);
    }
    await completeSignIn(req, res, sessions, throttle, staff.id);
    res.redirect(303, next ?? PATHS.inbox);
  });

  return router;
}

/** POST /app/sign-out (behind the session's CSRF check): the session ends in the register, not only in the browser. */
export function signOutRouter(sessions: SessionStore): Router {
  const router = Router();
  router.post('/sign-out', async (req, res) => {
    const id = readCookie(req, SESSION_COOKIE);
    if (id) await sessions.end(id);
    clearCookie(req, res, SESSION_COOKIE, 'lax');
    res.redirect(303, `${PATHS.signIn}?signed-out=1`);
  });
  return router;
}
