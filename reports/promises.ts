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

export async function promises(s: ReportScope): Promise<Promises> {
  const later = (actions: string, alias: string) =>
    Prisma.raw(`SELECT 1 FROM "ComplaintEvent" ${alias}
      WHERE ${alias}."reference" = a."reference" AND ${alias}."action" IN (${actions}) AND ${alias}."at" > a."at"`);
  const [row] = await s.db.$queryRaw<Record<string, bigint | null>[]>(Prisma.sql`
    SELECT COUNT(*) AS made,
           SUM(CASE WHEN outcome = 'kept' THEN 1 ELSE 0 END) AS kept,
           SUM(CASE WHEN outcome = 'missed' THEN 1 ELSE 0 END) AS missed,
           SUM(CASE WHEN outcome = 'replaced' THEN 1 ELSE 0 END) AS replaced,
           SUM(CASE WHEN outcome = 'pending' THEN 1 ELSE 0 END) AS pending
    FROM (
      SELECT CASE
        WHEN EXISTS (${later(`'escalated'`, 'x')}
                     AND NOT EXISTS (${later(NEWER_PROMISE, 'n')} AND n."at" < x."at")) THEN 'missed'
        WHEN EXISTS (${later(NEWER_PROMISE, 'n')}) THEN 'replaced'
        WHEN c."status" = 'acknowledged' THEN 'pending'
        ELSE 'kept' END AS outcome
      FROM "ComplaintEvent" a JOIN "Complaint" c ON c."reference" = a."reference"
      WHERE a."action" = ${eventName('acknowledged')} AND ${within(Prisma.sql`a."at"`, s)}
    ) AS t`);
  const kept = num(row.kept);
  const missed = num(row.missed);
  return {
    made: num(row.made),
    kept,
    missed,
    replaced: num(row.replaced),
    pending: num(row.pending),
    share: kept + missed ? kept / (kept + missed) : null,
  };
}
