/**
 * What an action needs the register for before it goes to the complaint's workflow, which cannot read
 * the register itself: whether the staff account it names exists.
 */
import { z } from 'zod';
import type { ActionInput, ActionName } from '../../domain/actions';
import type { Database } from '../../infra/database';
import { COMPLAINANT_MESSAGE_PURPOSES } from '../../domain/notifications';
import { refuse } from '../../domain/refusals';
import { badRequest, notFound } from '../errors';

type Check<A extends ActionName> = (db: Database, action: ActionInput<A>, reference: string) => Promise<void>;

const isEmail = (value: string) => z.email().safeParse(value).success;

export const REGISTER_CHECKS: { [A in ActionName]?: Check<A> } = {
  /** One staff account by login name, or else one outside e-mail address. */
  assign: async (db, { handler }) => {
    if (await db.staffAccount.findUnique({ where: { id: handler }, select: { id: true } })) return;
    if (!isEmail(handler)) throw badRequest([{ field: 'handler', reason: 'no staff account has this login name' }]);
  },

  /** Only a message to the complainant that failed for good can be sent again (a pending one still retries). */
  'resend-message': async (db, { messageId }, reference) => {
    const message = await db.message.findFirst({ where: { id: messageId, reference } });
    if (!message || !(COMPLAINANT_MESSAGE_PURPOSES as readonly string[]).includes(message.purpose)) {
      throw notFound(`message ${messageId} to the complainant of ${reference}`);
    }
    if (message.status !== 'failed')
      refuse(`message ${messageId} is ${message.status}, not failed: nothing to send again`);
  },
};
