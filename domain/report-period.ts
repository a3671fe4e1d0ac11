/**
 * R6: the periods reports compare, as local calendar dates in the organisation's time zone (a month is
 * the organisation's month, whatever the offset to UTC is that day). Pure functions on YYYY-MM-DD
 * strings: the monthly report's workflow picks its month with them too, so they read no clock.
 */
import { addDays, localDate } from './calendar';

/** From the first to the last day, both included. */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** One calendar month of a period, clipped to it: a period may begin or end mid-month. */
export interface PeriodMonth {
  /** YYYY-MM */
  month: string;
  from: string;
  to: string;
}

const monthOf = (date: string) => date.slice(0, 7);
const firstOf = (month: string) => `${month}-01`;

/** YYYY-MM plus `n` months (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const lastDayOf = (month: string) => addDays(firstOf(addMonths(month, 1)), -1);

/** Calendar days from `from` to `to`, both included. */
export function daysIn(p: ReportPeriod): number {
  return Math.round((Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The whole calendar month YYYY-MM. */
export function monthPeriod(month: string): ReportPeriod {
  return { from: firstOf(month), to: lastDayOf(month) };
}

/** The month before the one `today` (YYYY-MM-DD) falls in: what the monthly report is about. */
export function previousMonth(today: string): string {
  return addMonths(monthOf(today), -1);
}

/** Issue 19 item 10: the default period, the year so far: from 1 January to `today`, today included. */
export function yearSoFar(today: string): ReportPeriod {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** The number of whole months the period spans, when it runs from a first to a last day of a month. */
function wholeMonths(p: ReportPeriod): number | undefined {
  if (!p.from.endsWith('-01') || lastDayOf(monthOf(p.to)) !== p.to) return undefined;
  const [fy, fm] = p.from.split('-').map(Number);
  const [ty, tm] = p.to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/**
 * The period of equal length just before: as many whole months when the period is whole months
 * (October before November, though one has 31 days and the other 30), else as many days.
 */
export function previousPeriod(p: ReportPeriod): ReportPeriod {
  const months = wholeMonths(p);
  if (months !== undefined) {
    const start = addMonths(monthOf(p.from), -months);
    return { from: firstOf(start), to: addDays(p.from, -1) };
  }
  return { from: addDays(p.from, -daysIn(p)), to: addDays(p.from, -1) };
}

/** The calendar months the period touches, each clipped to the period. */
export function monthsOf(p: ReportPeriod): PeriodMonth[] {
  const months: PeriodMonth[] = [];
  for (let m = monthOf(p.from); m <= monthOf(p.to); m = addMonths(m, 1)) {
    const from = firstOf(m) < p.from ? p.from : firstOf(m);
    const to = lastDayOf(m) > p.to ? p.to : lastDayOf(m);
    months.push({ month: m, from, to });
  }
  return months;
}

/** Today's local date at `instant` in `zone`. */
export const todayIn = (instant: Date, zone: string) => localDate(instant.toISOString(), zone);
