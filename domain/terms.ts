/**
 * The procedure's durations. They travel inside each workflow's input, so a complaint keeps the
 * terms it was registered under even when the configuration changes later (and replay stays exact).
 * Defaults follow ../shared/PROCEDURE.md; see infra/config.ts for the variables that set them.
 */
import { DEFAULT_WORKING_CALENDAR, type WorkingCalendar } from './working-calendar';
export interface ProcedureTerms {
  /** IANA time zone whose calendar days the terms count in. */
  timeZone: string;
  /** R9: the official reply is due before the end of this many days after the day of receipt. */
  replyTermDays: number;
  /** R3/R10: the automatic acknowledgement goes out this long before the reply deadline, so it
   *  still arrives in time when the mail server is down for a while. */
  acknowledgementLeadMs: number;
  /** R10: the handling time an automatic acknowledgement promises, in days after the reply deadline. */
  defaultExtensionDays: number;
  /** R7: an oral complaint not answered at once is called back within this time. */
  callbackDueMs: number;
  /** R4/R7: while a callback is overdue, staff are reminded this often. */
  callbackReminderIntervalMs: number;
  /** R4: the handler is reminded this long before a promised date. */
  promiseReminderLeadMs: number;
  /** R3/R10: a promise made by the procedure itself lies at least this many days after the day it is made. */
  minimumHandlingDays: number;
  /** R10: staff may promise a date at most this many days ahead. */
  maxPromiseDays: number;
  /** R7/R4: an overdue callback is reminded this many times, then brought to a manager once. */
  callbackMaxReminders: number;
  /** R6: an answered complaint not closed after this long is brought back to its handler. */
  closeReminderMs: number;
  /** R4: a letter the product prepares must be posted within this time. */
  letterPostingMs: number;
  /** R3/R9: a letter that must arrive before a deadline is posted at least this long before it. */
  postalDeliveryMs: number;
  /** The organisation's working days, public holidays and opening hours. */
  calendar: WorkingCalendar;
  /** R4/R10: a promised date falls on a working day (no promise on 25 December). */
  promisesOnWorkingDays: boolean;
  /** R7: a callback is due, and reminded, within opening hours on working days. */
  callbackInWorkingHours: boolean;
  /** R9: the reply term counts working days; the procedure itself says calendar days. */
  replyTermInWorkingDays: boolean;
  /** R4: a reopened complaint is answered within this many days (working days when promises are). */
  reopenReplyTermDays: number;
  /** R4/R6: a closed complaint can be reopened (and its status page asks the satisfaction question) this long. */
  reopenWindowMs: number;
  /** R4: the complainant gets a receipt confirmation with the status link at intake. */
  receiptConfirmation: boolean;
  /** R4/R6: closing a complaint sends the complainant a short message with the status link and the satisfaction question. */
  closingMessage: boolean;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export const DEFAULT_TERMS: ProcedureTerms = {
  timeZone: 'Europe/Amsterdam',
  replyTermDays: 14,
  acknowledgementLeadMs: 3 * DAY,
  defaultExtensionDays: 28,
  callbackDueMs: 4 * HOUR,
  callbackReminderIntervalMs: 4 * HOUR,
  promiseReminderLeadMs: 2 * DAY,
  minimumHandlingDays: 7,
  maxPromiseDays: 90,
  callbackMaxReminders: 3,
  closeReminderMs: 7 * DAY,
  letterPostingMs: 1 * DAY,
  postalDeliveryMs: 2 * DAY,
  calendar: DEFAULT_WORKING_CALENDAR,
  promisesOnWorkingDays: true,
  callbackInWorkingHours: true,
  replyTermInWorkingDays: false,
  reopenReplyTermDays: 14,
  reopenWindowMs: 90 * DAY,
  receiptConfirmation: true,
  closingMessage: true,
};

/**
 * What a complaint started before a term existed runs under: the behaviour it was started with. New
 * complaints always carry every term; these only fill what an old workflow input lacks.
 */
const BEFORE_THE_TERM_EXISTED: Partial<ProcedureTerms> = {
  promisesOnWorkingDays: false,
  callbackInWorkingHours: false,
  replyTermInWorkingDays: false,
  receiptConfirmation: false,
  closingMessage: false,
};

/**
 * The terms a complaint runs under. Complaints started before a term existed lack it in their input;
 * they get today's default, and the behaviour that uses it is guarded by `patched()` in the workflow.
 */
export function withDefaults(terms: Partial<ProcedureTerms>): ProcedureTerms {
  return { ...DEFAULT_TERMS, ...BEFORE_THE_TERM_EXISTED, ...terms };
}
