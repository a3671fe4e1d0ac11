/**
 * What can be wrong with one field of a request, as codes with parameters. A schema names its problem
 * by code (`.min(1, 'required')`), a check by code and parameters; the JSON API answers each with its
 * code and an English `reason` for programs and logs (below), and a page words it in its own language
 * from the code (web/i18n, typed by this list, so a new code without its Dutch text does not compile).
 * Nothing a validation library says in its own words reaches a person: an issue whose code is not ours
 * is mapped to one of ours by its kind.
 */
import type { z } from 'zod';

/** The parameters a problem's wording may use. */
export type ProblemParams = Record<string, string | number>;

/** Every problem a field can have, with its English reason (for programs, logs and curl). */
export const PROBLEM_REASONS = {
  required: () => 'must not be empty',
  choose: () => 'must be one of the choices offered',
  number: () => 'must be a whole number in range',
  email: () => 'must be an e-mail address',
  too_long: (p: ProblemParams) => `must be at most ${p.max} characters`,
  control_characters: () => 'must not contain control characters',
  date: () => 'must be a date as YYYY-MM-DD',
  moment: () => 'must be an ISO date (YYYY-MM-DD) or date-time with time zone',
  after_today: () => 'the expected date must lie after today',
  within_days: (p: ProblemParams) => `must lie within ${p.days} days from today`,
  not_working_day: (p: ProblemParams) => `is not a working day; the next working day is ${p.next}`,
  in_future: () => 'must not lie in the future',
  too_old: (p: ProblemParams) => `must not be older than ${p.days} days (MAX_RECEIPT_AGE)`,
  reply_text: () => 'the reply to send must be given',
  written_route: () => 'a written complaint needs an e-mail or a postal address to answer',
  callback_route: () => 'an oral complaint to call back needs a phone number, an e-mail or a postal address',
  only_oral: () => 'only an oral complaint (phone, in_person) can be answered at once',
  unknown_handler: () => 'no staff account has this login name',
  unknown_complaint: () => 'no complaint in the register has this reference',
  not_in_list: (p: ProblemParams) => `must be an entry of the ${p.list} list in use`,
  list_entry_exists: () => 'the list has an entry of this name already',
  attachment_count: (p: ProblemParams) => `at most ${p.max} files at once`,
  attachment_size: (p: ProblemParams) => `${p.name} is larger than ${p.max} bytes`,
  attachment_type: (p: ProblemParams) => `${p.name} is not a PDF, JPEG or PNG file (by its content)`,
  not_handler: () => 'this staff account may not handle complaints (roles handler, manager), or is disabled',
  handler: () => 'must be one staff login name or one e-mail address',
  score: () => 'must be 1 to 5',
  reference: () => 'must be a reference like KL-2026-00042',
  after_end: () => 'must not lie after to',
  both_dates: () => 'give both from and to, or neither',
  period_too_long: (p: ProblemParams) => `a period spans at most ${p.days} days`,
  email_or_reference: () => 'give an e-mail address or a reference',
  nothing_to_correct: () => 'give at least one detail to correct',
  unknown_field: () => 'unknown field',
  login_name: () => 'must be a login name: a-z, 0-9, . _ @ -',
  reserved_login: () => 'is reserved for the service itself',
  roles: () => 'give at least one role',
  nothing_to_change: () => 'give name, email or roles to change',
  base64: () => 'must be base64',
  idempotency_key: () => '1 to 200 visible ASCII characters',
  confirm: () => 'must be confirmed',
  password_short: (p: ProblemParams) => `must be at least ${p.min} characters`,
  password_common: () => 'is one of the most common passwords',
  password_login: () => 'must not be the login name',
  code_wrong: () => 'the code is not right',
  invalid: () => 'is not valid',
  status_code_wrong: () => 'this reference and code do not belong together',
  title_taken: () => 'a template of this language has this title already',
} satisfies Record<string, (params: ProblemParams) => string>;

export type ProblemCode = keyof typeof PROBLEM_REASONS;

/** One field's problem: the field (a dotted path), its code and parameters, and the English reason. */
export interface FieldProblem {
  field: string;
  code: ProblemCode;
  reason: string;
  params?: ProblemParams;
}

export function problem(field: string, code: ProblemCode, params?: ProblemParams): FieldProblem {
  return { field, code, reason: PROBLEM_REASONS[code](params ?? {}), ...(params ? { params } : {}) };
}

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(PROBLEM_REASONS, value);
}

/** A 400 lists at most this many problems: 9,000 unknown keys must not make a 583 kB answer. */
export const MAX_PROBLEMS = 20;

type Issue = z.core.$ZodIssue;

/** Our code for a validation issue: the schema's own code if it gave one, else one by the issue's kind. */
function codeOf(issue: Issue): [ProblemCode, ProblemParams?] {
  if (isProblemCode(issue.message)) {
    // Our code; its parameters are the custom check's own, or the bound the issue names.
    const given = (issue as { params?: ProblemParams }).params;
    if (given) return [issue.message, given];
    if (issue.message === 'password_short' && issue.code === 'too_small')
      return [issue.message, { min: Number(issue.minimum) }];
    if (issue.message === 'too_long' && issue.code === 'too_big')
      return [issue.message, { max: Number(issue.maximum) }];
    return [issue.message];
  }
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' ? ['too_long', { max: Number(issue.maximum) }] : ['number'];
    case 'too_small':
      return issue.origin === 'string' ? ['required'] : issue.origin === 'array' ? ['choose'] : ['number'];
    case 'invalid_type':
      if (issue.input === undefined) return ['required'];
      return issue.expected === 'number' || issue.expected === 'int' ? ['number'] : ['choose'];
    case 'invalid_value':
    case 'invalid_union':
      return ['choose'];
    case 'invalid_format':
      if (issue.format === 'email') return ['email'];
      if (issue.format === 'date') return ['date'];
      if (issue.format === 'datetime') return ['moment'];
      return ['invalid'];
    case 'not_multiple_of':
      return ['number'];
    default:
      return ['invalid'];
  }
}

/** A validation error as field problems (unknown keys one by one), at most MAX_PROBLEMS of them. */
export function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues
    .flatMap((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => problem([...issue.path, key].join('.'), 'unknown_field'));
      }
      const [code, params] = codeOf(issue);
      return [problem(issue.path.join('.') || '(body)', code, params)];
    })
    .slice(0, MAX_PROBLEMS);
}
