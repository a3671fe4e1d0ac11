/** /api/staff: operators make staff accounts; the token is in the answer once and never again. */
import { Router } from 'express';
import { Prisma } from '../../generated/prisma/client';
import type { Database } from '../../infra/database';
import { accountSchema, createAccount, rotateToken } from '../auth/accounts';
import { allow, staffOf } from '../auth/authenticate';
import { HttpError, notFound } from '../errors';

type AccountRow = Awaited<ReturnType<Database['staffAccount']['findUniqueOrThrow']>>;

/** An account as operators see it: never its token or password hash, only whether it has a password. */
const shown = ({ tokenHash: _hash, passwordHash, ...rest }: AccountRow) => ({
  ...rest,
  roles: rest.roles.split(','),
  hasPassword: passwordHash !== null,
});

async function findAccount(db: Database, id: string): Promise<AccountRow> {
  const row = await db.staffAccount.findUnique({ where: { id } });
  if (!row) throw notFound(`account ${id}`);
  return row;
}

export function staffRouter(deps: { db: Database }): Router {
  const { db } = deps;
  const router = Router();

  router.post('/', allow('staff.manage'), async (req, res) => {
    const account = accountSchema.parse(req.body);
    try {
      const made = await createAccount(db, account);
      res.status(201).location(`/api/staff/${made.account.id}`).json(made);
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new HttpError(409, `an account ${account.id} exists already`);
      }
      throw error;
    }
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
