/**
 * Issue 22: a policy is the part of the procedure's configuration that shapes terms. The baseline is
 * today's configuration; a proposal is the baseline with some of its variables set otherwise, written
 * as the variables themselves (`REPLY_TERM_DAYS=10`) and read by the same parser the service starts
 * with (infra/config.ts), so a proposal means exactly what the same setting would mean in production.
 */
import { loadConfig } from '../infra/config';
import type { ProcedureTerms } from '../domain/terms';
import type { WorkingCalendar } from '../domain/working-calendar';

/**
 * The variables a proposal may set — those whose values travel in a complaint's terms — and where each
 * lands in the terms (infra/config.ts maps them so).
 */
const TERM_OF = {
  REPLY_TERM_DAYS: ['replyTermDays'],
  REPLY_TERM_IN_WORKING_DAYS: ['replyTermInWorkingDays'],
  MINIMUM_HANDLING_DAYS: ['minimumHandlingDays'],
  DEFAULT_EXTENSION_DAYS: ['defaultExtensionDays'],
  MAX_PROMISE_DAYS: ['maxPromiseDays'],
  ACKNOWLEDGEMENT_LEAD: ['acknowledgementLeadMs'],
  CALLBACK_DUE: ['callbackDueMs'],
  CALLBACK_REMINDER_INTERVAL: ['callbackReminderIntervalMs'],
  CALLBACK_MAX_REMINDERS: ['callbackMaxReminders'],
  CALLBACK_IN_WORKING_HOURS: ['callbackInWorkingHours'],
  PROMISE_REMINDER_LEAD: ['promiseReminderLeadMs'],
  PROMISES_ON_WORKING_DAYS: ['promisesOnWorkingDays'],
  CLOSE_REMINDER_AFTER: ['closeReminderMs'],
  LETTER_POSTING_TIME: ['letterPostingMs'],
  POSTAL_DELIVERY_TIME: ['postalDeliveryMs'],
  WORKING_DAYS: ['calendar', 'workingDays'],
  PUBLIC_HOLIDAYS: ['calendar', 'publicHolidays'],
  EXTRA_CLOSED_DATES: ['calendar', 'extraClosedDates'],
  OPENING_HOURS: ['calendar', 'hours'],
  REOPEN_REPLY_TERM_DAYS: ['reopenReplyTermDays'],
  REOPEN_WINDOW: ['reopenWindowMs'],
} as const satisfies Record<string, readonly [keyof ProcedureTerms] | readonly ['calendar', keyof WorkingCalendar]>;

export const POLICY_SETTINGS = Object.keys(TERM_OF) as (keyof typeof TERM_OF)[];
export type PolicySetting = (typeof POLICY_SETTINGS)[number];

export type Overrides = Partial<Record<PolicySetting, string>>;

/** A setting the proposal cannot change, or a value its parser refuses; `setting` names it. */
export class PolicyError extends Error {
  constructor(
    readonly code: 'unknown_setting' | 'invalid_setting',
    readonly setting: string,
    message: string,
  ) {
    super(message);
  }
}

const isPolicySetting = (name: string): name is PolicySetting => (POLICY_SETTINGS as readonly string[]).includes(name);

/** `KEY=VALUE` pairs as given on the command line or in a query string. */
export function parseOverrides(pairs: readonly string[]): Overrides {
  const overrides: Overrides = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const name = (eq < 0 ? pair : pair.slice(0, eq)).trim();
    if (!isPolicySetting(name)) {
      throw new PolicyError('unknown_setting', name, `${name} is not a setting of the procedure's terms`);
    }
    overrides[name] = eq < 0 ? '' : pair.slice(eq + 1).trim();
  }
  return overrides;
}

/** The terms of the configuration `env`: the baseline, as the service starts with it. */
export function policyOf(env: NodeJS.ProcessEnv): ProcedureTerms {
  return loadConfig(env).terms;
}

/** `baseline` with `overrides` set, each value parsed and checked as at start-up. */
export function proposalOf(baseline: ProcedureTerms, overrides: Overrides): ProcedureTerms {
  let parsed: ProcedureTerms;
  try {
    parsed = loadConfig(overrides).terms;
  } catch (error) {
    const setting = Object.keys(overrides).find((name) => String(error).includes(`${name}:`));
    if (setting) throw new PolicyError('invalid_setting', setting, String((error as Error).message));
    throw error;
  }
  const proposal: ProcedureTerms = { ...baseline, calendar: { ...baseline.calendar } };
  for (const name of Object.keys(overrides) as PolicySetting[]) {
    const path = TERM_OF[name];
    if (path.length === 1) Object.assign(proposal, { [path[0]]: parsed[path[0]] });
    else Object.assign(proposal.calendar, { [path[1]]: parsed.calendar[path[1]] });
  }
  return proposal;
}
