/**
 * The staff web app at /app: server-rendered pages (web/) on the same register and the same functions
 * as the JSON API. Order matters: language and session first; sign-in is open, everything after it
 * needs a session, and every form post past that point carries the session's CSRF token. Open too: the
 * second step of signing in and a forgotten password (with the sign-in form's double-submit token).
 */
import { Router, type RequestHandler } from 'express';
import type { Mailer } from '../../activities/mailer';
import type { AppDeps } from '../deps';
import type { SessionStore } from '../auth/sessions';
import { signInThrottle } from '../auth/sign-in-throttle';
import { PATHS } from '../../web/layout';
import { accountsRouter } from './accounts';
import { answerTemplatesRouter } from './answer-templates';
import { complaintRouter } from './complaint';
import { sessionOfRequest, webContext } from './context';
import { sessionCsrf } from './csrf';
import { pageErrors, pageNotFound } from './errors';
import { formBody } from './form-body';
import { uploadedForm } from './uploads';
import { inboxRouter } from './inbox';
import { intakeRouter } from './intake';
import { lettersPageRouter } from './letters';
import { mailboxPageRouter } from './mailbox';
import { privacyPageRouter } from './privacy';
import { listsPageRouter } from './lists';
import { reportsPageRouter } from './reports';
import { whatIfPageRouter } from './what-if';
import { myAccountRouter } from './my-account';
import { passwordResetRouter } from './password-reset';
import { secondFactorSignInRouter } from './second-factor-sign-in';
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

export function webRouter(deps: AppDeps & { mailer: Mailer }, sessions: SessionStore): Router {
  const router = Router();
  const throttle = signInThrottle(deps.db, deps.clock, deps.config.signInMaxFailures);
  router.use(formBody());
  router.use(webContext(sessions));
  router.use(signInRouter(deps, sessions, throttle));
  router.use(secondFactorSignInRouter(deps, sessions, throttle));
  router.use(passwordResetRouter(deps));

  // Files only from a signed-in person, read before the CSRF check that needs the form's fields.
  router.use(requireSession, uploadedForm(deps.config.attachments), sessionCsrf);
  router.use(signOutRouter(sessions));
  router.use(inboxRouter(deps));
  router.use(intakeRouter(deps)); // before the complaint's page: /complaints/new is no reference
  router.use(complaintRouter(deps));
  router.use(lettersPageRouter(deps));
  router.use(mailboxPageRouter(deps));
  router.use(whatIfPageRouter(deps)); // before the report's files under /reports
  router.use(reportsPageRouter(deps));
  router.use(accountsRouter(deps));
  router.use(myAccountRouter(deps, throttle));
  router.use(privacyPageRouter(deps));
  router.use(listsPageRouter(deps));
  router.use(answerTemplatesRouter(deps));

  router.use(pageNotFound);
  router.use(pageErrors(deps.config));
  return router;
}
