/**
 * Every step a complaint's record can hold, by the name the register keeps (`ComplaintEvent.action`). The
 * workflow records the procedure's steps, the API the register's own; readers — the register's
 * projection, the deadline proof, the reports' queries, the pages' texts, the simulation — take their
 * names from here, so a renamed or new step is one the compiler follows into each of them. Stored names:
 * never rename one that a register may hold.
 */

/** Steps the complaint's workflow puts on record. */
export const PROCEDURE_EVENTS = [
  'procedure_started',
  'callback_done',
  'callback_overdue',
  'callback_escalated',
  'acknowledged',
  'term_missed_at_entry',
  'promise_reminder',
  'escalated',
  'written_confirmation_requested',
  'reply_sent',
  'close_reminder',
  'closed',
  'reopened',
  'withdrawn',
  'assigned',
  'message_sent',
  'message_resent',
  'message_failed',
  'letter_not_posted',
] as const;

/** Steps the register records itself, around the procedure. */
export const REGISTER_EVENTS = [
  'registered',
  'note',
  'incoming_message',
  'contact_corrected',
  'letter_posted',
  'satisfaction',
  'anonymised',
  'data_exported',
] as const;

export type ProcedureEvent = (typeof PROCEDURE_EVENTS)[number];
export type RegisterOnlyEvent = (typeof REGISTER_EVENTS)[number];
export type EventName = ProcedureEvent | RegisterOnlyEvent;

export const EVENT_NAMES: readonly EventName[] = [...PROCEDURE_EVENTS, ...REGISTER_EVENTS];

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);
}

/** A step's name where a query names it: `eventName('withdrawn')` is checked by the compiler, a string is not. */
export const eventName = (name: EventName): EventName => name;
