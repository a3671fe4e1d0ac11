/**
 * How the procedure and the service say no, as codes with parameters. A refused staff action carries its
 * refusal (or its field problems, domain/problems.ts) in the failure's details, so the API answers
 * `{ error, code, params }` or `{ error, fields: [{ field, code, reason }] }` without parsing messages, and
 * a page words it from the code in its own language (web/i18n is typed by this list). The English
 * `error` is for programs and logs. The workflow's validators and the API's own checks throw the same.
 */
import { ApplicationFailure } from '@temporalio/common';
import type { FieldProblem } from './problems';

/** The complaint's state does not allow the action now (HTTP 409). */
export const INVALID_STATE = 'InvalidState';
/** The action's input is wrong (HTTP 400). */
export const INVALID_INPUT = 'InvalidInput';

type P = Record<string, string | number>;
const CHANNEL_WORDS: Record<string, string> = { email: 'by e-mail', letter: 'by letter', elsewhere: 'elsewhere' };
/** Actions as the English reasons name them: "a callback is not possible while …". */
const ACTION_WORDS: Record<string, string> = {
  'callback-done': 'a callback',
  'cannot-answer-in-time': 'an acknowledgement',
  close: 'closing',
};

/** Every refusal, with its English reason. `at` parameters are ISO instants; pages show them in words. */
export const REFUSAL_REASONS = {
  complaint_ended: (p: P) => `complaint ${p.reference} is ${p.phase}`,
  complaint_anonymised: (p: P) => `complaint ${p.reference} is anonymised`,
  not_now: (p: P) => `${ACTION_WORDS[p.action] ?? p.action} is not possible while the complaint is ${p.phase}`,
  no_email: () => 'the complainant has no e-mail address',
  no_postal: () => 'the complainant has no postal address for a letter',
  no_written_route: () =>
    'the complainant has no e-mail or postal address for the written answer; record one first, or resolve it on the phone',
  no_oral_answer: () => 'there is no oral answer to confirm yet',
  confirmation_sent: (p: P) => `the written confirmation went out on ${p.when} (${CHANNEL_WORDS[p.channel]})`,
  reply_sent: (p: P) => `the reply went out on ${p.when} (${CHANNEL_WORDS[p.channel]}); it cannot be changed`,
  only_closed_reopens: (p: P) => `only a closed complaint can be reopened; this one is ${p.phase}`,
  message_not_failed: (p: P) => `message ${p.messageId} is ${p.status}, not failed: nothing to send again`,
  message_not_letter: (p: P) => `message ${p.messageId} went by ${p.channel}, not by letter`,
  satisfaction_not_closed: () => 'the question is asked once the complaint is closed',
  satisfaction_answered: () => 'this question has been answered already, thank you',
  unsealed: () => 'refused: this message did not come encrypted from the complaint service',
  not_taken_in_time: () =>
    'the complaint service did not take the action in time; repeat it with the same Idempotency-Key',
  form_sent_before: () => 'this form was sent before with another text',
  form_expired: () => 'the form has expired',
  cross_site: () => 'form posted from another site',
  csrf: () => 'form without a valid CSRF token',
  too_many: (p: P) => `too many ${p.counted} from this address; try again in ${p.retryAfter} seconds`,
  account_exists: (p: P) => `an account ${p.id} exists already`,
  email_taken: (p: P) => `the e-mail address ${p.address} belongs to account ${p.owner}`,
  own_operator_role: () => 'an operator cannot take the operator role from their own account',
  own_disable: () => 'an operator cannot disable their own account',
  second_factor_required: () => 'the second factor is required for this account',
  key_reused: () => 'Idempotency-Key was already used for a different request',
  key_in_progress: () => 'a request with this Idempotency-Key is still in progress',
  not_found: (p: P) => `${p.what} not found`,
  method_not_allowed: (p: P) => `${p.method} is not allowed on ${p.path}: use ${p.allow}`,
  authentication_required: () => 'authentication required: a staff token or a signed-in session',
  unknown_token: () => 'unknown or disabled token',
  csrf_header: () => 'a signed-in session must send its CSRF token in X-CSRF-Token',
  forbidden: (p: P) => `${p.id} may not ${p.permission} (roles: ${p.roles})`,
  body_too_large: () => 'request body too large',
  malformed_body: () => 'malformed request body',
  undecodable: (p: P) => `${p.detail}`,
  temporal_web_unreachable: () => 'Temporal Web does not answer',
  invalid_request: () => 'invalid request',
  /** A refusal from a workflow older than the codes: its English reason as it came. */
  refused: (p: P) => `${p.reason}`,
} satisfies Record<string, (params: P) => string>;

export type RefusalCode = keyof typeof REFUSAL_REASONS;

/** A refusal: its code and the parameters its wording may use. */
export interface Refusal {
  code: RefusalCode;
  params?: P;
}

export function reasonOf(refusal: Refusal): string {
  return REFUSAL_REASONS[refusal.code](refusal.params ?? {});
}

export function isRefusalCode(value: unknown): value is RefusalCode {
  return typeof value === 'string' && Object.hasOwn(REFUSAL_REASONS, value);
}

/** The state forbids it. */
export function refuse(code: RefusalCode, params?: P): never {
  const refusal: Refusal = { code, ...(params ? { params } : {}) };
  throw ApplicationFailure.create({
    type: INVALID_STATE,
    message: reasonOf(refusal),
    nonRetryable: true,
    details: [refusal],
  });
}

/** The input is wrong: each problem names its field and code. */
export function invalid(...problems: FieldProblem[]): never {
  const message = problems.map((p) => `${p.field}: ${p.reason}`).join('; ');
  throw ApplicationFailure.create({ type: INVALID_INPUT, message, nonRetryable: true, details: problems });
}
