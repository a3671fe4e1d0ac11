/**
 * /app/account: one's own account. A new password needs the current one (counted by the sign-in throttle,
 * as a guess at it would be) and ends one's other sessions; the second step is set up here, its recovery
 * codes renewed and, unless the roles require it, turned off — each with a current code from the app.
 */
import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../deps';
import { endSessions, findAccount, removeSecondFactor } from '../auth/account-admin';
import { findByPassword, setPassword } from '../auth/accounts';
import { staffOf } from '../auth/authenticate';
import { passwordProblem } from '../auth/password-policy';
import {
  checkSecondFactor,
  enableSecondFactor,
  renewRecoveryCodes,
  secondFactorRequired,
  totpStep,
} from '../auth/second-factor';
import { sessionsOf } from '../auth/sessions';
import type { SignInThrottle } from '../auth/sign-in-throttle';
import type { FormState } from '../../web/forms';
import { PATHS } from '../../web/layout';
import { myAccountPage, OFF_FORM, PASSWORD_FORM, RECOVERY_FORM } from '../../web/pages/my-account';
import { CODE_FORM, recoveryCodesPage, setUpPage } from '../../web/pages/second-factor';
import { problemText } from '../../web/problems';
import { pageContext, sessionOfRequest } from './context';
import { proposedSecret, setUpView } from './totp-set-up';

const field = (req: Request, name: string) => {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.slice(0, 1_000) : '';
};

export function myAccountRouter(deps: AppDeps, throttle: SignInThrottle): Router {
  const { db, config } = deps;
  const router = Router();
  const me = async (res: Response) => ({ actor: staffOf(res).id, at: await deps.clock() });
  const required = (res: Response) => secondFactorRequired(staffOf(res).roles, config.accounts.requireTotpFor);

  async function render(req: Request, res: Response, extra: { done?: string; form?: FormState; status?: number } = {}) {
    const staff = staffOf(res);
    const account = await findAccount(db, staff.id);
    const current = sessionOfRequest(res)?.idHash;
    const sessions = (await sessionsOf(db, staff.id, await deps.clock())).map((s) => ({
      ...s,
      current: s.idHash === current,
    }));
    const html = myAccountPage(pageContext(req, res, config), {
      ...staff,
      email: staff.email ?? undefined,
      secondFactorSince: account.totpEnabledAt ?? undefined,
      secondFactorRequired: required(res),
      sessions,
      ...extra,
    });
    res
      .status(extra.status ?? 200)
      .type('html')
      .send(html);
  }

  router.get('/account', async (req, res) => {
    await render(req, res, { done: typeof req.query.done === 'string' ? req.query.done : undefined });
  });

  router.post('/account/password', async (req, res) => {
    const staff = staffOf(res);
    const t = pageContext(req, res, config).t;
    const [current, password, repeat] = [field(req, 'current'), field(req, 'password'), field(req, 'repeat')];
    const refuse = (name: string, message: string, status = 400) =>
      render(req, res, { status, form: { form: PASSWORD_FORM, values: {}, problems: [{ field: name, message }] } });
    const address = req.ip ?? 'unknown';
    if ((await throttle.attempt(staff.id, address)) > 0) return refuse('current', t.signIn.tooMany(30), 429);
    if (!(await findByPassword(db, staff.id, current))) return refuse('current', t.password.wrongCurrent);
    await throttle.succeeded(staff.id, address);
    const reason = passwordProblem(password, staff.id);
    if (reason) return refuse('password', problemText(t, t.myAccount.new, reason));
    if (password !== repeat) return refuse('repeat', t.password.mismatch);
    const keepSession = sessionOfRequest(res)?.idHash;
    await setPassword(db, staff.id, password, await me(res), { action: 'password-changed', keepSession });
    res.redirect(303, `${PATHS.myAccount}?done=password`);
  });

  router.post('/account/end-sessions', async (req, res) => {
    const staff = staffOf(res);
    const one = field(req, 'session');
    const current = sessionOfRequest(res)?.idHash;
    const which = /^[0-9a-f]{64}$/.test(one) && one !== current ? { only: one } : { except: current };
    await endSessions(db, staff.id, await me(res), which);
    res.redirect(303, `${PATHS.myAccount}?done=sessions-ended`);
  });

  const renderSetUp = async (req: Request, res: Response, proposed?: string, form?: FormState) => {
    const csrfToken = sessionOfRequest(res)!.csrfToken;
    const view = await setUpView(deps, staffOf(res).id, { action: PATHS.secondFactorSetUp, csrfToken, form }, proposed);
    res.type('html').send(setUpPage(pageContext(req, res, config), view));
  };

  router.get('/account/second-factor', async (req, res) => {
    if ((await findAccount(db, staffOf(res).id)).totpEnabledAt) return res.redirect(303, PATHS.myAccount);
    await renderSetUp(req, res);
  });

  router.post('/account/second-factor', async (req, res) => {
    const staff = staffOf(res);
    if ((await findAccount(db, staff.id)).totpEnabledAt) return res.redirect(303, PATHS.myAccount);
    const secret = proposedSecret(deps.keys, staff.id, req.body);
    if (!secret) return renderSetUp(req, res);
    const now = await deps.clock();
    const step = totpStep(secret, field(req, 'code'), now);
    if (step === undefined) {
      const t = pageContext(req, res, config).t;
      const form = { form: CODE_FORM, values: {}, problems: [{ field: 'code', message: t.signInCode.wrong }] };
      return renderSetUp(req, res.status(400), secret, form);
    }
    const codes = await enableSecondFactor(db, deps.keys, staff.id, secret, step, await me(res));
    res.type('html').send(recoveryCodesPage(pageContext(req, res, config), codes, PATHS.myAccount));
  });

  /** Renewing recovery codes or turning the second step off: each asks a current code from the app. */
  const withCode = (path: string, form: string, run: (req: Request, res: Response) => Promise<void>) =>
    router.post(path, async (req, res) => {
      const staff = staffOf(res);
      if (!(await checkSecondFactor(db, deps.keys, staff.id, field(req, 'code'), await deps.clock()))) {
        const t = pageContext(req, res, config).t;
        const message = problemText(t, t.secondFactor.currentCode, { code: 'code_wrong' });
        return render(req, res, { status: 400, form: { form, values: {}, problems: [{ field: 'code', message }] } });
      }
      await run(req, res);
    });

  withCode('/account/recovery-codes', RECOVERY_FORM, async (req, res) => {
    const codes = await renewRecoveryCodes(db, staffOf(res).id, await me(res));
    res.type('html').send(recoveryCodesPage(pageContext(req, res, config), codes, PATHS.myAccount));
  });

  withCode('/account/second-factor/off', OFF_FORM, async (req, res) => {
    const staff = staffOf(res);
    if (required(res)) {
      const t = pageContext(req, res, config).t;
      return render(req, res, {
        status: 409,
        form: { form: OFF_FORM, values: {}, problems: [], message: t.passwordProblems.required },
      });
    }
    await removeSecondFactor(db, staff.id, await me(res));
    res.redirect(303, `${PATHS.myAccount}?done=second-factor-off`);
  });

  return router;
}
