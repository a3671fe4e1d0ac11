/**
 * Which staff action a complaint's state allows, once, for the workflow and the pages alike. Per action:
 * whether the state allows it now (else the refusal), which values its choices may take (a reply by
 * letter only with a postal address), whether it is done already (then only its identical repeat is
 * accepted, changing nothing), and the checks of its input that need the state or the terms (a promised
 * date on a working day). `checkAction` is what the workflow's Update validators run, so a refused action
 * never enters the history; `allowedActions` is what a complaint's page offers. Pure: no clock but the
 * `today` given, no I/O.
 */
import { addDays } from './calendar';
import type { ActionInput } from './actions';
import { isFinal, type ComplaintState, type Phase } from './complaint';
import { digest } from './digest';
import { dateFormatter } from './kept-formatters';
import { problem, type FieldProblem } from './problems';
import { invalid, refuse, type Refusal } from './refusals';
import type { Role } from './roles';
import type { ProcedureTerms } from './terms';
import { ACTION_MESSAGES, ACTION_NAMES, type ActionName } from './workflow-messages';
import { isWorkingDay, nextWorkingDay } from './working-days';

/** What the rules read of a complaint: the workflow's state and its view (ComplaintState) both have it. */
export type RuleState = Pick<
  ComplaintState,
  'reference' | 'phase' | 'contact' | 'oralAnswer' | 'writtenConfirmation' | 'reply'
>;

/** The values each choice of an action may take in this state (an absent field: any value). */
type Choices = Record<string, readonly string[]>;

interface ActionRule<A extends ActionName> {
  /** The state allows the action now, with these choices; or why not. */
  offer(state: RuleState): Choices | Refusal;
  /** Why a value the choices do not offer is refused. */
  closed?(field: string, value: string): Refusal;
  /** Done once already: the identical repeat is accepted and changes nothing; any other input is refused. */
  done?(state: RuleState): boolean;
  repeat?(state: RuleState, input: ActionInput<A>, terms: ProcedureTerms): Refusal | undefined;
  /** Problems of the input that need the state, the terms or today. */
  input?(state: RuleState, input: ActionInput<A>, terms: ProcedureTerms, today: string): FieldProblem[];
}

/** No choices to judge: any input the schema accepts. */
const ANY: Choices = {};

const isRefusal = (offer: Choices | Refusal): offer is Refusal => typeof (offer as Refusal).code === 'string';

function open(state: RuleState): Refusal | undefined {
  if (isFinal(state.phase))
    return { code: 'complaint_ended', params: { reference: state.reference, phase: state.phase } };
  return undefined;
}

function inPhase(state: RuleState, phases: Phase[], action: ActionName): Refusal | undefined {
  return (
    open(state) ??
    (phases.includes(state.phase) ? undefined : { code: 'not_now', params: { action, phase: state.phase } })
  );
}

/** R8/R9: what goes by e-mail or by letter must be able to reach the complainant that way. */
function writtenChannels(state: RuleState): string[] {
  return [...(state.contact.email ? ['email'] : []), ...(state.contact.postal ? ['letter'] : [])];
}

const noRoute = (_field: string, value: string): Refusal => ({ code: value === 'letter' ? 'no_postal' : 'no_email' });

/** "25 November 2026 at 14:03", for refusals that say when something already happened. */
function when(iso: string, terms: ProcedureTerms): string {
  return dateFormatter('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: terms.timeZone }).format(
    new Date(iso),
  );
}

/** Every action's rule; the compiler points at an action that has none. */
export const RULES: { [A in ActionName]: ActionRule<A> } = {
  'callback-done': {
    offer: (s) =>
      inPhase(s, ['awaiting_callback'], 'callback-done') ?? {
        // Further handling is answered in writing: it needs an e-mail or a postal address.
        outcome: ['resolved', ...(writtenChannels(s).length ? ['needs_handling'] : [])],
      },
    closed: () => ({ code: 'no_written_route' }),
  },

  'written-confirmation': {
    offer: (s) => open(s) ?? (s.oralAnswer ? { channel: writtenChannels(s) } : { code: 'no_oral_answer' }),
    closed: noRoute,
    done: (s) => !!s.writtenConfirmation,
    repeat: (s, a, terms) => {
      const sent = s.writtenConfirmation!;
      if (sent.channel === a.channel) return undefined;
      return { code: 'confirmation_sent', params: { at: sent.at, when: when(sent.at, terms), channel: sent.channel } };
    },
  },

  'cannot-answer-in-time': {
    offer: (s) => inPhase(s, ['in_handling', 'acknowledged'], 'cannot-answer-in-time') ?? ANY,
    input: (_s, a, terms, today) => {
      if (!(a.expectedBy > today)) return [problem('expectedBy', 'after_today')];
      if (a.expectedBy > addDays(today, terms.maxPromiseDays)) {
        return [problem('expectedBy', 'within_days', { days: terms.maxPromiseDays })];
      }
      if (terms.promisesOnWorkingDays && !isWorkingDay(a.expectedBy, terms.calendar)) {
        return [problem('expectedBy', 'not_working_day', { next: nextWorkingDay(a.expectedBy, terms.calendar) })];
      }
      return [];
    },
  },

  'reply-sent': {
    offer: (s) => open(s) ?? { channel: [...writtenChannels(s), 'elsewhere'] },
    closed: noRoute,
    done: (s) => !!s.reply,
    // The identical repeat changes nothing; replies recorded before digests existed compare by channel.
    repeat: (s, a, terms) => {
      const sent = s.reply!;
      const same = sent.channel === a.channel && (sent.digest === undefined || sent.digest === digest(a.text ?? ''));
      return same
        ? undefined
        : { code: 'reply_sent', params: { at: sent.at, when: when(sent.at, terms), channel: sent.channel } };
    },
    input: (_s, a) => (a.channel !== 'elsewhere' && !a.text?.trim() ? [problem('text', 'reply_text')] : []),
  },

  close: { offer: (s) => inPhase(s, ['answered'], 'close') ?? ANY },

  // A closed complaint is final for every other action, but the complainant may disagree with it.
  reopen: {
    offer: (s) => (s.phase === 'closed' ? ANY : { code: 'only_closed_reopens', params: { phase: s.phase } }),
  },

  'send-message': {
    offer: (s) => open(s) ?? { channel: writtenChannels(s) },
    closed: noRoute,
  },

  'resend-message': {
    offer: (s) =>
      s.phase === 'withdrawn' ? { code: 'complaint_ended', params: { reference: s.reference, phase: s.phase } } : ANY,
  },

  withdraw: { offer: (s) => open(s) ?? ANY },
  assign: { offer: (s) => open(s) ?? ANY },
};

/** The value of each choice in `input`, as the rules judge it: send-message without a channel takes the default. */
function chosen<A extends ActionName>(name: A, state: RuleState, input: ActionInput<A>, field: string): unknown {
  const value = (input as Record<string, unknown>)[field];
  if (name === 'send-message' && field === 'channel' && value === undefined) {
    return state.contact.email ? 'email' : 'letter';
  }
  return value;
}

/**
 * The procedure's verdict on action `name` with `input` in `state`: returns when it may go ahead (an
 * identical repeat of what is done included), else throws the refusal (409) or the field problems (400).
 */
export function checkAction<A extends ActionName>(
  name: A,
  state: RuleState,
  input: ActionInput<A>,
  terms: ProcedureTerms,
  today: string,
): void {
  const rule = RULES[name] as ActionRule<A>;
  const offer = rule.offer(state);
  if (isRefusal(offer)) refuse(offer.code, offer.params);
  if (rule.done?.(state)) {
    const refusal = rule.repeat?.(state, input, terms);
    if (refusal) refuse(refusal.code, refusal.params);
    return;
  }
  const problems = rule.input?.(state, input, terms, today) ?? [];
  if (problems.length) invalid(...problems);
  for (const [field, values] of Object.entries(offer)) {
    const value = chosen(name, state, input, field);
    if (!values.includes(value as string)) {
      const refusal = rule.closed?.(field, String(value)) ?? {
        code: 'not_now',
        params: { action: name, phase: state.phase },
      };
      refuse(refusal.code, refusal.params);
    }
  }
}

/** An action a page may offer, with the values the state leaves open for each of its choices. */
export interface OfferedAction {
  name: ActionName;
  choices: Record<string, string[]>;
}

/** The actions someone with `roles` may take on a complaint in `state`, each with its open choices. */
export function allowedActions(state: RuleState, roles: readonly Role[]): OfferedAction[] {
  const offered: OfferedAction[] = [];
  for (const name of ACTION_NAMES) {
    const rule = RULES[name] as ActionRule<typeof name>;
    const mayTake = (ACTION_MESSAGES[name].roles as readonly Role[]).some((role) => roles.includes(role));
    if (!mayTake || rule.done?.(state)) continue;
    const offer = rule.offer(state);
    if (isRefusal(offer)) continue;
    const choices = Object.fromEntries(Object.entries(offer).map(([field, values]) => [field, [...values]]));
    if (Object.values(choices).some((values) => values.length === 0)) continue;
    offered.push({ name, choices });
  }
  return offered;
}
