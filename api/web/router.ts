/**
 * The staff web app at /app: server-rendered pages (web/) on the same register and the same functions
 * as the JSON API. Order matters: language and session first; sign-in is open, everything after it
 * needs a session, and every form post past that point carries the session's CSRF token.
 */
import express, { Router, type RequestHandler } from 'express';
import type { AppDeps } from '../deps';
import type { SessionStore } from '../auth/sessions';
import { signInThrottle } from '../auth/sign-in-throttle';
import { PATHS } from '../../web/layout';
import { notYetPage } from '../../web/pages/message';
import { pageContext, sessionOfRequest, webContext } from './context';
import { sessionCsrf } from './csrf';
import { pageErrors, pageNotFound } from './errors';
import { inboxRouter } from './inbox';
import { signInRouter, signOutRouter } from './sign-in';

/** Without a session: a page asks to sign in and comes back after; a form post goes to the sign-in page. */
const requireSession: RequestHandler = (req, res, next) => {
  const session = sessionOfRequest(res);
  if (session) {
    res.locals.staff = session.staff; // as authenticate() does: permissions are checked the same way
    return next();
  }
  const back = req.method === 'GET' && req.originalUrl !== PATHS.inbox ? req.originalUrl : undefined;
  res.redirect(303, back ? `${PATHS.signIn}?next=${encodeURIComponent(back)}` : PATHS.signIn);
};

export function webRouter(deps: AppDeps, sessions: SessionStore): Router {
  const router = Router();
  const throttle = signInThrottle(deps.db, deps.clock, deps.config.signInMaxFailures);
  router.use(express.urlencoded({ extended: false, limit: '100kb' }));
  router.use(webContext(sessions));
  router.use(signInRouter(deps, sessions, throttle));

  router.use(requireSession, sessionCsrf);
  router.use(signOutRouter(sessions));
  router.use(inboxRouter(deps));
  // In the navigation already; their pages come with the next actions (issue 10).
  router.get('/complaints/new', (req, res) => {
    const ctx = pageContext(req, res, deps.config);
    res.type('html').send(notYetPage(ctx, 'new-complaint', ctx.t.nav.newComplaint));
  });
  router.get('/letters', (req, res) => {
    const ctx = pageContext(req, res, deps.config);
    res.type('html').send(notYetPage(ctx, 'letters', ctx.t.nav.letters));
  });

  router.use(pageNotFound);
  router.use(pageErrors(deps.config));
  return router;
}
