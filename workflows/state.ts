/** The complaint's state and what follows from it: pure functions, no side effects. */
import { addDays, endOfLocalDay, lastDayBefore, localDate, shiftIso, termEnds } from '../domain/calendar';
import { addWorkingDays, addWorkingTime, atOrAfterWorkingDay, atOrBeforeWorkingDay } from '../domain/working-days';
import type { ComplaintState, ComplaintWorkflowInput, ContactRoutes, Deadline, NextStep } from '../domain/complaint';
import type { ProcedureTerms } from '../domain/terms';
import { nextDeadline } from '../domain/next-deadline';

/** The workflow's own state; the running deadlines are derived from it whenever it is shown. */
export type ComplaintRecord = Omit<ComplaintState, 'deadlines' | 'next'> & {
  /**
   * Started before letters were kept in their term (patch `letters-arrive-in-term`): the acknowledgement's
   * moment is set by the lead alone, and a letter's closed posting day may move past its arrival date.
   */
  startedBeforeLettersInTerm?: boolean;
};

/** Complaints started before the input named its contact routes carried the complainant instead. */
function contactRoutes(input: ComplaintWorkflowInput): ContactRoutes {
  return input.contact ?? { email: !!input.complainant?.email, postal: !!input.complainant?.address };
}

/** R9: the end of the reply term: calendar days as the procedure says, or working days if configured. */
export function replyTermEnds(receivedAt: string, terms: ProcedureTerms): string {
  if (!terms.replyTermInWorkingDays) return termEnds(receivedAt, terms.replyTermDays, terms.timeZone);
  const lastDay = addWorkingDays(localDate(receivedAt, terms.timeZone), terms.replyTermDays, terms.calendar);
  return endOfLocalDay(lastDay, terms.timeZone);
}

/** R7: `ms` after `from`, in opening hours on working days when so configured (no reminders at night). */
export function afterCallbackTime(from: string, ms: number, terms: ProcedureTerms): string {
  return terms.callbackInWorkingHours ? addWorkingTime(from, ms, terms.timeZone, terms.calendar) : shiftIso(from, ms);
}

/** R4/R10: a date the procedure promises, moved off a closed day when promises fall on working days. */
export function promisable(date: string, terms: ProcedureTerms): string {
  return terms.promisesOnWorkingDays ? atOrAfterWorkingDay(date, terms.calendar) : date;
}

export function initialState(input: ComplaintWorkflowInput, terms: ProcedureTerms): ComplaintRecord {
  const state: ComplaintRecord = {
    reference: input.reference,
    kind: input.kind,
    channel: input.channel,
    phase: 'in_handling',
    receivedAt: input.receivedAt,
    callbackRemindersSent: 0,
    contact: contactRoutes(input),
    acknowledgements: [],
  };
  if (input.kind === 'written') {
    state.replyDueAt = replyTermEnds(input.receivedAt, terms);
  } else if (input.answeredAtOnce) {
    state.phase = 'answered';
    state.oralAnswer = input.answeredAtOnce;
  } else {
    state.phase = 'awaiting_callback';
    state.callbackDueAt = afterCallbackTime(input.receivedAt, terms.callbackDueMs, terms);
  }
  return state;
}

/**
 * The moment the automatic acknowledgement goes out unless the reply came first (R3/R10): the lead before
 * the term ends (a mail outage can pass), or earlier when a letter made then would have no working day to
 * be posted on and still arrive in time. Any complaint may get a letter: its contact routes can change.
 */
export function acknowledgementDue(
  state: Pick<ComplaintRecord, 'replyDueAt' | 'startedBeforeLettersInTerm'>,
  terms: ProcedureTerms,
): string | undefined {
  if (!state.replyDueAt) return undefined;
  const byLead = shiftIso(state.replyDueAt, -terms.acknowledgementLeadMs);
  if (state.startedBeforeLettersInTerm) return byLead;
  const byPost = lastMomentForLetter(state.replyDueAt, terms);
  return byPost < byLead ? byPost : byLead;
}

/**
 * The last moment a letter can be made and still arrive by `arriveBy`: its whole posting time before the
 * end of the last working day from which the post delivers in time.
 */
function lastMomentForLetter(arriveBy: string, terms: ProcedureTerms): string {
  // Asked at every step shown (runningDeadlines), always for the same term: 6 % of the workflow thread.
  const known = lastMoments.get(terms) ?? new Map<string, string>();
  lastMoments.set(terms, known);
  const moment = known.get(arriveBy) ?? searchLastMomentForLetter(arriveBy, terms);
  known.set(arriveBy, moment);
  return moment;
}

const lastMoments = new WeakMap<ProcedureTerms, Map<string, string>>();

function searchLastMomentForLetter(arriveBy: string, terms: ProcedureTerms): string {
  const day = atOrBeforeWorkingDay(lastPostingDayInTime(arriveBy, terms), terms.calendar);
  return shiftIso(endOfLocalDay(day, terms.timeZone), -terms.letterPostingMs);
}

/**
 * The last day a letter can be posted on (by its end) and still arrive by `arriveBy`: the whole delivery
 * time lies between, to the minute, also when it does not end at midnight (a delivery time in hours, a
 * change to summer time).
 */
export function lastPostingDayInTime(arriveBy: string, terms: ProcedureTerms): string {
  const latest = shiftIso(arriveBy, -terms.postalDeliveryMs);
  const day = lastDayBefore(latest, terms.timeZone);
  return endOfLocalDay(day, terms.timeZone) <= latest ? day : addDays(day, -1);
}

/** The instant the latest promised date ends (R4). */
export function promiseEnds(state: ComplaintRecord, terms: ProcedureTerms): string | undefined {
  const latest = state.acknowledgements.at(-1);
  return latest && endOfLocalDay(latest.expectedBy, terms.timeZone);
}

/** R10: the date an automatic acknowledgement promises: the standard handling time after the term. */
export function standardExpectedBy(input: ComplaintWorkflowInput, terms: ProcedureTerms): string {
  const date = addDays(localDate(input.receivedAt, terms.timeZone), terms.replyTermDays + terms.defaultExtensionDays);
  return promisable(date, terms);
}

/**
 * R3/R10 for a complaint that reaches the procedure late: never a date that has passed, and never less
 * than the minimum handling time from the day the promise is made.
 */
export function earliestPromise(today: string, standard: string, terms: ProcedureTerms): string {
  const minimum = promisable(addDays(today, terms.minimumHandlingDays), terms);
  return standard > minimum ? standard : minimum;
}

/** R4: the date a reopened complaint is answered by. */
export function reopenedExpectedBy(today: string, terms: ProcedureTerms): string {
  const days = terms.reopenReplyTermDays;
  return promisable(
    terms.promisesOnWorkingDays ? addWorkingDays(today, days, terms.calendar) : addDays(today, days),
    terms,
  );
}

/** The deadlines running in this state, soonest first (R4: staff and complainant see what is due). */
export function runningDeadlines(state: ComplaintRecord, terms: ProcedureTerms): Deadline[] {
  const deadlines: Deadline[] = [];
  const reply = () => ({
    name: 'reply' as const,
    due: state.replyDueAt!,
    day: lastDayBefore(state.replyDueAt!, terms.timeZone),
  });
  if (state.phase === 'awaiting_callback' && state.callbackDueAt) {
    deadlines.push({ name: 'callback', due: state.callbackDueAt });
  }
  if (state.phase === 'in_handling' && state.replyDueAt) {
    deadlines.push({ name: 'acknowledgement', due: acknowledgementDue(state, terms)! });
    deadlines.push(reply());
  }
  if (state.phase === 'acknowledged') {
    // A term missed before the complaint reached us stays overdue until the reply goes out.
    if (state.termMissedAt && state.replyDueAt) deadlines.push(reply());
    deadlines.push({
      name: 'promise',
      due: promiseEnds(state, terms)!,
      day: state.acknowledgements.at(-1)!.expectedBy,
    });
  }
  return deadlines.sort((a, b) => a.due.localeCompare(b.due));
}

/** What staff must do next, by the one next deadline the inbox shows too (R4/R10). */
export function nextStep(state: ComplaintRecord, terms: ProcedureTerms): NextStep | null {
  const due = nextDeadline(runningDeadlines(state, terms))?.due;
  switch (state.phase) {
    case 'awaiting_callback':
      return { step: 'call_back', due };
    case 'in_handling':
    case 'acknowledged':
      return { step: 'reply', due };
    case 'answered':
      return { step: 'close' };
    default:
      return null;
  }
}

/** The state as the status query and every Update show it, with what is derived from it. */
export function view(state: ComplaintRecord, terms: ProcedureTerms): ComplaintState {
  const { startedBeforeLettersInTerm: _, ...shown } = state;
  return { ...shown, deadlines: runningDeadlines(state, terms), next: nextStep(state, terms) };
}
