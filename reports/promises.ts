/**
 * R10/R4, promises kept: every acknowledgement (an 'acknowledged' event, automatic or by staff) promises
 * a date. Counted are the promises made in the period, each with what became of it:
 *  - missed: an 'escalated' event (the date passed unanswered) followed before any newer promise;
 *  - replaced: staff promised a new date (or the complaint was reopened) before this one passed;
 *  - pending: it is still the complaint's running promise;
 *  - kept: otherwise — the complaint was answered (or withdrawn) before the date passed.
 * Counted per day of the promise (days.ts); none of it depends on the moment of measuring.
 */
import { eventName } from '../domain/events';
import { Prisma } from '../generated/prisma/client';
import { num } from './dialect';
import { fromDays, perDay, withDays, type DaysQuery } from './days';

export interface Promises {
  made: number;
  kept: number;
  missed: number;
  replaced: number;
  pending: number;
  /** kept / (kept + missed); null when none was decided yet. */
  share: number | null;
}

const NEWER_PROMISE = `'acknowledged', 'reopened'`;
const OUTCOMES = ['kept', 'missed', 'replaced', 'pending'] as const;

export type DayPromises = Record<(typeof OUTCOMES)[number], number>;

export async function promisesOfDays(q: DaysQuery): Promise<DayPromises[]> {
  const first = (actions: string, alias: string) =>
    Prisma.raw(`(SELECT MIN(${alias}."at") FROM "ComplaintEvent" ${alias}
      WHERE ${alias}."reference" = a."reference" AND ${alias}."action" IN (${actions}) AND ${alias}."at" > a."at")`);
  // Missed: an escalation followed with no newer promise before it — then the first escalation is one such,
  // so comparing the first of each decides it: two index lookups per promise, each evaluated once
  // (GROUP BY rather than one SUM(CASE …) per outcome, which PostgreSQL expands into a lookup per SUM).
  const rows = await q.db.$queryRaw<{ i: bigint; outcome: (typeof OUTCOMES)[number]; n: bigint | number }[]>(Prisma.sql`
    ${withDays(q)}
    SELECT i, outcome, COUNT(*) AS n
    FROM (
      SELECT i, CASE
        WHEN escalated IS NOT NULL AND (newer IS NULL OR newer >= escalated) THEN 'missed'
        WHEN newer IS NOT NULL THEN 'replaced'
        WHEN status = 'acknowledged' THEN 'pending'
        ELSE 'kept' END AS outcome
      FROM (
        SELECT d.i AS i, c."status" AS status, ${first(`'escalated'`, 'x')} AS escalated,
               ${first(NEWER_PROMISE, 'n')} AS newer
        FROM ${fromDays(q, 'ComplaintEvent', 'a', 'at', Prisma.sql`a."action" = ${eventName('acknowledged')}`)}
        JOIN "Complaint" c ON c."reference" = a."reference"
      ) AS p
    ) AS t
    GROUP BY i, outcome`);
  return perDay(q, rows, (day) => {
    const row = Object.fromEntries(day.map((r) => [r.outcome, num(r.n)]));
    return Object.fromEntries(OUTCOMES.map((o) => [o, row[o] ?? 0])) as DayPromises;
  });
}

export function foldPromises(days: DayPromises[]): Promises {
  const sum = (o: (typeof OUTCOMES)[number]) => days.reduce((total, d) => total + d[o], 0);
  const kept = sum('kept');
  const missed = sum('missed');
  return {
    made: OUTCOMES.reduce((total, o) => total + sum(o), 0),
    kept,
    missed,
    replaced: sum('replaced'),
    pending: sum('pending'),
    share: kept + missed ? kept / (kept + missed) : null,
  };
}
