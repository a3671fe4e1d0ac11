/**
 * What an action needs the register for before it goes to the complaint's workflow, which cannot read
 * the register itself: whether the staff account it names exists.
 */
import { z } from 'zod';
import type { ActionInput, ActionName } from '../../domain/actions';
import type { Database } from '../../infra/database';
import { badRequest } from '../errors';

type Check<A extends ActionName> = (db: Database, action: ActionInput<A>) => Promise<void>;

const isEmail = (value: string) => z.email().safeParse(value).success;

export const REGISTER_CHECKS: { [A in ActionName]?: Check<A> } = {
  /** One staff account by login name, or else one outside e-mail address. */
  assign: async (db, { handler }) => {
    if (await db.staffAccount.findUnique({ where: { id: handler }, select: { id: true } })) return;
    if (!isEmail(handler)) throw badRequest([{ field: 'handler', reason: 'no staff account has this login name' }]);
  },
};
