/**
 * R6 (issue 20): the figures of finished days, kept in the register (table ReportDay) so that a summary of
 * a year reads a year of kept days instead of passing over a year of complaints at every request. A day
 * is finished when it has ended by the moment of measuring; today and later days are always computed.
 *
 * The register forgets a kept day itself: triggers delete it whenever a write touches a complaint its
 * figures count (migration 20261209090000_report_days), so no code path can leave a figure stale. A day
 * being computed is first claimed (a row without figures); a write meanwhile forgets the claim, and the
 * figures, computed perhaps before that write, are then used for this answer only. On PostgreSQL the
 * claim waits for the transactions that have written to the register but not yet committed (a lock that
 * conflicts with their triggers'), so that every write is either seen by the computation or forgets the
 * claim. SQLite has one writer at a time, which does the same.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../infra/database';
import { computeDays, type DayFigures } from './day-figures';
import type { Dialect } from './dialect';
import type { DayRange } from './days';

/** What the kept figures were computed by: raise it when a figure's definition changes, and days are recomputed. */
export const FIGURES_VERSION = 1;

/** Days computed per query at most: a query's list of day boundaries stays short. */
const DAYS_PER_QUERY = 62;

export interface KeptDaysScope {
  db: Database;
  dialect: Dialect;
  zone: string;
  now: Date;
}

/**
 * The figures of `days` (consecutive, first to last), in their order: kept ones read, the rest computed a
 * run of consecutive days at a time, each run's finished days kept before the next (a long first
 * computation keeps what it did).
 */
export async function figuresOfDays(s: KeptDaysScope, days: DayRange[]): Promise<DayFigures[]> {
  if (!days.length) return [];
  const figures = await keptFigures(s, days);
  for (const batch of batches(days.filter((d) => !figures.has(d.day)))) {
    const finished = batch.filter((d) => d.end <= s.now);
    const claim = randomUUID();
    if (finished.length) await claimDays(s, finished, claim);
    const computed = await computeDays({ db: s.db, dialect: s.dialect, zone: s.zone, days: batch });
    batch.forEach((d, k) => figures.set(d.day, computed[k]));
    if (finished.length) await keepDays(s, finished, claim, figures);
  }
  return days.map((d) => figures.get(d.day)!);
}

/** Runs of consecutive days, at most DAYS_PER_QUERY long: a query reads the complaints of its days' span. */
function batches(days: DayRange[]): DayRange[][] {
  const runs: DayRange[][] = [];
  for (const d of days) {
    const run = runs.at(-1);
    if (run && run.length < DAYS_PER_QUERY && run[run.length - 1].end.getTime() === d.start.getTime()) run.push(d);
    else runs.push([d]);
  }
  return runs;
}

/** The kept figures of `days`, by day: of this version, and of the day as it is bounded now (time zone rules change). */
async function keptFigures(s: KeptDaysScope, days: DayRange[]): Promise<Map<string, DayFigures>> {
  const rows = await s.db.reportDay.findMany({
    where: {
      zone: s.zone,
      day: { gte: days[0].day, lte: days[days.length - 1].day },
      version: FIGURES_VERSION,
      figures: { not: null },
    },
  });
  const bounds = new Map(days.map((d) => [d.day, d]));
  const same = (r: (typeof rows)[number]) =>
    r.startsAt.getTime() === bounds.get(r.day)?.start.getTime() &&
    r.endsAt.getTime() === bounds.get(r.day)?.end.getTime();
  return new Map(rows.filter(same).map((r) => [r.day, JSON.parse(r.figures!) as DayFigures]));
}

async function claimDays(s: KeptDaysScope, days: DayRange[], claim: string): Promise<void> {
  const where = { zone: s.zone, day: { in: days.map((d) => d.day) } };
  const rows = days.map((d) => ({
    zone: s.zone,
    day: d.day,
    startsAt: d.start,
    endsAt: d.end,
    version: FIGURES_VERSION,
    claim,
  }));
  await s.db.$transaction([
    ...(s.dialect === 'postgresql' ? [s.db.$executeRaw`LOCK TABLE "ReportDay" IN SHARE ROW EXCLUSIVE MODE`] : []),
    s.db.reportDay.deleteMany({ where }),
    s.db.reportDay.createMany({ data: rows }),
  ]);
}

/** Keeps each day's figures unless a write forgot its claim (or another computation claimed it since). */
async function keepDays(
  s: KeptDaysScope,
  days: DayRange[],
  claim: string,
  figures: Map<string, DayFigures>,
): Promise<void> {
  await s.db.$transaction(
    days.map((d) =>
      s.db.reportDay.updateMany({
        where: { zone: s.zone, day: d.day, claim },
        data: { figures: JSON.stringify(figures.get(d.day)) },
      }),
    ),
  );
}
