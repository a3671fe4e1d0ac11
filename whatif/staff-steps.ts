/**
 * Issue 22: a staff step of a life as the Update the replay sends: the same actions staff took, with
 * placeholder words, and a promised date as many days ahead of the replay's moment as it really was.
 */
import type { ActionName } from '../domain/actions';
import { addDays, localDate } from '../domain/calendar';
import type { LifeStep } from './lives';

/** Words where an action needs text: the replay carries no complaint's words. */
export const PLACEHOLDER = 'what-if';
/** Who acts in the replay: no member of staff is named. */
export const REPLAY_ACTOR = 'what-if';

/** The Update and its body for a staff step, made at the replay's moment `at` (dates from its calendar). */
export function actionOf(step: LifeStep, at: string, zone: string): [ActionName, Record<string, unknown>] | undefined {
  const by = REPLAY_ACTOR;
  switch (step.action) {
    case 'callback-done':
      return ['callback-done', { by, outcome: step.outcome, answer: PLACEHOLDER }];
    case 'cannot-answer-in-time':
      return [
        'cannot-answer-in-time',
        { by, way: PLACEHOLDER, expectedBy: addDays(localDate(at, zone), step.aheadDays) },
      ];
    case 'reply-sent':
      return [
        'reply-sent',
        { by, channel: step.channel, ...(step.channel === 'elsewhere' ? {} : { text: PLACEHOLDER }) },
      ];
    case 'close':
      return ['close', { by, resolution: PLACEHOLDER, category: PLACEHOLDER, cause: PLACEHOLDER }];
    case 'withdraw':
      return ['withdraw', { by }];
    case 'reopen':
      return ['reopen', { by, reason: PLACEHOLDER }];
    default:
      return undefined;
  }
}
