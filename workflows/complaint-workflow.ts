/**
 * One complaint, from registration to closing, as a durable workflow (../shared/PROCEDURE.md).
 * Handlers for staff actions are registered first; the main body only waits on deadlines:
 * the callback (R7), the automatic acknowledgement before the reply term ends (R3/R9/R10) and
 * every promised date (R4). Messages go out through `dispatch`, so a staff action is answered
 * as soon as it is on record, even while the mail server is down.
 */
import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import * as actions from '../domain/actions';
import { shiftIso, termEnds } from '../domain/calendar';
import { isFinal, type Acknowledgement, type ComplaintState, type ComplaintWorkflowInput } from '../domain/complaint';
import type { ComplainantMessage, StaffNotice } from '../domain/notifications';
import { mail, mailBefore, register } from './activities';
import { now, waitUntil } from './clock';
import * as rules from './rules';
import {
  acknowledgementDue,
  defaultExpectedBy,
  initialState,
  promiseEnds,
  runningDeadlines,
  view as stateView,
  type ComplaintRecord,
} from './state';

export async function complaintWorkflow(input: ComplaintWorkflowInput): Promise<ComplaintState> {
  const { reference, terms } = input;
  const state: ComplaintRecord = initialState(input);
  const view = (): ComplaintState => stateView(state, input);
  let eventCount = 0;
  let messagesInFlight = 0;

  /** Puts a step on record in the register: who, what, and the state it led to. */
  async function record(action: string, actor: string, detail: Record<string, unknown> = {}): Promise<void> {
    const key = `${reference}/event-${++eventCount}`;
    const next = runningDeadlines(state, input)[0];
    await register.recordEvent({
      key,
      reference,
      actor,
      action,
      detail,
      status: state.phase,
      nextDeadlineAt: next?.due ?? null,
      handler: state.handler ?? null,
    });
  }

  function toComplainant(
    purpose: ComplainantMessage['purpose'],
    name: string,
    extra: Partial<ComplainantMessage> = {},
  ) {
    return {
      key: `${reference}/${name}`,
      reference,
      purpose,
      channel: input.complainant.email ? 'email' : 'letter',
      complainant: input.complainant,
      complaintSubject: input.subject,
      receivedAt: input.receivedAt,
      ...extra,
    } satisfies ComplainantMessage;
  }

  function toStaff(purpose: StaffNotice['purpose'], name: string, due: string): StaffNotice {
    const to = purpose === 'escalation' || purpose === 'message_failed' ? 'manager' : 'handler';
    return {
      key: `${reference}/${name}`,
      reference,
      purpose,
      to,
      handler: state.handler,
      complaintSubject: input.subject,
      due,
    };
  }

  /**
   * Sends without holding up the caller. A message that cannot go out (in time, or at all: the mail
   * server refused it) is put on record and brought to a manager, who contacts the complainant otherwise.
   */
  function dispatch(send: () => Promise<void>, what: string, deadline?: string): void {
    messagesInFlight += 1;
    void send()
      .catch(async () => {
        const due = deadline ?? now();
        await record('message_failed', 'system', { message: what, due });
        await mail
          .notifyStaff(toStaff('message_failed', `message-failed-${eventCount}`, due))
          .catch(() => record('message_failed', 'system', { message: 'notice to a manager', due }));
      })
      .finally(() => (messagesInFlight -= 1));
  }

  /** R3/R10: the acknowledgement with the way and expected duration of further handling. */
  function acknowledge(ack: Acknowledgement): void {
    state.acknowledgements.push(ack);
    state.phase = 'acknowledged';
    state.escalatedAt = undefined;
    const n = state.acknowledgements.length;
    const message = toComplainant('acknowledgement', `acknowledgement-${n}`, { acknowledgement: ack });
    // Only the first acknowledgement is bound to the reply term; a later one updates a promise.
    if (n === 1 && state.replyDueAt) {
      dispatch(() => mailBefore(state.replyDueAt!).sendToComplainant(message), 'acknowledgement', state.replyDueAt);
    } else {
      dispatch(() => mail.sendToComplainant(message), 'acknowledgement');
    }
  }

  setHandler(actions.statusQuery, view);

  setHandler(
    actions.callbackDoneUpdate,
    async (a) => {
      if (a.outcome === 'resolved') {
        state.phase = 'answered';
        state.oralAnswer = { by: a.by, answer: a.answer, at: now() };
      } else {
        // R7 -> R3: further handling runs under the reply term, counted from receipt.
        state.phase = 'in_handling';
        state.replyDueAt = termEnds(input.receivedAt, terms.replyTermDays, terms.timeZone);
      }
      await record('callback_done', a.by, { outcome: a.outcome, answer: a.answer });
      return view();
    },
    { validator: (a) => rules.checkCallbackDone(state, a) },
  );

  setHandler(
    actions.writtenConfirmationUpdate,
    async (a) => {
      if (state.writtenConfirmation) return view(); // asked twice, confirmed once
      state.writtenConfirmation = { by: a.by, channel: a.channel, at: now() };
      dispatch(
        () =>
          mail.sendToComplainant(
            toComplainant('written_confirmation', 'written-confirmation', {
              channel: a.channel,
              oralAnswer: state.oralAnswer,
            }),
          ),
        'written confirmation',
      );
      await record('written_confirmation_requested', a.by, { channel: a.channel });
      return view();
    },
    { validator: (a) => rules.checkWrittenConfirmation(state, input, a) },
  );

  setHandler(
    actions.cannotAnswerInTimeUpdate,
    async (a) => {
      acknowledge({ way: a.way, expectedBy: a.expectedBy, automatic: false, by: a.by, at: now() });
      await record('acknowledged', a.by, { way: a.way, expectedBy: a.expectedBy });
      return view();
    },
    { validator: (a) => rules.checkCannotAnswerInTime(state, input, a) },
  );

  setHandler(
    actions.replySentUpdate,
    async (a) => {
      if (state.reply) return view(); // a repeated "reply sent" sends nothing twice
      state.reply = { by: a.by, channel: a.channel, at: now() };
      state.phase = 'answered';
      if (a.channel !== 'elsewhere') {
        const reply = toComplainant('reply', 'reply', { channel: a.channel as 'email' | 'letter', text: a.text });
        dispatch(() => mail.sendToComplainant(reply), 'reply');
      }
      await record('reply_sent', a.by, { channel: a.channel });
      return view();
    },
    { validator: (a) => rules.checkReplySent(state, input, a) },
  );

  setHandler(
    actions.closeUpdate,
    async (a) => {
      const { by, resolution, correctiveAction, category, cause } = a;
      state.closure = { by, resolution, correctiveAction, category, cause, at: now() };
      state.phase = 'closed';
      await record('closed', by, { resolution, correctiveAction, category, cause });
      return view();
    },
    { validator: (a) => rules.checkClose(state, a) },
  );

  setHandler(
    actions.withdrawUpdate,
    async (a) => {
      state.withdrawal = { by: a.by, reason: a.reason, at: now() };
      state.phase = 'withdrawn';
      await record('withdrawn', a.by, { reason: a.reason });
      return view();
    },
    { validator: (a) => rules.checkWithdraw(state, a) },
  );

  setHandler(
    actions.assignUpdate,
    async (a) => {
      state.handler = a.handler;
      await record('assigned', a.by, { handler: a.handler });
      return view();
    },
    { validator: (a) => rules.checkAssign(state, a) },
  );

  /** R7/R4: while a callback is overdue, staff are reminded at every interval. */
  async function watchCallback(): Promise<void> {
    const done = () => state.phase !== 'awaiting_callback';
    while (!done()) {
      const remindAt = shiftIso(state.callbackDueAt!, state.callbackRemindersSent * terms.callbackReminderIntervalMs);
      if (await waitUntil(done, remindAt)) return;
      const n = (state.callbackRemindersSent += 1);
      dispatch(
        () => mail.notifyStaff(toStaff('callback_overdue', `callback-reminder-${n}`, state.callbackDueAt!)),
        'callback reminder',
      );
      await record('callback_overdue', 'system', { reminder: n });
    }
  }

  /** R3/R9/R10: without a reply, the acknowledgement goes out early enough to arrive in time. */
  async function watchReplyTerm(): Promise<void> {
    const done = () => state.phase !== 'in_handling';
    if (done() || (await waitUntil(done, acknowledgementDue(state, input)!))) return;
    acknowledge({ expectedBy: defaultExpectedBy(input), automatic: true, by: 'system', at: now() });
    await record('acknowledged', 'system', { automatic: true, expectedBy: defaultExpectedBy(input) });
  }

  /** R4: a promised date is a deadline: a reminder before it, an escalation when it passes. */
  async function watchPromises(): Promise<void> {
    while (state.phase === 'acknowledged') {
      const n = state.acknowledgements.length;
      const changed = () => state.phase !== 'acknowledged' || state.acknowledgements.length !== n;
      const ends = promiseEnds(state, input)!;
      if (!(await waitUntil(changed, shiftIso(ends, -terms.promiseReminderLeadMs)))) {
        dispatch(
          () => mail.notifyStaff(toStaff('promise_reminder', `promise-reminder-${n}`, ends)),
          'promise reminder',
        );
        await record('promise_reminder', 'system', { due: ends });
      }
      if (!(await waitUntil(changed, ends))) {
        state.escalatedAt = now();
        const progress = toComplainant('progress', `progress-${n}`, { acknowledgement: state.acknowledgements[n - 1] });
        dispatch(() => mail.notifyStaff(toStaff('escalation', `escalation-${n}`, ends)), 'escalation');
        dispatch(() => mail.sendToComplainant(progress), 'progress message');
        await record('escalated', 'system', { due: ends });
        await condition(changed);
      }
    }
  }

  // The register has the complaint already (R2); this puts its first deadlines on record.
  await record('procedure_started', 'system', { deadlines: runningDeadlines(state, input) });
  await watchCallback();
  await watchReplyTerm();
  await watchPromises();
  await condition(() => isFinal(state.phase) && messagesInFlight === 0 && allHandlersFinished());
  return view();
}
