/**
 * Which staff action the complaint's state allows. The Update validators run these after parsing the
 * action's schema (domain/actions.ts), so here are only the checks that need the state: a refused action
 * never enters the workflow history, and the caller gets the reason (the API answers 409 or 400).
 */
import { addDays, localDate } from '../domain/calendar';
import { isWorkingDay, nextWorkingDay } from '../domain/working-days';
import type { ActionInput, ActionName } from '../domain/actions';
import { isFinal, type Phase } from '../domain/complaint';
import { invalid, refuse } from '../domain/refusals';
import type { ProcedureTerms } from '../domain/terms';
import { digest } from './digest';
import type { ComplaintRecord } from './state';

type Check<A extends ActionName> = (state: ComplaintRecord, terms: ProcedureTerms, action: ActionInput<A>) => void;

function requireOpen(state: ComplaintRecord): void {
  if (isFinal(state.phase)) refuse(`complaint ${state.reference} is ${state.phase}`);
}

function requirePhase(state: ComplaintRecord, allowed: Phase[], action: string): void {
  requireOpen(state);
  if (!allowed.includes(state.phase)) refuse(`${action} is not possible while the complaint is ${state.phase}`);
}

/** R8/R9: what goes by e-mail or by letter must be able to reach the complainant that way. */
function requireRoute(state: ComplaintRecord, channel: string): void {
  if (channel === 'email' && !state.contact.email) refuse('the complainant has no e-mail address');
  if (channel === 'letter' && !state.contact.postal) refuse('the complainant has no postal address for a letter');
}

/** "25 November 2026 at 14:03", for refusals that say when something already happened. */
function when(iso: string, terms: ProcedureTerms): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: terms.timeZone }).format(
    new Date(iso),
  );
}

const CHANNEL_WORDS: Record<string, string> = { email: 'by e-mail', letter: 'by letter', elsewhere: 'elsewhere' };

/** Every action's state checks; the compiler points at an action that has none. */
export const RULES: { [A in ActionName]: Check<A> } = {
  'callback-done': (state, _terms, a) => {
    requirePhase(state, ['awaiting_callback'], 'a callback');
    if (a.outcome === 'needs_handling' && !state.contact.email && !state.contact.postal) {
      refuse(
        'the complainant has no e-mail or postal address for the written answer; record one first, or resolve it on the phone',
      );
    }
  },

  'written-confirmation': (state, terms, a) => {
    requireOpen(state);
    if (!state.oralAnswer) refuse('there is no oral answer to confirm yet');
    const sent = state.writtenConfirmation;
    if (sent && sent.channel === a.channel) return; // asked twice, confirmed once
    if (sent) refuse(`the written confirmation went out on ${when(sent.at, terms)} (${CHANNEL_WORDS[sent.channel]})`);
    requireRoute(state, a.channel);
  },

  'cannot-answer-in-time': (state, terms, a) => {
    requirePhase(state, ['in_handling', 'acknowledged'], 'an acknowledgement');
    const today = localDate(new Date().toISOString(), terms.timeZone);
    if (!(a.expectedBy > today)) invalid({ field: 'expectedBy', reason: 'the expected date must lie after today' });
    if (a.expectedBy > addDays(today, terms.maxPromiseDays)) {
      invalid({ field: 'expectedBy', reason: `must lie within ${terms.maxPromiseDays} days from today` });
    }
    if (terms.promisesOnWorkingDays && !isWorkingDay(a.expectedBy, terms.calendar)) {
      const next = nextWorkingDay(a.expectedBy, terms.calendar);
      invalid({ field: 'expectedBy', reason: `is not a working day; the next working day is ${next}` });
    }
  },

  'reply-sent': (state, terms, a) => {
    requireOpen(state);
    const sent = state.reply;
    if (sent) {
      // The identical repeat changes nothing; replies recorded before digests existed compare by channel.
      const same = sent.channel === a.channel && (sent.digest === undefined || sent.digest === digest(a.text ?? ''));
      if (same) return;
      refuse(`the reply went out on ${when(sent.at, terms)} (${CHANNEL_WORDS[sent.channel]}); it cannot be changed`);
    }
    if (a.channel !== 'elsewhere' && !a.text?.trim())
      invalid({ field: 'text', reason: 'the reply to send must be given' });
    requireRoute(state, a.channel);
  },

  close: (state) => requirePhase(state, ['answered'], 'closing'),

  // A closed complaint is final for every other action, but the complainant may disagree with it.
  reopen: (state) => {
    if (state.phase !== 'closed') refuse(`only a closed complaint can be reopened; this one is ${state.phase}`);
  },

  'send-message': (state, _terms, a) => {
    requireOpen(state);
    requireRoute(state, a.channel ?? (state.contact.email ? 'email' : 'letter'));
  },

  'resend-message': (state) => {
    if (state.phase === 'withdrawn') refuse(`complaint ${state.reference} is withdrawn`);
  },

  withdraw: (state) => requireOpen(state),
  assign: (state) => requireOpen(state),
};
