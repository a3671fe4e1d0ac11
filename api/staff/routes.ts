/** /api/staff: operators make and change staff accounts; a token is in an answer once and never again. */
import { Router } from 'express';
import type { Database } from '../../infra/database';
import { accountChangeSchema, accountSchema, changeAccount, createAccount, rotateToken, shown } from '../auth/accounts';
import { allow, staffOf } from '../auth/authenticate';
import { HttpError, notFound } from '../errors';

async function findAccount(db: Database, id: string) {
  const row = await db.staffAccount.findUnique({ where: { id } });
  if (!row) throw notFound(`account ${id}`);
  return row;
}

export function staffRouter(deps: { db: Database }): Router {
  const { db } = deps;
  const router = Router();

  router.post('/', allow('staff.manage'), async (req, res) => {
    const made = await createAccount(db, accountSchema.parse(req.body));
    res.status(201).location(`/api/staff/${made.account.id}`).json(made);
  });

  /** Name, e-mail address (reminders go there from the next one on) and roles; the token stays. */
  router.patch('/:id', allow('staff.manage'), async (req, res) => {
    const id = req.params.id as string;
    const change = accountChangeSchema.parse(req.body);
    // As with disabling: an operator who drops their own role could leave nobody to manage accounts.
    if (id === staffOf(res).id && change.roles && !change.roles.includes('operator')) {
      throw new HttpError(409, 'an operator cannot take the operator role from their own account');
    }
    res.json({ account: shown(await changeAccount(db, id, change)) });
  });

  /** A stolen or lost token: disable the account at once; enable it again with a new token. */
  router.post('/:id/disable', allow('staff.manage'), async (req, res) => {
    const id = req.params.id as string;
    if (id === staffOf(res).id) throw new HttpError(409, 'an operator cannot disable their own account');
    const account = await findAccount(db, id);
    const row = account.disabledAt
      ? account
      : await db.staffAccount.update({ where: { id }, data: { disabledAt: new Date() } });
    res.json({ account: shown(row) });
  });

  router.post('/:id/enable', allow('staff.manage'), async (req, res) => {
    const id = req.params.id as string;
    await findAccount(db, id);
    const row = await db.staffAccount.update({ where: { id }, data: { disabledAt: null } });
    res.json({ account: shown(row) });
  });

  /** A new token (shown once); the old one stops working at once. */
  router.post('/:id/token', allow('staff.manage'), async (req, res) => {
    const id = req.params.id as string;
    const account = await findAccount(db, id);
    res.json({ account: shown(account), token: await rotateToken(db, id) });
  });

  router.get('/', allow('staff.manage'), async (_req, res) => {
    const rows = await db.staffAccount.findMany({ orderBy: { id: 'asc' } });
    res.json({ items: rows.map(shown) });
  });

  return router;
}
