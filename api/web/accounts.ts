/**
 * /app/accounts: the operator's pages, through the same functions as /api/staff (account-admin.ts), so a
 * page cannot do what the API would refuse and every change is on record. A form that makes a secret
 * (a new token, a password link for an account without an address) answers with the page that shows it,
 * once, instead of a redirect: a secret never travels in a URL and is kept nowhere.
 */
import { Router, type Request, type Response } from 'express';
import type { Mailer } from '../../activities/mailer';
import type { AppDeps } from '../deps';
import { accountEvents, COMMAND_LINE, type AccountChangeBy } from '../auth/account-events';
import {
  changeByOperator,
  disableAccount,
  enableAccount,
  endSessions,
  findAccount,
  makeToken,
  removeSecondFactor,
  revokeToken,
} from '../auth/account-admin';
import { accountChangeSchema, accountSchema, createAccount, shown } from '../auth/accounts';
import { requirePermission } from '../auth/authenticate';
import { givePasswordLink, type LinkDelivery } from '../auth/give-password-link';
import { sessionsOf } from '../auth/sessions';
import type { FormState } from '../../web/forms';
import type { Texts } from '../../web/i18n';
import { PATHS } from '../../web/layout';
import { accountPage, ACCOUNT_FORM } from '../../web/pages/account';
import type { Shown } from '../../web/pages/account-parts';
import { NEW_ACCOUNT_FORM, newAccountPage } from '../../web/pages/account-new';
import { accountsPage } from '../../web/pages/accounts';
import { pageContext } from './context';
import { formFailure, formState } from './form-problems';

const listOf = (v: unknown): string[] => (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []).map(String);
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function labels(t: Texts): Record<string, string> {
  return { id: t.newAccount.login, name: t.newAccount.name, email: t.newAccount.email, roles: t.newAccount.roles };
}

const shownOf = (delivery: LinkDelivery): Shown =>
  'sentTo' in delivery ? { kind: 'link-sent', address: delivery.sentTo } : { kind: 'link', ...delivery };

export function accountsRouter(deps: AppDeps & { mailer: Mailer }): Router {
  const { db } = deps;
  const router = Router();
  const by = async (res: Response): Promise<AccountChangeBy> => ({
    actor: requirePermission(res, 'staff.manage').id,
    at: await deps.clock(),
  });

  router.get('/accounts', async (req, res) => {
    requirePermission(res, 'staff.manage');
    const rows = await db.staffAccount.findMany({ orderBy: { id: 'asc' } });
    const items = rows.map(shown).map((a) => ({
      id: a.id,
      name: a.name,
      roles: a.roles,
      disabled: !!a.disabledAt,
      secondFactor: a.secondFactor,
      lastSignInAt: a.lastSignInAt ?? undefined,
    }));
    res.type('html').send(accountsPage(pageContext(req, res, deps.config), items));
  });

  router.get('/accounts/new', (req, res) => {
    requirePermission(res, 'staff.manage');
    res.type('html').send(newAccountPage(pageContext(req, res, deps.config)));
  });

  router.post('/accounts/new', async (req, res) => {
    const form = (req.body ?? {}) as Record<string, unknown>;
    const roles = listOf(form.roles);
    const body = {
      id: text(form.id).toLowerCase(),
      name: text(form.name),
      roles,
      email: text(form.email) || undefined,
    };
    try {
      const made = await createAccount(db, accountSchema.parse(body), await by(res));
      const delivery = await givePasswordLink(deps, await findAccount(db, made.account.id), await by(res), 'first');
      await renderAccount(req, res, made.account.id, { done: 'created', shown: shownOf(delivery), status: 201 });
    } catch (error) {
      const failure = formFailure(error);
      if (!failure) throw error;
      const ctx = pageContext(req, res, deps.config);
      const state = formState(ctx.t, NEW_ACCOUNT_FORM, form, failure, labels(ctx.t));
      res
        .status(failure.status)
        .type('html')
        .send(newAccountPage(ctx, { ...state, values: { ...state.values, roles: roles.join(',') } }, roles));
    }
  });

  async function renderAccount(
    req: Request,
    res: Response,
    id: string,
    extra: { done?: string; shown?: Shown; form?: FormState; status?: number } = {},
  ) {
    requirePermission(res, 'staff.manage');
    const row = await findAccount(db, id);
    const account = shown(row);
    const now = await deps.clock();
    const [sessions, events, staff] = await Promise.all([
      sessionsOf(db, id, now),
      accountEvents(db, id),
      db.staffAccount.findMany({ select: { id: true, name: true } }),
    ]);
    const ctx = pageContext(req, res, deps.config);
    const names = new Map(staff.map((s) => [s.id, s.name]));
    const html = accountPage(ctx, {
      ...account,
      email: account.email ?? undefined,
      lastSignInAt: account.lastSignInAt ?? undefined,
      disabled: !!account.disabledAt,
      secondFactorSince: row.totpEnabledAt ?? undefined,
      linkLasts: ctx.t.lasts(deps.config.accounts.passwordLinkTtlMs),
      sessions,
      events,
      actorName: (actor) =>
        actor === COMMAND_LINE ? ctx.t.events.commandLine : names.has(actor) ? `${names.get(actor)} (${actor})` : actor,
      done: extra.done,
      shown: extra.shown,
      form: extra.form,
    });
    res
      .status(extra.status ?? 200)
      .type('html')
      .send(html);
  }

  router.get('/accounts/:id', async (req, res) => {
    const done = typeof req.query.done === 'string' ? req.query.done : undefined;
    await renderAccount(req, res, req.params.id as string, { done });
  });

  router.post('/accounts/:id', async (req, res) => {
    const id = req.params.id as string;
    const form = (req.body ?? {}) as Record<string, unknown>;
    const roles = listOf(form.roles);
    try {
      const change = accountChangeSchema.parse({ name: text(form.name), email: text(form.email) || null, roles });
      await changeByOperator(db, id, change, await by(res));
      res.redirect(303, `${PATHS.account(id)}?done=changed`);
    } catch (error) {
      const failure = formFailure(error);
      if (!failure) throw error;
      const t = pageContext(req, res, deps.config).t;
      const state = formState(t, ACCOUNT_FORM, form, failure, labels(t));
      const values = { ...state.values, roles: roles.join(',') };
      await renderAccount(req, res, id, { form: { ...state, values }, status: failure.status });
    }
  });

  /** The buttons of the access panel: each does one thing, on record, and comes back to the page. */
  const act = (path: string, done: string, run: (id: string, by: AccountChangeBy, req: Request) => Promise<unknown>) =>
    router.post(`/accounts/:id/${path}`, async (req, res) => {
      const id = req.params.id as string;
      try {
        await run(id, await by(res), req);
        res.redirect(303, `${PATHS.account(id)}?done=${done}`);
      } catch (error) {
        const failure = formFailure(error);
        if (!failure) throw error;
        const t = pageContext(req, res, deps.config).t;
        const form = formState(t, 'access', {}, failure, {});
        await renderAccount(req, res, id, { form, status: failure.status });
      }
    });
  act('disable', 'disabled', (id, b) => disableAccount(db, id, b));
  act('enable', 'enabled', (id, b) => enableAccount(db, id, b));
  act('revoke-token', 'token-revoked', (id, b) => revokeToken(db, id, b));
  act('remove-second-factor', 'second-factor-off', (id, b) => removeSecondFactor(db, id, b));
  act('end-sessions', 'sessions-ended', (id, b, req) => {
    const one = (req.body as Record<string, unknown> | undefined)?.session;
    return endSessions(db, id, b, { only: typeof one === 'string' && /^[0-9a-f]{64}$/.test(one) ? one : undefined });
  });

  router.post('/accounts/:id/token', async (req, res) => {
    const id = req.params.id as string;
    const token = await makeToken(db, id, await by(res));
    await renderAccount(req, res, id, { shown: { kind: 'token', token } });
  });

  router.post('/accounts/:id/password-link', async (req, res) => {
    const id = req.params.id as string;
    const delivery = await givePasswordLink(deps, await findAccount(db, id), await by(res), 'operator');
    await renderAccount(req, res, id, { shown: shownOf(delivery) });
  });

  return router;
}
