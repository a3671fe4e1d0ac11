/**
 * What the procedure watches in each open phase. The workflow runs the watcher of the phase the
 * complaint is in; a watcher returns when its phase ends (a staff action, or the deadline it watches
 * acted), and the watcher of the next phase takes over — also for a phase the complaint returns to.
 * Each watcher arms the timers its phase needs, and nothing else.
 */
import { condition } from '@temporalio/workflow';
import { lastDayBefore, shiftIso } from '../domain/calendar';
import type { Phase } from '../domain/complaint';
import { DEADLINE, NOTICE } from '../domain/explain';
import { isPast, now, waitUntil } from './clock';
import type { Procedure } from './procedure';
import { acknowledgementDue, afterCallbackTime, earliestPromise, promiseEnds, standardExpectedBy } from './state';
import { deprecatePatch, patched } from './patches';

type WatchedPhase = Exclude<Phase, 'withdrawn'>;

/** R7/R4: while a callback is overdue, staff are reminded at every interval; after the last, a manager. */
async function watchCallback(p: Procedure): Promise<void> {
  const { state, terms } = p;
  const done = () => state.phase !== 'awaiting_callback';
  // Once escalated, the reminders have done what they can: no more timers, so the history stays small.
  if (state.callbackEscalatedAt) return condition(done);
  const remindAt = afterCallbackTime(
    state.callbackDueAt!,
    state.callbackRemindersSent * terms.callbackReminderIntervalMs,
    terms,
  );
  if (await waitUntil(done, remindAt, DEADLINE.callback)) return;
  const n = (state.callbackRemindersSent += 1);
  p.notify(p.toStaff('callback_overdue', `callback-reminder-${n}`, state.callbackDueAt!));
  await p.record('callback_overdue', 'system', { reminder: n });
  if (n >= terms.callbackMaxReminders && patched('callback-escalation')) {
    state.callbackEscalatedAt = now();
    p.notify(p.toStaff('callback_escalation', 'callback-escalation', state.callbackDueAt!));
    await p.record('callback_escalated', 'system', { reminders: n });
  }
}

/** R3/R9/R10: without a reply, the acknowledgement goes out early enough to arrive in time. */
async function watchReplyTerm(p: Procedure): Promise<void> {
  const { state, terms } = p;
  const done = () => state.phase !== 'in_handling';
  const due = acknowledgementDue(state, terms)!;
  if (!done() && isPast(due)) {
    // Retired (workflows/patch-list.ts): no running complaint could take the branch from before late entry.
    deprecatePatch('late-entry');
    return acknowledgeLate(p);
  }
  if (await waitUntil(done, due, DEADLINE.acknowledgement)) return;
  const expectedBy = standardExpectedBy(p.input, terms);
  p.acknowledge({ expectedBy, automatic: true, by: 'system', at: now() });
  await p.record('acknowledged', 'system', { automatic: true, expectedBy });
}

/**
 * R3/R10 for a complaint that reaches the procedure after its acknowledgement moment: acknowledged at
 * once, with a date that lies ahead. When even the term had ended, that is on record and a manager knows.
 */
async function acknowledgeLate(p: Procedure): Promise<void> {
  const { state, terms } = p;
  const replyDueAt = state.replyDueAt!;
  if (isPast(replyDueAt)) {
    state.termMissedAt = now();
    p.notify(
      p.toStaff('term_missed', 'term-missed', replyDueAt, { dueDay: lastDayBefore(replyDueAt, terms.timeZone) }),
    );
    await p.record('term_missed_at_entry', 'system', { replyDueAt });
  }
  const expectedBy = earliestPromise(p.today(), standardExpectedBy(p.input, terms), terms);
  p.acknowledge({ expectedBy, automatic: true, by: 'system', at: now() }, p.lateEntry ? 'late_receipt' : undefined);
  await p.record('acknowledged', 'system', { automatic: true, expectedBy, late: true });
}

/** R4: a promised date is a deadline: a reminder before it, an escalation when it passes. */
async function watchPromise(p: Procedure): Promise<void> {
  const { state, terms } = p;
  const n = state.acknowledgements.length;
  const changed = () => state.phase !== 'acknowledged' || state.acknowledgements.length !== n;
  const ends = promiseEnds(state, terms)!;
  const dueDay = state.acknowledgements[n - 1].expectedBy;
  if (!(await waitUntil(changed, shiftIso(ends, -terms.promiseReminderLeadMs), NOTICE.promise_reminder))) {
    p.notify(p.toStaff('promise_reminder', `promise-reminder-${n}`, ends, { dueDay }));
    await p.record('promise_reminder', 'system', { due: ends });
  }
  if (!(await waitUntil(changed, ends, DEADLINE.promise))) {
    state.escalatedAt = now();
    p.notify(p.toStaff('escalation', `escalation-${n}`, ends, { dueDay }));
    p.sendToComplainant(
      p.toComplainant('progress', `progress-${n}`, { acknowledgement: state.acknowledgements[n - 1] }),
    );
    await p.record('escalated', 'system', { due: ends });
    await condition(changed);
  }
}

/** R6: an answered complaint is closed and categorised; one left open is brought back to its handler. */
async function watchClosing(p: Procedure): Promise<void> {
  const { state, terms } = p;
  const done = () => state.phase !== 'answered';
  if (!state.closeRemindedAt && patched('close-reminder')) {
    const answeredAt = state.reply?.at ?? state.oralAnswer?.at ?? now();
    const remindAt = shiftIso(answeredAt, terms.closeReminderMs);
    if (!(await waitUntil(done, remindAt, NOTICE.close_reminder))) {
      state.closeRemindedAt = now();
      p.notify(p.toStaff('close_reminder', p.perRound('close-reminder'), remindAt));
      await p.record('close_reminder', 'system', {});
    }
  }
  await condition(done);
}

/**
 * R4: a closed complaint can be reopened for a while (the complainant disagrees with the outcome); after
 * that its procedure ends. Complaints closed before reopening existed ended at closing.
 */
async function watchClosed(p: Procedure): Promise<void> {
  const { state, terms } = p;
  const reopened = () => state.phase !== 'closed';
  if (!patched('reopen-window')) {
    p.ended = true;
    return;
  }
  const windowEnds = shiftIso(state.closure!.at, terms.reopenWindowMs);
  p.temporalWeb.showReopenWindow(p.view(), terms.timeZone, windowEnds);
  if (!(await waitUntil(reopened, windowEnds, 'R4: heropenen mogelijk tot'))) {
    p.ended = true;
    p.temporalWeb.showReopenWindowPassed(p.view(), terms.timeZone);
  }
}

/** The watcher of every phase the complaint can be in while its procedure runs. */
export const WATCHERS: Record<WatchedPhase, (p: Procedure) => Promise<void>> = {
  awaiting_callback: watchCallback,
  in_handling: watchReplyTerm,
  acknowledged: watchPromise,
  answered: watchClosing,
  closed: watchClosed,
};
