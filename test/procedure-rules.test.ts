/**
 * The procedure's vocabulary, without a server (issue 19): which actions a complaint's state allows, and
 * for whom (the pages' offer), the verdict on an action (the workflow's validators), and the codes a
 * refusal or a field problem carries. Pure functions: this file runs in milliseconds.
 */
import { ApplicationFailure } from '@temporalio/common';
import fc from 'fast-check';
import { z } from 'zod';
import type { ActionInput } from '../domain/actions';
import { PHASES, type ComplaintState, type Phase } from '../domain/complaint';
import { digest } from '../domain/digest';
import { allowedActions, checkAction, type RuleState } from '../domain/procedure-rules';
import { PROBLEM_REASONS, problemsOf } from '../domain/problems';
import { INVALID_INPUT, INVALID_STATE, REFUSAL_REASONS } from '../domain/refusals';
import { ROLES, type Role } from '../domain/roles';
import { DEFAULT_TERMS, withDefaults } from '../domain/terms';
import { ACTION_NAMES, type ActionName } from '../domain/workflow-messages';
import { en } from '../web/i18n/en';
import { nl } from '../web/i18n/nl';
import { problemText, refusalText } from '../web/problems';

const terms = withDefaults({ ...DEFAULT_TERMS, promisesOnWorkingDays: true });
const TODAY = '2026-12-14'; // a Monday; pure date arithmetic, no clock

function state(overrides: Partial<ComplaintState> = {}): RuleState {
  return { reference: 'KL-2026-00001', phase: 'in_handling', contact: { email: true, postal: false }, ...overrides };
}

/** The verdict as { code } of the refusal or the first field problem; 'ok' when the action may go ahead. */
function verdict<A extends ActionName>(name: A, s: RuleState, input: Omit<ActionInput<A>, 'by'>): string {
  try {
    checkAction(name, s, { ...input, by: 'handler-1' } as ActionInput<A>, terms, TODAY);
    return 'ok';
  } catch (error) {
    const failure = error as ApplicationFailure;
    const [detail] = failure.details as { code: string; field?: string }[];
    return failure.type === INVALID_INPUT ? `${detail.field}:${detail.code}` : detail.code;
  }
}

test('R9: a reply by letter needs a postal address, by e-mail an e-mail address; elsewhere always goes', () => {
  expect(verdict('reply-sent', state(), { channel: 'letter', text: 'Ons antwoord.' })).toBe('no_postal');
  expect(
    verdict('reply-sent', state({ contact: { email: false, postal: true } }), { channel: 'email', text: 'x' }),
  ).toBe('no_email');
  expect(verdict('reply-sent', state(), { channel: 'email', text: ' ' })).toBe('text:reply_text');
  expect(verdict('reply-sent', state(), { channel: 'elsewhere' })).toBe('ok');
});

test('R9: the identical repeat of a reply is accepted (it changes nothing); another reply is refused with when it went', () => {
  const replied = state({
    phase: 'answered',
    reply: { by: 'h', channel: 'email', at: '2026-12-10T13:03:00Z', digest: digest('Ons antwoord.') },
  });
  expect(verdict('reply-sent', replied, { channel: 'email', text: 'Ons antwoord.' })).toBe('ok');
  expect(verdict('reply-sent', replied, { channel: 'email', text: 'Iets anders.' })).toBe('reply_sent');
});

test('R4/R10: a promised date lies after today, within the horizon, on a working day (the next one named)', () => {
  const promise = (expectedBy: string) => verdict('cannot-answer-in-time', state(), { way: 'Advies.', expectedBy });
  expect(promise(TODAY)).toBe('expectedBy:after_today');
  expect(promise('2027-06-01')).toBe('expectedBy:within_days');
  expect(promise('2026-12-25')).toBe('expectedBy:not_working_day');
  expect(promise('2026-12-28')).toBe('ok');
  try {
    checkAction('cannot-answer-in-time', state(), { way: 'x', expectedBy: '2026-12-25', by: 'h' }, terms, TODAY);
  } catch (error) {
    expect((error as ApplicationFailure).details).toEqual([
      expect.objectContaining({ field: 'expectedBy', code: 'not_working_day', params: { next: '2026-12-28' } }),
    ]);
  }
});

test('R7/R8/R4: phases: a callback only while awaited, reopening only when closed, nothing after withdrawal', () => {
  expect(verdict('callback-done', state(), { outcome: 'resolved', answer: 'x' })).toBe('not_now');
  expect(verdict('reopen', state({ phase: 'answered' }), { reason: 'x' })).toBe('only_closed_reopens');
  expect(verdict('assign', state({ phase: 'withdrawn' }), { handler: 'h' })).toBe('complaint_ended');
  expect(verdict('written-confirmation', state({ phase: 'answered' }), { channel: 'email' })).toBe('no_oral_answer');
  const noWay = state({ phase: 'awaiting_callback', contact: { email: false, postal: false } });
  expect(verdict('callback-done', noWay, { outcome: 'needs_handling', answer: 'x' })).toBe('no_written_route');
});

test('the page offers per role and state: a handler gets the reply by e-mail and elsewhere, a representative no reply', () => {
  const offered = (roles: Role[], s = state()) =>
    Object.fromEntries(allowedActions(s, roles).map((a) => [a.name, a.choices]));
  expect(offered(['handler'])['reply-sent']).toEqual({ channel: ['email', 'elsewhere'] });
  expect(Object.keys(offered(['representative']))).toEqual([]);
  // A closed complaint can be reopened, and a message that failed to reach the complainant sent again.
  expect(Object.keys(offered(['handler'], state({ phase: 'closed' })))).toEqual(['reopen', 'resend-message']);
  expect(Object.keys(offered(['operator']))).toEqual([]);
});

// Arbitrary states, to prove that what a page offers is what the workflow accepts, and nothing else.
const stateArb = fc.record({
  reference: fc.constant('KL-2026-00001'),
  phase: fc.constantFrom<Phase>(...PHASES),
  contact: fc.record({ email: fc.boolean(), postal: fc.boolean() }),
  oralAnswer: fc.option(fc.constant({ by: 'rep', answer: 'x', at: '2026-12-01T10:00:00Z' }), { nil: undefined }),
});

/** A well-formed input of action `name` with `choices` taken, as a person would fill in the form. */
function sample(name: ActionName, choices: Record<string, string>): Record<string, unknown> {
  const base: Record<ActionName, Record<string, unknown>> = {
    'callback-done': { outcome: 'resolved', answer: 'x' },
    'written-confirmation': { channel: 'email' },
    'cannot-answer-in-time': { way: 'x', expectedBy: '2026-12-28' },
    'reply-sent': { channel: 'elsewhere', text: 'x' },
    close: { resolution: 'x', category: 'c', cause: 'c' },
    withdraw: {},
    reopen: { reason: 'x' },
    'send-message': { channel: 'email', text: 'x' },
    'resend-message': { messageId: 1 },
    assign: { handler: 'h' },
  };
  return { ...base[name], ...choices, by: 'h' };
}

test('what a page offers, the workflow accepts; what it does not offer, the workflow refuses for the state', () => {
  fc.assert(
    fc.property(stateArb, (s) => {
      const offered = allowedActions(s, ROLES);
      for (const name of ACTION_NAMES) {
        const offer = offered.find((a) => a.name === name);
        if (offer) {
          for (const [field, values] of Object.entries(offer.choices)) {
            for (const value of values) {
              expect(() => checkAction(name, s, sample(name, { [field]: value }) as never, terms, TODAY)).not.toThrow();
            }
          }
          if (!Object.keys(offer.choices).length) checkAction(name, s, sample(name, {}) as never, terms, TODAY);
        } else {
          let refused: ApplicationFailure | undefined;
          try {
            checkAction(name, s, sample(name, {}) as never, terms, TODAY);
          } catch (error) {
            refused = error as ApplicationFailure;
          }
          expect(refused?.type).toBe(INVALID_STATE);
        }
      }
    }),
    { seed: 19, numRuns: 300 },
  );
});

test('a schema names its problems by code; a library message becomes a code of ours', () => {
  const schema = z
    .object({ name: z.string().trim().min(1, 'required').max(5), email: z.email(), kind: z.enum(['a', 'b']) })
    .strict();
  const result = schema.safeParse({ name: 'te lang hoor', email: 'geen', kind: 'c', extra: 1 });
  expect(problemsOf(result.error!).map((p) => [p.field, p.code, p.params])).toEqual([
    ['name', 'too_long', { max: 5 }],
    ['email', 'email', undefined],
    ['kind', 'choose', undefined],
    ['extra', 'unknown_field', undefined],
  ]);
});

test('every problem and refusal has its own words in Dutch and in English, and no English leaks into Dutch', () => {
  for (const code of Object.keys(PROBLEM_REASONS) as (keyof typeof PROBLEM_REASONS)[]) {
    const params = { max: 5, days: 90, next: '2026-12-28', min: 12 };
    const dutch = problemText(nl, 'Veld', { code, params });
    expect(dutch).not.toBe(problemText(en, 'Veld', { code, params }));
    expect(dutch).not.toContain(PROBLEM_REASONS[code](params));
  }
  for (const code of Object.keys(REFUSAL_REASONS) as (keyof typeof REFUSAL_REASONS)[]) {
    const params = { phase: 'closed', at: '2026-12-10T13:03:00Z', retryAfter: 120, counted: 'complaints', owner: 'x' };
    const dutch = refusalText(nl, { code, params });
    expect(dutch).not.toBe(refusalText(en, { code, params }));
    expect(dutch).not.toMatch(/\b(the|is not|must|cannot)\b/);
  }
});
