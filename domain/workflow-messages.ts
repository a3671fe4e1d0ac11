/**
 * The complaint workflow's messages, without their schemas: each staff action's Update (its wire name,
 * who may send it), the status query, the contact signal and the task queue. The workflow imports this,
 * not domain/actions.ts, so the validation library stays out of the workflow bundle: the API has checked
 * each action's body against its schema before sending it, and the worker refuses what did not come
 * encrypted from the API (domain/sealed-messages.ts). domain/actions.ts adds the schemas and the docs, keyed
 * by the same names, so the compiler points at an action that misses either.
 */
import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ActionInput } from './actions';
import type { ComplaintState, ContactRoutes } from './complaint';
import type { Role } from './roles';

/** Each staff action's Update name on the wire (recorded histories hold it: never rename one) and its roles. */
export const ACTION_MESSAGES = {
  // R7: the callback is an oral answer, given on the organisation's behalf.
  'callback-done': { update: 'callbackDone', roles: ['representative'] },
  'written-confirmation': { update: 'requestWrittenConfirmation', roles: ['representative'] },
  'cannot-answer-in-time': { update: 'cannotAnswerInTime', roles: ['handler', 'manager'] },
  'reply-sent': { update: 'replySent', roles: ['handler', 'manager'] },
  close: { update: 'close', roles: ['handler', 'manager'] },
  withdraw: { update: 'withdraw', roles: ['intake', 'handler', 'manager'] },
  reopen: { update: 'reopen', roles: ['handler', 'manager'] },
  'send-message': { update: 'sendMessage', roles: ['handler', 'manager'] },
  'resend-message': { update: 'resendMessage', roles: ['intake', 'handler', 'manager'] },
  assign: { update: 'assign', roles: ['intake', 'handler', 'manager'] },
} as const satisfies Record<string, { update: string; roles: readonly Role[] }>;

export type ActionName = keyof typeof ACTION_MESSAGES;
export const ACTION_NAMES = Object.keys(ACTION_MESSAGES) as ActionName[];

const UPDATES = Object.fromEntries(
  ACTION_NAMES.map((name) => [name, defineUpdate(ACTION_MESSAGES[name].update)]),
) as Record<ActionName, UpdateDefinition<ComplaintState, [unknown]>>;

/** The Update of action `name`, typed by its input. */
export function updateOf<A extends ActionName>(name: A): UpdateDefinition<ComplaintState, [ActionInput<A>]> {
  return UPDATES[name] as unknown as UpdateDefinition<ComplaintState, [ActionInput<A>]>;
}

/**
 * Sent by PATCH /api/complaints/:ref/complainant once the register holds the corrected contact details:
 * the workflow learns only which routes exist now, never the details themselves. A signal: the
 * correction is done already, nothing can refuse it, and it must reach the workflow even while no
 * worker runs.
 */
export const contactChangedSignal = defineSignal<[{ by: string; contact: ContactRoutes }]>('contactChanged');

export const statusQuery = defineQuery<ComplaintState>('status');

/** The task queue the complaint worker polls. */
export const TASK_QUEUE = 'complaints';
