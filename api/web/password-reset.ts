/**
 * A forgotten password, without a session. "Forgot password" answers the same page whether or not an
 * account goes by the name or address given, and as fast: the link is made and mailed after the answer.
 * Each client address may ask PASSWORD_LINK_MAX times per PASSWORD_LINK_WINDOW (counted in the register,
 * as the public form's limit); each account gets at most a few self-asked links an hour, beyond which
 * the request is answered as always but mails nothing. The link's page sets the password once.
 */
import { Router, type Request, type Response } from 'express';
import type { Mailer } from '../../activities/mailer';
import type { AppDeps } from '../deps';
import { passwordProblem } from '../auth/password-policy';
import { linksAskedSince, makePasswordLink, openPasswordLink, usePasswordLink } from '../auth/password-links';
import { sendPasswordLinkMail } from '../auth/give-password-link';
import { HttpError } from '../errors';
import { rateLimit } from '../public/rate-limit';
import type { FormState } from '../../web/forms';
import { PATHS } from '../../web/layout';
import { problemText } from '../../web/problems';
import {
  FORGOT_FORM,
  forgotPasswordPage,
  linkGonePage,
  linkSentPage,
  NEW_PASSWORD_FORM,
  newPasswordPage,
} from '../../web/pages/password';
import { pageContext } from './context';
import { signInCsrf, signInToken } from './csrf';

/** Links a person may have mailed to themselves per hour: enough for a mail that went astray, not for a flood. */
const LINKS_PER_ACCOUNT_PER_HOUR = 3;
const HOUR_MS = 60 * 60_000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const field = (body: unknown, name: string, max = 1_000) => {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
};

export function passwordResetRouter(deps: AppDeps & { mailer: Mailer }): Router {
  const { db, config } = deps;
  const router = Router();
  const limit = rateLimit(db, 'password-link', config.accounts.passwordLinkLimit, 'requests');
  /** The register's count for this client address: true when it asked too often (the limit answers 429). */
  const limited = async (req: Request): Promise<boolean> => {
    try {
      await limit.take(req);
      return false;
    } catch (error) {
      if (error instanceof HttpError && error.status === 429) return true;
      throw error;
    }
  };

  const renderForgot = (req: Request, res: Response, form?: FormState) =>
    res
      .type('html')
      .send(forgotPasswordPage(pageContext(req, res, config), { csrfToken: signInToken(req, res), form }));

  router.get('/forgot-password', (req, res) => renderForgot(req, res));

  router.post('/forgot-password', signInCsrf, async (req, res) => {
    const t = pageContext(req, res, config).t;
    const who = field(req.body, 'who', 254).trim().toLowerCase();
    const message = (text: string): FormState => ({
      form: FORGOT_FORM,
      values: { who },
      problems: [{ field: 'who', message: text }],
    });
    if (!who) return renderForgot(req, res.status(400), message(t.password.missing));
    if (await limited(req)) return renderForgot(req, res.status(429), message(t.password.tooMany));
    res.type('html').send(linkSentPage(pageContext(req, res, config), t.lasts(config.accounts.passwordLinkTtlMs)));
    // After the answer, so that its timing does not tell whether the account exists.
    void mailLink(who).catch((error: Error) => console.error('a password link could not be sent:', error.message));
  });

  async function mailLink(who: string): Promise<void> {
    const account = await db.staffAccount.findFirst({ where: { OR: [{ id: who }, { email: who }] } });
    if (!account?.email || account.disabledAt) return;
    const now = await deps.clock();
    if ((await linksAskedSince(db, account.id, new Date(now.getTime() - HOUR_MS))) >= LINKS_PER_ACCOUNT_PER_HOUR)
      return;
    const by = { actor: account.id, at: now };
    const link = await makePasswordLink(db, account.id, by, config.accounts.passwordLinkTtlMs, {
      sentTo: account.email,
    });
    await sendPasswordLinkMail(deps, account, link, 'forgotten');
  }

  const linkOf = async (req: Request) => {
    const token = req.params.token as string;
    if (!TOKEN.test(token)) return null;
    const opened = await openPasswordLink(db, token, await deps.clock());
    return opened && { token, ...opened };
  };

  router.get('/password/:token', async (req, res) => {
    const link = await linkOf(req);
    const ctx = pageContext(req, res, config);
    if (!link) return res.status(404).type('html').send(linkGonePage(ctx));
    res
      .type('html')
      .send(newPasswordPage(ctx, { csrfToken: signInToken(req, res), token: link.token, login: link.accountId }));
  });

  router.post('/password/:token', signInCsrf, async (req, res) => {
    const link = await linkOf(req);
    const ctx = pageContext(req, res, config);
    if (!link) return res.status(404).type('html').send(linkGonePage(ctx));
    const password = field(req.body, 'password');
    const reason = passwordProblem(password, link.accountId);
    const problems = reason
      ? [{ field: 'password', message: problemText(ctx.t, ctx.t.myAccount.new, reason) }]
      : password !== field(req.body, 'repeat')
        ? [{ field: 'repeat', message: ctx.t.password.mismatch }]
        : [];
    if (problems.length) {
      const form = { form: NEW_PASSWORD_FORM, values: {}, problems };
      const view = { csrfToken: signInToken(req, res), token: link.token, login: link.accountId, form };
      return res.status(400).type('html').send(newPasswordPage(ctx, view));
    }
    if (!(await usePasswordLink(db, link.token, password, await deps.clock()))) {
      return res.status(404).type('html').send(linkGonePage(ctx));
    }
    res.redirect(303, `${PATHS.signIn}?password-set=1`);
  });

  return router;
}
