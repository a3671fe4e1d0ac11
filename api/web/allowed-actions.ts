/**
 * Which actions a complaint's page offers: those the person's roles allow (api/auth/roles.ts `may`) and the
 * complaint's live state allows. For the state, the page asks the procedure's own rules — the very checks
 * the workflow's Update validators run (workflows/rules.ts) — with a sample input per choice that matters
 * (each reply channel, each callback outcome), instead of a second table of "what is possible per phase"
 * that would drift from the rules: a reply by letter is offered only when there is a postal address, a
 * written confirmation only after an oral answer, "reopen" only while a closed complaint can be reopened.
 * A rule that says no to the state (InvalidState) hides the action or the choice; one that only dislikes the
 * sample's input (InvalidInput, e.g. a date) still offers it, as the state allows it.
 */
import { ApplicationFailure } from '@temporalio/common';
import { ACTION_NAMES, type ActionInput, type ActionName } from '../../domain/actions';
import type { ComplaintState } from '../../domain/complaint';
import { INVALID_STATE } from '../../domain/refusals';
import type { ProcedureTerms } from '../../domain/terms';
import { RULES } from '../../workflows/rules';
import { may } from '../auth/roles';
import type { Role } from '../../domain/roles';
import type { OfferedAction } from '../../web/pages/complaint-actions';

type Sample<A extends ActionName> = Omit<ActionInput<A>, 'by'>;

/** An input that stands for doing the action now, per value of the field whose choice the rules judge. */
const SAMPLES: { [A in ActionName]: { choice?: string; inputs: Sample<A>[] } } = {
  'callback-done': {
    choice: 'outcome',
    inputs: [
      { outcome: 'resolved', answer: 'sample' },
      { outcome: 'needs_handling', answer: 'sample' },
    ],
  },
  'written-confirmation': { choice: 'channel', inputs: [{ channel: 'email' }, { channel: 'letter' }] },
  'cannot-answer-in-time': { inputs: [{ way: 'sample', expectedBy: '9999-12-31' }] },
  'reply-sent': {
    choice: 'channel',
    inputs: [
      { channel: 'email', text: 'sample' },
      { channel: 'letter', text: 'sample' },
      { channel: 'elsewhere', text: 'sample' },
    ],
  },
  close: { inputs: [{ resolution: 'sample', category: 'sample', cause: 'sample' }] },
  withdraw: { inputs: [{}] },
  reopen: { inputs: [{ reason: 'sample' }] },
  'send-message': {
    choice: 'channel',
    inputs: [
      { channel: 'email', text: 'sample' },
      { channel: 'letter', text: 'sample' },
    ],
  },
  'resend-message': { inputs: [{ messageId: 1 }] },
  assign: { inputs: [{ handler: 'sample' }] },
};

/**
 * The rules accept the identical repeat of these as a no-op ("asked twice, confirmed once"); once done,
 * offering them again would offer nothing.
 */
const DONE_ONCE: { [A in ActionName]?: (state: ComplaintState) => boolean } = {
  'written-confirmation': (state) => !!state.writtenConfirmation,
  'reply-sent': (state) => !!state.reply,
};

function stateAllows<A extends ActionName>(name: A, state: ComplaintState, terms: ProcedureTerms, input: Sample<A>) {
  try {
    (RULES[name] as (s: ComplaintState, t: ProcedureTerms, a: ActionInput<A>) => void)(state, terms, {
      ...input,
      by: 'sample',
    } as ActionInput<A>);
    return true;
  } catch (error) {
    if (error instanceof ApplicationFailure && error.type === INVALID_STATE) return false;
    if (error instanceof ApplicationFailure) return true; // the sample's input, not the state
    throw error;
  }
}

/** What `state` lets someone with `roles` do, each with the choices the state leaves open. */
export function allowedActions(state: ComplaintState, terms: ProcedureTerms, roles: readonly Role[]): OfferedAction[] {
  const offered: OfferedAction[] = [];
  for (const name of ACTION_NAMES) {
    if (!may(roles, name) || DONE_ONCE[name]?.(state)) continue;
    const { choice, inputs } = SAMPLES[name] as { choice?: string; inputs: Sample<typeof name>[] };
    const passing = inputs.filter((input) => stateAllows(name, state, terms, input));
    if (!passing.length) continue;
    const choices = choice ? { [choice]: passing.map((i) => String((i as Record<string, unknown>)[choice])) } : {};
    offered.push({ name, choices });
  }
  return offered;
}
