/**
 * R10/R4, promises kept: every acknowledgement (an 'acknowledged' event, automatic or by staff) promises
 * a date. Counted are the promises made in the period, each with what became of it:
 *  - missed: an 'escalated' event (the date passed unanswered) followed before any newer promise;
 *  - replaced: staff promised a new date (or the complaint was reopened) before this one passed;
 *  - pending: it is still the complaint's running promise;
 *  - kept: otherwise — the complaint was answered (or withdrawn) before the date passed.
 */
import { eventName } from '../domain/events';
import { Prisma } from '../generated/prisma/client';
import { num } from './dialect';
import { within, type ReportScope } from './scope';

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

export async function promises(s: ReportScope): Promise<Promises> {
  const first = (actions: string, alias: string) =>
    Prisma.raw(`(SELECT MIN(${alias}."at") FROM "ComplaintEvent" ${alias}
      WHERE ${alias}."reference" = a."reference" AND ${alias}."action" IN (${actions}) AND ${alias}."at" > a."at")`);
  // Missed: an escalation followed with no newer promise before it — then the first escalation is one such,
  // so comparing the first of each decides it: two index lookups per promise, each evaluated once
  // (GROUP BY rather than one SUM(CASE …) per outcome, which PostgreSQL expands into a lookup per SUM).
  const rows = await s.db.$queryRaw<{ outcome: (typeof OUTCOMES)[number]; n: bigint | number }[]>(Prisma.sql`
    SELECT outcome, COUNT(*) AS n
    FROM (
      SELECT CASE
        WHEN escalated IS NOT NULL AND (newer IS NULL OR newer >= escalated) THEN 'missed'
        WHEN newer IS NOT NULL THEN 'replaced'
        WHEN status = 'acknowledged' THEN 'pending'
        ELSE 'kept' END AS outcome
      FROM (
        SELECT c."status" AS status, ${first(`'escalated'`, 'x')} AS escalated, ${first(NEWER_PROMISE, 'n')} AS newer
        FROM "ComplaintEvent" a JOIN "Complaint" c ON c."reference" = a."reference"
        WHERE a."action" = ${eventName('acknowledged')} AND ${within(Prisma.sql`a."at"`, s)}
      ) AS p
    ) AS t
    GROUP BY outcome`);
  const row = Object.fromEntries(rows.map((r) => [r.outcome, r.n]));
  const kept = num(row.kept);
  const missed = num(row.missed);
  return {
    made: OUTCOMES.reduce((sum, o) => sum + num(row[o]), 0),
    kept,
    missed,
    replaced: num(row.replaced),
    pending: num(row.pending),
    share: kept + missed ? kept / (kept + missed) : null,
  };
}
