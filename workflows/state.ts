/** The complaint's state and what follows from it: pure functions, no side effects. */
import { addDays, endOfLocalDay, localDate, shiftIso, termEnds } from '../domain/calendar';
import type { ComplaintState, ComplaintWorkflowInput, Deadline, NextStep } from '../domain/complaint';

/** The workflow's own state; the running deadlines are derived from it whenever it is shown. */
export type ComplaintRecord = Omit<ComplaintState, 'deadlines' | 'next'>;

export function initialState(input: ComplaintWorkflowInput): ComplaintRecord {
  const { terms } = input;
  const state: ComplaintRecord = {
    reference: input.reference,
    kind: input.kind,
    channel: input.channel,
    phase: 'in_handling',
    receivedAt: input.receivedAt,
    callbackRemindersSent: 0,
    acknowledgements: [],
  };
  if (input.kind === 'written') {
    state.replyDueAt = termEnds(input.receivedAt, terms.replyTermDays, terms.timeZone);
  } else if (input.answeredAtOnce) {
    state.phase = 'answered';
    state.oralAnswer = input.answeredAtOnce;
  } else {
    state.phase = 'awaiting_callback';
    state.callbackDueAt = shiftIso(input.receivedAt, terms.callbackDueMs);
  }
  return state;
}

/** The moment the automatic acknowledgement goes out unless the reply came first (R3/R10). */
export function acknowledgementDue(state: ComplaintRecord, input: ComplaintWorkflowInput): string | undefined {
  return state.replyDueAt && shiftIso(state.replyDueAt, -input.terms.acknowledgementLeadMs);
}

/** The instant the latest promised date ends (R4). */
export function promiseEnds(state: ComplaintRecord, input: ComplaintWorkflowInput): string | undefined {
  const latest = state.acknowledgements.at(-1);
  return latest && endOfLocalDay(latest.expectedBy, input.terms.timeZone);
}

/** R10: the date an automatic acknowledgement promises. */
export function defaultExpectedBy(input: ComplaintWorkflowInput): string {
  const { terms } = input;
  return addDays(localDate(input.receivedAt, terms.timeZone), terms.replyTermDays + terms.defaultExtensionDays);
}

/** The deadlines running in this state, soonest first (R4: staff and complainant see what is due). */
export function runningDeadlines(state: ComplaintRecord, input: ComplaintWorkflowInput): Deadline[] {
  const deadlines: Deadline[] = [];
  if (state.phase === 'awaiting_callback' && state.callbackDueAt) {
    deadlines.push({ name: 'callback', due: state.callbackDueAt });
  }
  if (state.phase === 'in_handling' && state.replyDueAt) {
    deadlines.push({ name: 'acknowledgement', due: acknowledgementDue(state, input)! });
    deadlines.push({ name: 'reply', due: state.replyDueAt });
  }
  if (state.phase === 'acknowledged') {
    deadlines.push({ name: 'promise', due: promiseEnds(state, input)! });
  }
  return deadlines.sort((a, b) => a.due.localeCompare(b.due));
}

/** What staff must do next: the step the running deadlines ask for. */
export function nextStep(state: ComplaintRecord, input: ComplaintWorkflowInput): NextStep | null {
  switch (state.phase) {
    case 'awaiting_callback':
      return { step: 'call_back', due: state.callbackDueAt };
    case 'in_handling':
      return { step: 'reply', due: state.replyDueAt };
    case 'acknowledged':
      return { step: 'reply', due: promiseEnds(state, input) };
    case 'answered':
      return { step: 'close' };
    default:
      return null;
  }
}

/** The state as the status query and every Update show it, with what is derived from it. */
export function view(state: ComplaintRecord, input: ComplaintWorkflowInput): ComplaintState {
  return { ...state, deadlines: runningDeadlines(state, input), next: nextStep(state, input) };
}
