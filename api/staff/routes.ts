/** /api/staff: operators make staff accounts; the token is in the answer once and never again. */
import { Router } from 'express';
import { Prisma } from '../../generated/prisma/client';
import type { Database } from '../../infra/database';
import { accountSchema, createAccount } from '../auth/accounts';
import { allow } from '../auth/authenticate';
import { HttpError } from '../errors';

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

  router.get('/', allow('staff.manage'), async (_req, res) => {
    const rows = await db.staffAccount.findMany({ orderBy: { id: 'asc' } });
    res.json({ items: rows.map(({ tokenHash: _hash, ...rest }) => ({ ...rest, roles: rest.roles.split(',') })) });
  });

  return router;
}
