/**
 * What a step of the procedure changes in the register's row of the complaint, beside its status: the
 * facts reports are computed from (R6) — when the terms end, when the complaint was acknowledged,
 * called back, replied to and closed, and what closing recorded. Only facts the step itself carries;
 * "first" facts are written once, so a retried or repeated step changes nothing. The row's current
 * state (status, next deadline, handler) comes from the newest step only: see eventNumber.
 */
import { Prisma } from '../generated/prisma/client';
import type { RegisterEvent } from '../domain/notifications';
import { workflowStepNumber } from '../domain/step-order';

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

/** The step's number in its workflow: the row keeps the newest step's state (steps finish out of order). */
export function eventNumber(key: string): number {
  const n = workflowStepNumber(key);
  if (n === undefined) throw new Error(`register event ${key} has no event number`);
  return n;
}

/**
 * The statements that put a step on record: the step itself (once: a retried activity finds its key),
 * the complaint's current state from the newest step only (steps finish out of order), and the facts the
 * step carries. Plain SQL for both engines (infra/database.ts, writeTogether).
 */
export function eventStatements(event: RegisterEvent): Prisma.Sql[] {
  const at = event.at ? new Date(event.at) : new Date();
  const { reference, key } = event;
  const n = eventNumber(key);
  const { set, first } = projectionOf(event, at);
  const detail = JSON.stringify(event.detail);
  const deadlines = event.deadlines ? JSON.stringify(event.deadlines) : null;
  const next = event.nextDeadlineAt ? new Date(event.nextDeadlineAt) : null;
  const sets = Object.entries(set).map(([name, value]) => Prisma.sql`${column(name)} = ${value}`);
  return [
    Prisma.sql`INSERT INTO "ComplaintEvent" ("key", "reference", "actor", "action", "detail", "at", "deadlines")
      VALUES (${key}, ${reference}, ${event.actor}, ${event.action}, ${detail}, ${at}, ${deadlines})
      ON CONFLICT ("key") DO NOTHING`,
    Prisma.sql`UPDATE "Complaint" SET "status" = ${event.status}, "nextDeadlineAt" = ${next},
      "handler" = ${event.handler ?? null}, "projectedEvent" = ${n}
      WHERE "reference" = ${reference} AND "projectedEvent" < ${n}`,
    // Most steps (an assignment, a note) carry no fact of their own: no statement for them.
    ...(sets.length ? [Prisma.sql`UPDATE "Complaint" SET ${Prisma.join(sets)} WHERE "reference" = ${reference}`] : []),
    ...Object.entries(first).map(
      ([name, value]) =>
        Prisma.sql`UPDATE "Complaint" SET ${column(name)} = ${value} WHERE "reference" = ${reference} AND ${column(name)} IS NULL`,
    ),
  ];
}

/** A column of the complaint's row, by a name from projectionOf (never from input). */
function column(name: string): Prisma.Sql {
  if (!/^[A-Za-z]+$/.test(name)) throw new Error(`not a column of the register: ${name}`);
  return Prisma.raw(`"${name}"`);
}
