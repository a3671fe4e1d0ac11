/**
 * What a step of the procedure changes in the register's row of the complaint, beside its status: the
 * facts reports are computed from (R6) — when the terms end, when the complaint was acknowledged,
 * called back, replied to and closed, and what closing recorded. Only facts the step itself carries;
 * "first" facts are written once, so a retried or repeated step changes nothing. The row's current
 * state (status, next deadline, handler) comes from the newest step only: see eventNumber.
 */
import type { RegisterEvent } from '../domain/notifications';

export interface Projection {
  /** Written every time the step is recorded. */
  set: Record<string, Date | string | boolean | null>;
  /** Written only while the column is still empty (the first acknowledgement, the first reply). */
  first: Record<string, Date>;
}

export function projectionOf(event: RegisterEvent, at: Date): Projection {
  const due = (name: string) => {
    const found = event.deadlines?.find((d) => d.name === name);
    return found ? { [`${name}DueAt`]: new Date(found.due) } : {};
  };
  const detail = event.detail as Record<string, string | undefined>;
  switch (event.action) {
    case 'procedure_started':
      return { set: { ...due('reply'), ...due('callback') }, first: {} };
    case 'callback_done':
      return { set: { calledBackAt: at, ...due('reply') }, first: {} };
    case 'acknowledged':
      return { set: {}, first: { acknowledgedAt: at } };
    case 'term_missed_at_entry':
      return { set: { termMissed: true }, first: {} };
    case 'reply_sent':
      // R9: a reply by letter is made when it is posted; marking it posted writes repliedAt (api/complaints/letters.ts).
      return detail.channel === 'letter' ? { set: {}, first: {} } : { set: {}, first: { repliedAt: at } };
    case 'closed':
      return {
        set: {
          closedAt: at,
          category: detail.category ?? null,
          cause: detail.cause ?? null,
          correctiveAction: detail.correctiveAction ?? null,
        },
        first: {},
      };
    case 'reopened':
      return { set: { closedAt: null }, first: {} };
    default:
      return { set: {}, first: {} };
  }
}

/**
 * The step's number in its workflow (keys read `<reference>/event-<n>`, counted up by the workflow).
 * The workflow records its steps with activities that run side by side, so an older step can finish
 * after a newer one (seen on PostgreSQL: "procedure started" after "assigned" took the handler away).
 */
export function eventNumber(key: string): number {
  const n = /\/event-(\d+)$/.exec(key)?.[1];
  if (n === undefined) throw new Error(`register event ${key} has no event number`);
  return Number(n);
}
