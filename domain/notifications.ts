/**
 * What the workflow asks its activities to send or record. Each carries a `key`, unique within its
 * complaint, that makes the activity idempotent: a retried activity finds its key in the register
 * and does not send or record a second time. No message carries the complainant's name or address:
 * the activity reads them from the register when it sends, so a corrected address reaches the next one.
 */
import type { Acknowledgement, Deadline, OralAnswer, Phase } from './complaint';
import type { ProcedureEvent } from './events';

export const COMPLAINANT_MESSAGE_PURPOSES = [
  'receipt',
  /** R3/R10: a complaint entered after its acknowledgement moment: one receipt, sorry for the delay, and the date. */
  'late_receipt',
  'acknowledgement',
  'new_date',
  'written_confirmation',
  'progress',
  'reply',
  'reopened',
  'interim',
  'status_link',
  /** R4/R6: the complaint is closed: the status link, and the satisfaction question behind it. */
  'closed',
] as const;
export type ComplainantMessagePurpose = (typeof COMPLAINANT_MESSAGE_PURPOSES)[number];

export interface ComplainantMessage {
  key: string;
  reference: string;
  purpose: ComplainantMessagePurpose;
  /** Asked for by staff; absent: by e-mail when the complainant has an address, else by letter. */
  channel?: 'email' | 'letter';
  acknowledgement?: Acknowledgement;
  /** `new_date`: the date promised before. */
  previousExpectedBy?: string;
  oralAnswer?: OralAnswer;
  /** The official reply's text (purpose `reply`). */
  text?: string;
  /** When it goes as a letter: the moment staff must have posted it. */
  postBy?: string;
  /** `receipt`: what happens next, and by when. */
  next?: { step: 'reply' | 'call_back' | 'close'; due?: string; day?: string };
  /** `interim`: the subject staff gave, if any. */
  subject?: string;
  /** `closed`: the reply went as a letter, which may reach the complainant after this message. */
  replyByPost?: boolean;
}

/** How a message went: a letter waits for staff to print and post it. */
export interface Sent {
  channel: 'email' | 'letter';
}

export const STAFF_NOTICE_PURPOSES = [
  'callback_overdue',
  'callback_escalation',
  'promise_reminder',
  'escalation',
  'message_failed',
  'term_missed',
  'letter_to_post',
  'letter_not_posted',
  'close_reminder',
  /** Issue 21: a complainant's e-mail joined their complaint's timeline. */
  'reply_received',
  /** Issue 21: a mail of ours to the complainant came back undelivered. */
  'message_bounced',
] as const;
export type StaffNoticePurpose = (typeof STAFF_NOTICE_PURPOSES)[number];

/** Reminders go to the handler (or the desk when none is assigned); escalations to a manager. */
export const NOTICE_RECIPIENT: Record<StaffNoticePurpose, 'handler' | 'manager'> = {
  callback_overdue: 'handler',
  callback_escalation: 'manager',
  promise_reminder: 'handler',
  escalation: 'manager',
  message_failed: 'manager',
  term_missed: 'manager',
  letter_to_post: 'handler',
  letter_not_posted: 'handler',
  close_reminder: 'handler',
  reply_received: 'handler',
  message_bounced: 'handler',
};

export interface StaffNotice {
  key: string;
  reference: string;
  purpose: StaffNoticePurpose;
  handler?: string;
  /** The deadline the notice is about. */
  due: string;
  /** A day-long deadline (a promised date): the local date itself, which is what people are told. */
  dueDay?: string;
  /** The message a letter notice is about. */
  messageKey?: string;
  /** Complaints started before notices named their recipient in the purpose table. */
  to?: 'handler' | 'manager';
}

export interface RegisterEvent {
  key: string;
  reference: string;
  actor: string;
  action: ProcedureEvent;
  detail: Record<string, unknown>;
  /** The register's projection of the workflow, for lists and reports. */
  status: Phase;
  nextDeadlineAt: string | null;
  handler: string | null;
  /** When the step happened (workflow time); complaints recorded before it existed: when it is recorded. */
  at?: string;
  /** The deadlines running after the step: the evidence a deadline proof is built from. */
  deadlines?: Deadline[];
}

/** The activities the complaint workflow calls; implemented in activities/. */
export interface ComplaintActivities {
  /** Resolves with how it went; complaints recorded before it answered saw `undefined`. */
  sendToComplainant(message: ComplainantMessage): Promise<Sent | undefined>;
  notifyStaff(notice: StaffNotice): Promise<void>;
  recordEvent(event: RegisterEvent): Promise<void>;
  /** R4: whether staff marked the letter with this message key as posted. */
  isLetterPosted(messageKey: string): Promise<boolean>;
  /** Sends message `messageId` (one that did not go out) again, to the complainant's current address. */
  resendToComplainant(resend: { messageId: number; key: string }): Promise<Sent>;
}
