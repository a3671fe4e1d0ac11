/**
 * What an action needs the register for before it goes to the complaint's workflow, which cannot read
 * the register itself: whether the staff account it names exists; a category and cause as the entries of
 * the managed lists (R6). A check may answer the action with its values so made; the workflow gets that.
 */
import { z } from 'zod';
import { problem } from '../../domain/problems';
import type { ActionInput, ActionName } from '../../domain/actions';
import type { Database } from '../../infra/database';
import { COMPLAINANT_MESSAGE_PURPOSES } from '../../domain/notifications';
import { refuse } from '../../domain/refusals';
import { badRequest, notFound } from '../errors';
import { mayHandle } from '../auth/handlers';
import { listValue } from '../lists/list-values';

type Check<A extends ActionName> = (
  db: Database,
  action: ActionInput<A>,
  reference: string,
) => Promise<ActionInput<A> | void>;

const isEmail = (value: string) => z.email().safeParse(value).success;

export const REGISTER_CHECKS: { [A in ActionName]?: Check<A> } = {
  /** One enabled staff account that may handle complaints, by login name; or else one outside e-mail address. */
  assign: async (db, { handler }) => {
    const account = await db.staffAccount.findUnique({
      where: { id: handler },
      select: { roles: true, disabledAt: true },
    });
    if (account) {
      if (!mayHandle(account)) throw badRequest([problem('handler', 'not_handler')]);
      return;
    }
    if (!isEmail(handler)) throw badRequest([problem('handler', 'unknown_handler')]);
  },

  /** R6: category and cause are entries of their lists (when kept), by the entry's own name; both named at once. */
  close: async (db, action) => {
    const [category, cause] = await Promise.all([
      listValue(db, 'category', action.category),
      listValue(db, 'cause', action.cause),
    ]);
    const problems = [category.problem, cause.problem].filter((p) => p !== undefined);
    if (problems.length) throw badRequest(problems);
    return { ...action, category: category.value ?? action.category, cause: cause.value ?? action.cause };
  },

  /** Only a message to the complainant that failed for good can be sent again (a pending one still retries). */
  'resend-message': async (db, { messageId }, reference) => {
    const message = await db.message.findFirst({ where: { id: messageId, reference } });
    if (!message || !(COMPLAINANT_MESSAGE_PURPOSES as readonly string[]).includes(message.purpose)) {
      throw notFound(`message ${messageId} to the complainant of ${reference}`);
    }
    if (message.status !== 'failed') refuse('message_not_failed', { messageId, status: message.status });
  },
};
