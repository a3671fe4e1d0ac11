/**
 * /api/staff: operators make and change staff accounts; a token is in an answer once and never again.
 * The same functions as the accounts pages (api/auth/account-admin.ts), so every change is on record.
 */
import { Router, type Response } from 'express';
import type { Mailer } from '../../activities/mailer';
import type { AppDeps } from '../deps';
import { accountEvents, type AccountChangeBy } from '../auth/account-events';
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
import { allow, staffOf } from '../auth/authenticate';
import { givePasswordLink } from '../auth/give-password-link';
import { sessionsOf } from '../auth/sessions';

export function staffRouter(deps: AppDeps & { mailer: Mailer }): Router {
  const { db } = deps;
  const router = Router();
  const by = async (res: Response): Promise<AccountChangeBy> => ({ actor: staffOf(res).id, at: await deps.clock() });

  /**
   * A new account, its token (shown once), and a link for its person to choose a password: mailed to
   * its address (`passwordLink: { sentTo }`), or in this answer, once (`passwordLink: { url, expiresAt }`).
   */
  router.post('/', allow('staff.manage'), async (req, res) => {
    const made = await createAccount(db, accountSchema.parse(req.body), await by(res));
    const passwordLink = await givePasswordLink(deps, await findAccount(db, made.account.id), await by(res), 'first');
    res
      .status(201)
      .location(`/api/staff/${made.account.id}`)
      .json({ ...made, passwordLink });
  });

  router.get('/', allow('staff.manage'), async (_req, res) => {
    const rows = await db.staffAccount.findMany({ orderBy: { id: 'asc' } });
    res.json({ items: rows.map(shown) });
  });

  /** The account, its sessions and its history: who changed what, when. */
  router.get('/:id', allow('staff.manage'), async (req, res) => {
    const id = req.params.id as string;
    const account = await findAccount(db, id);
    const [sessions, events] = await Promise.all([sessionsOf(db, id, await deps.clock()), accountEvents(db, id)]);
    res.json({
      account: shown(account),
      sessions: sessions.map(({ createdAt, lastSeenAt, address, userAgent }) => ({
        createdAt,
        lastSeenAt,
        address,
        userAgent,
      })),
      events,
    });
  });

  /** Name, e-mail address (reminders go there from the next one on) and roles; the token stays. */
  router.patch('/:id', allow('staff.manage'), async (req, res) => {
    const change = accountChangeSchema.parse(req.body);
    res.json({ account: shown(await changeByOperator(db, req.params.id as string, change, await by(res))) });
  });

  /** A stolen or lost token: disable the account at once; enable it again with a new token. */
  router.post('/:id/disable', allow('staff.manage'), async (req, res) => {
    res.json({ account: shown(await disableAccount(db, req.params.id as string, await by(res))) });
  });

  router.post('/:id/enable', allow('staff.manage'), async (req, res) => {
    res.json({ account: shown(await enableAccount(db, req.params.id as string, await by(res))) });
  });

  /** A new token (shown once); the old one stops working at once. */
  router.post('/:id/token', allow('staff.manage'), async (req, res) => {
    const id = req.params.id as string;
    const token = await makeToken(db, id, await by(res));
    res.json({ account: shown(await findAccount(db, id)), token });
  });

  /** No token works for the account any more (until a new one is made). */
  router.post('/:id/revoke-token', allow('staff.manage'), async (req, res) => {
    res.json({ account: shown(await revokeToken(db, req.params.id as string, await by(res))) });
  });

  /** A link to choose a new password: mailed, or in this answer once when the account has no address. */
  router.post('/:id/password-link', allow('staff.manage'), async (req, res) => {
    const account = await findAccount(db, req.params.id as string);
    res.json({ passwordLink: await givePasswordLink(deps, account, await by(res), 'operator') });
  });

  router.post('/:id/end-sessions', allow('staff.manage'), async (req, res) => {
    res.json({ ended: await endSessions(db, req.params.id as string, await by(res)) });
  });

  /** A lost phone: the second factor goes; the person sets it up again. */
  router.post('/:id/remove-second-factor', allow('staff.manage'), async (req, res) => {
    const id = req.params.id as string;
    await removeSecondFactor(db, id, await by(res));
    res.json({ account: shown(await findAccount(db, id)) });
  });

  return router;
}
