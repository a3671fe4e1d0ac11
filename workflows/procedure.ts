/**
 * One complaint's procedure: its state, and the operations that staff actions and deadlines share —
 * putting a step on record, sending a message without holding up the caller, and keeping Temporal Web's
 * view of the complaint current. The workflow function, its handlers and its phase watchers all work
 * through this object.
 */

import { condition } from '@temporalio/workflow';
import { endOfLocalDay, localDate, startOfLocalDay } from '../domain/calendar';
import type { ProcedureEvent } from '../domain/events';
import type { Acknowledgement, ComplaintState, ComplaintWorkflowInput } from '../domain/complaint';
import { MESSAGE, NOTICE } from '../domain/explain';
import type { ComplainantMessage, StaffNotice, StaffNoticePurpose } from '../domain/notifications';
import { withDefaults, type ProcedureTerms } from '../domain/terms';
import { mail, mailBefore, register, registerLocally } from './activities';
import { isPast, now } from './clock';
import { acknowledgementDue, initialState, runningDeadlines, view, type ComplaintRecord } from './state';
import { TemporalWebView } from './temporal-web';
import { postingDay, watchPosting } from './letters';
import { patched } from './patches';
import { nextDeadline } from '../domain/next-deadline';
import { workflowStepKey } from '../domain/step-order';

/** When a message must arrive by a moment (a term), and whether it may be sent after that moment. */
interface Timing {
  /** The message is worth sending only before this instant: afterwards it fails, and a manager is told. */
  deadline?: string;
  /** It should reach the complainant by this instant: a letter must be posted in time for it. */
  arriveBy?: string;
  /** The key of a message it follows: it is handed over only once that one was (or failed). */
  after?: string;
}

export class Procedure {
  readonly state: ComplaintRecord;
  readonly terms: ProcedureTerms;
  private eventCount = 0;
  /** Messages still being sent and letters still being watched: the workflow ends only without any. */
  private inFlight = 0;
  /** The complaint's procedure is over: withdrawn, or closed and past the time it could be reopened. */
  ended = false;
  /** R3/R10: entered after its acknowledgement moment; its acknowledgement is its receipt (confirmReceipt). */
  lateEntry = false;
  /** Counters that make the keys of repeatable messages unique (the same on every replay). */
  private resends = 0;
  interimMessages = 0;
  /** The keys of messages being handed over to the mail server or the queue of letters to post. */
  private readonly handingOver = new Set<string>();
  /** What Temporal Web shows of the complaint, kept current at every step. */
  readonly temporalWeb = new TemporalWebView();

  constructor(readonly input: ComplaintWorkflowInput) {
    this.terms = withDefaults(input.terms);
    this.state = initialState(input, this.terms);
    // R3: complaints started before letters were kept in their term keep the moments they had.
    if (!patched('letters-arrive-in-term')) this.state.startedBeforeLettersInTerm = true;
  }

  get reference(): string {
    return this.input.reference;
  }

  view(): ComplaintState {
    return view(this.state, this.terms);
  }

  /** Nothing is being sent or watched any more. */
  settled(): boolean {
    return this.inFlight === 0;
  }

  today(): string {
    return localDate(now(), this.terms.timeZone);
  }

  /** Puts a step on record in the register: who, what, and the state it led to. */
  async record(action: ProcedureEvent, actor: string, detail: Record<string, unknown> = {}): Promise<void> {
    this.temporalWeb.show(this.view(), this.terms.timeZone);
    const key = workflowStepKey(this.reference, ++this.eventCount);
    const deadlines = runningDeadlines(this.state, this.terms);
    const event = {
      key,
      reference: this.reference,
      actor,
      action,
      detail,
      status: this.state.phase,
      // The inbox's deadline is the complaint page's: a promise made (R10) replaces a reply term that ran out.
      nextDeadlineAt: nextDeadline(deadlines)?.due ?? null,
      handler: this.state.handler ?? null,
      at: now(),
      deadlines,
    };
    const summary = `register: ${action}`;
    // Complaints recorded before register writes were local replay them as ordinary activities.
    if (patched('register-locally')) await registerLocally.recordEvent.executeWithOptions({ summary }, [event]);
    else await register.recordEvent.executeWithOptions({ summary }, [event]);
  }

  /**
   * The name of a message that goes out once per round of handling. A reopened complaint's second reply
   * or close reminder is a message of its own: under the first one's name the outbox would skip it as
   * already sent. Complaints reopened before this existed replay under the first name.
   */
  perRound(name: string): string {
    const round = (this.state.reopenings?.length ?? 0) + 1;
    return round > 1 && patched('per-round-messages') ? `${name}-${round}` : name;
  }

  toComplainant(
    purpose: ComplainantMessage['purpose'],
    name: string,
    extra: Partial<ComplainantMessage> = {},
  ): ComplainantMessage {
    return { key: `${this.reference}/${name}`, reference: this.reference, purpose, ...extra };
  }

  toStaff(
    purpose: StaffNoticePurpose,
    name: string,
    due: string,
    extra: Pick<StaffNotice, 'dueDay' | 'messageKey'> = {},
  ): StaffNotice {
    const { reference, state } = this;
    return { key: `${reference}/${name}`, reference, purpose, handler: state.handler, due, ...extra };
  }

  /**
   * Sends without holding up the caller. A message that cannot go out (in time, or at all: the mail
   * server refused it) is put on record and brought to a manager, who contacts the complainant otherwise.
   */
  dispatch(send: () => Promise<unknown>, what: string, deadline?: string): void {
    this.inFlight += 1;
    void send()
      .catch(async () => {
        const due = deadline ?? now();
        await this.record('message_failed', 'system', { message: what, due });
        await this.sendNotice(this.toStaff('message_failed', `message-failed-${this.eventCount}`, due)).catch(() =>
          this.record('message_failed', 'system', { message: 'notice to a manager', due }),
        );
      })
      .finally(() => (this.inFlight -= 1));
  }

  /**
   * R4: the complainant hears at once that the complaint is registered, what happens next and by when,
   * with the private link to follow it. Written complaints always (by letter when there is no e-mail
   * address), oral ones when an e-mail address is known. Complaints started before it existed had none.
   */
  confirmReceipt(): void {
    const { kind, contact } = this.state;
    // A late entry is acknowledged at once (phases.ts, acknowledgeLate): that one message is its receipt,
    // with an apology for the delay and the date, instead of two messages in the same minute.
    if (this.enteredLate() && patched('late-receipt')) {
      this.lateEntry = true;
      return;
    }
    if (!this.terms.receiptConfirmation || (kind === 'oral' && !contact.email)) return;
    const { next, deadlines } = this.view();
    const deadline = deadlines.find((d) => d.name === (next?.step === 'call_back' ? 'callback' : 'reply'));
    const about = next ? { step: next.step, due: next.due, day: deadline?.day } : undefined;
    this.sendToComplainant(this.toComplainant('receipt', 'receipt', { next: about }));
  }

  /** R3/R10: a written complaint whose acknowledgement moment had passed when its procedure began. */
  enteredLate(): boolean {
    const due = acknowledgementDue(this.state, this.terms);
    return this.state.phase === 'in_handling' && due !== undefined && isPast(due);
  }

  /** A notice to staff (a reminder, an escalation), in the background. */
  notify(notice: StaffNotice): void {
    this.dispatch(() => this.sendNotice(notice), notice.purpose.replace(/_/g, ' '));
  }

  sendNotice(notice: StaffNotice): Promise<void> {
    return mail.notifyStaff.executeWithOptions({ summary: NOTICE[notice.purpose] }, [notice]);
  }

  /** A message to the complainant. One that goes as a letter waits for staff to post it, and is watched. */
  sendToComplainant(message: ComplainantMessage, timing: Timing = {}): void {
    const postDay = postingDay(
      this.terms,
      this.today(),
      timing.arriveBy ?? timing.deadline,
      this.state.startedBeforeLettersInTerm,
    );
    const postBy = endOfLocalDay(postDay, this.terms.timeZone);
    this.dispatch(
      async () => {
        const { after } = timing;
        if (after) await condition(() => !this.handingOver.has(after));
        const activities = timing.deadline ? mailBefore(timing.deadline) : mail;
        this.handingOver.add(message.key);
        const sent = await activities.sendToComplainant
          .executeWithOptions({ summary: MESSAGE[message.purpose] }, [{ ...message, postBy }])
          .finally(() => this.handingOver.delete(message.key));
        // Histories recorded before the activity said how it went replay with `undefined` here.
        if (sent?.channel === 'letter' && patched('letters-to-post')) await watchPosting(this, message.key, postDay);
      },
      message.purpose.replace(/_/g, ' '),
      timing.deadline,
    );
  }

  /** The message with this key is still being handed over to the mail server or the letter queue. */
  isHandingOver(key: string): boolean {
    return this.handingOver.has(key);
  }

  /** Sends a message that did not reach the complainant again, to the address the register holds now. */
  resend(messageId: number): void {
    const key = `${this.reference}/resend-${messageId}-${++this.resends}`;
    const postDay = postingDay(this.terms, this.today());
    this.dispatch(async () => {
      const sent = await mail.resendToComplainant.executeWithOptions({ summary: 'R4: bericht opnieuw versturen' }, [
        { messageId, key },
      ]);
      if (sent.channel === 'letter') await watchPosting(this, key, postDay);
    }, 'resent message');
  }

  /**
   * R3/R10: the acknowledgement with the way and expected duration; a later one announces a new date,
   * one that reopens the complaint says so (R4), and a late entry's is its receipt, with an apology.
   * The promised date is watched from now on.
   */
  acknowledge(ack: Acknowledgement, as?: 'reopened' | 'late_receipt'): void {
    const previous = this.state.acknowledgements.at(-1);
    this.state.acknowledgements.push(ack);
    this.state.phase = 'acknowledged';
    this.state.escalatedAt = undefined;
    const name = `acknowledgement-${this.state.acknowledgements.length}`;
    // A promise is worth sending only before its day begins (a mail outage must not deliver a date that
    // has come); the first acknowledgement is bound to the reply term too, as long as that still runs.
    const promised = startOfLocalDay(ack.expectedBy, this.terms.timeZone);
    const term = this.state.replyDueAt && !isPast(this.state.replyDueAt) ? this.state.replyDueAt : undefined;
    const deadline = !previous && term && term < promised ? term : promised;
    const message = as
      ? this.toComplainant(as, name, { acknowledgement: ack })
      : previous
        ? this.toComplainant('new_date', name, { acknowledgement: ack, previousExpectedBy: previous.expectedBy })
        : this.toComplainant('acknowledgement', name, { acknowledgement: ack });
    this.sendToComplainant(message, { deadline });
  }
}
