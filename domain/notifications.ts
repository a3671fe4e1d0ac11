/**
 * What the workflow asks its activities to send or record. Each carries a `key`, unique within its
 * complaint, that makes the activity idempotent: a retried activity finds its key in the register
 * and does not send or record a second time.
 */
import type { Acknowledgement, Complainant, OralAnswer, Phase } from './complaint';

export const COMPLAINANT_MESSAGE_PURPOSES = ['acknowledgement', 'written_confirmation', 'progress', 'reply'] as const;
export type ComplainantMessagePurpose = (typeof COMPLAINANT_MESSAGE_PURPOSES)[number];

export interface ComplainantMessage {
  key: string;
  reference: string;
  purpose: ComplainantMessagePurpose;
  /** By e-mail when the complainant has an address, else as a letter for staff to post. */
  channel: 'email' | 'letter';
  complainant: Complainant;
  complaintSubject: string;
  receivedAt: string;
  acknowledgement?: Acknowledgement;
  oralAnswer?: OralAnswer;
  /** The official reply's text (purpose `reply`). */
  text?: string;
}

export type StaffNoticePurpose = 'callback_overdue' | 'promise_reminder' | 'escalation' | 'message_failed';

export interface StaffNotice {
  key: string;
  reference: string;
  purpose: StaffNoticePurpose;
  /** Reminders go to the handler (or the intake desk when none is assigned); escalations to a manager. */
  to: 'handler' | 'manager';
  handler?: string;
  complaintSubject: string;
  /** The deadline the notice is about. */
  due: string;
}

export interface RegisterEvent {
  key: string;
  reference: string;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
  /** The register's projection of the workflow, for lists and reports. */
  status: Phase;
  nextDeadlineAt: string | null;
  handler: string | null;
}

/** The activities the complaint workflow calls; implemented in activities/. */
export interface ComplaintActivities {
  sendToComplainant(message: ComplainantMessage): Promise<void>;
  notifyStaff(notice: StaffNotice): Promise<void>;
  recordEvent(event: RegisterEvent): Promise<void>;
}
