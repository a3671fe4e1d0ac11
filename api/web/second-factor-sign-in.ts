/**
 * The second step of signing in: the code from the authenticator app (or a recovery code), or, for an
 * account whose roles REQUIRE_TOTP_FOR it and that has none yet, setting it up first. Both forms carry
 * the sign-in form's double-submit token (there is no session yet). A challenge that expired, ended after
 * too many wrong codes, or belongs to a disabled account sends the person back to sign in.
 */
import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../deps';
import { readCookie, clearCookie } from '../auth/cookies';
import { checkSecondFactor, enableSecondFactor, totpStep } from '../auth/second-factor';
import type { SessionStore } from '../auth/sessions';
import { endChallenge, failChallenge, findChallenge, type Challenge } from '../auth/sign-in-challenges';
import type { SignInThrottle } from '../auth/sign-in-throttle';
import type { FormState } from '../../web/forms';
import { PATHS } from '../../web/layout';
import { CODE_FORM, recoveryCodesPage, setUpPage, signInCodePage } from '../../web/pages/second-factor';
import { pageContext } from './context';
import { signInCsrf, signInToken } from './csrf';
import { homeFor } from './sections';
import { CHALLENGE_COOKIE, completeSignIn } from './sign-in';
import { proposedSecret, setUpView } from './totp-set-up';
import type { Role } from '../auth/roles';

const codeOf = (req: Request) => {
  const code = (req.body as Record<string, unknown> | undefined)?.code;
  return typeof code === 'string' ? code.trim().slice(0, 100) : '';
};

export function secondFactorSignInRouter(deps: AppDeps, sessions: SessionStore, throttle: SignInThrottle): Router {
  const router = Router();

  const challengeOf = async (req: Request) =>
    findChallenge(deps.db, readCookie(req, CHALLENGE_COOKIE), await deps.clock());
  const backToSignIn = (req: Request, res: Response) => {
    clearCookie(req, res, CHALLENGE_COOKIE, 'strict');
    res.redirect(303, `${PATHS.signIn}?expired=1`);
  };
  const problem = (message: string): FormState => ({
    form: CODE_FORM,
    values: {},
    problems: [{ field: 'code', message }],
  });
  /** A wrong code: counted; past the limit the challenge ends and the person signs in again. */
  const wrong = async (req: Request, res: Response, challenge: Challenge, show: (form: FormState) => Promise<void>) => {
    if (!(await failChallenge(deps.db, challenge.idHash))) return backToSignIn(req, res);
    res.status(401);
    await show(problem(pageContext(req, res, deps.config).t.signInCode.wrong));
  };

  const renderCode = (req: Request, res: Response, form?: FormState) =>
    res
      .type('html')
      .send(signInCodePage(pageContext(req, res, deps.config), { csrfToken: signInToken(req, res), form }));

  router.get('/sign-in/code', async (req, res) => {
    if (!(await challengeOf(req))) return backToSignIn(req, res);
    renderCode(req, res);
  });

  router.post('/sign-in/code', signInCsrf, async (req, res) => {
    const challenge = await challengeOf(req);
    if (!challenge) return backToSignIn(req, res);
    const code = codeOf(req);
    const t = pageContext(req, res, deps.config).t;
    if (!code) return renderCode(req, res.status(400), problem(t.signInCode.missing));
    if (!(await checkSecondFactor(deps.db, deps.keys, challenge.account.id, code, await deps.clock()))) {
      return wrong(req, res, challenge, async (form) => void renderCode(req, res, form));
    }
    await endChallenge(deps.db, challenge.idHash);
    await completeSignIn(req, res, sessions, throttle, challenge.account.id);
    res.redirect(303, challenge.next ?? PATHS.inbox);
  });

  const renderSetUp = async (
    req: Request,
    res: Response,
    challenge: Challenge,
    proposed?: string,
    form?: FormState,
  ) => {
    const view = await setUpView(
      deps,
      challenge.account.id,
      { action: PATHS.signInSetUp, csrfToken: signInToken(req, res), required: true, form },
      proposed,
    );
    res.type('html').send(setUpPage(pageContext(req, res, deps.config), view));
  };

  router.get('/sign-in/set-up', async (req, res) => {
    const challenge = await challengeOf(req);
    if (!challenge) return backToSignIn(req, res);
    if (challenge.account.totpEnabledAt) return res.redirect(303, PATHS.signInCode);
    await renderSetUp(req, res, challenge);
  });

  router.post('/sign-in/set-up', signInCsrf, async (req, res) => {
    const challenge = await challengeOf(req);
    if (!challenge || challenge.account.totpEnabledAt) return backToSignIn(req, res);
    const secret = proposedSecret(deps.keys, challenge.account.id, req.body);
    if (!secret) return renderSetUp(req, res, challenge);
    const now = await deps.clock();
    const step = totpStep(secret, codeOf(req), now);
    if (step === undefined) return wrong(req, res, challenge, (form) => renderSetUp(req, res, challenge, secret, form));
    const by = { actor: challenge.account.id, at: now };
    const codes = await enableSecondFactor(deps.db, deps.keys, challenge.account.id, secret, step, by);
    await endChallenge(deps.db, challenge.idHash);
    await completeSignIn(req, res, sessions, throttle, challenge.account.id);
    // Shown in this answer, once; the session cookie set above takes the person on.
    const roles = challenge.account.roles.split(',') as Role[];
    res
      .type('html')
      .send(recoveryCodesPage(pageContext(req, res, deps.config), codes, challenge.next ?? homeFor(roles)));
  });

  return router;
}
