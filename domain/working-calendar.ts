/**
 * Which days and hours an organisation works, as plain JSON: it travels in a workflow's input with the
 * other procedure terms, so a complaint keeps the calendar it was registered under (and replay stays
 * exact). Checked wherever it is used, because JSON from a workflow's input has had no compiler look at it.
 */

export interface WorkingCalendar {
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  workingDays: number[];
  /** 'nl': closed on the holidays of the Algemene termijnenwet (see dutch-holidays.ts). */
  publicHolidays: 'nl' | 'none';
  /** Further closed dates (YYYY-MM-DD): a company closing day, or a day a Besluit under art. 3(3) Atw equates to a holiday. */
  extraClosedDates: string[];
  /** Opening hours on a working day (HH:MM, local wall-clock time in the zone of each call). */
  hours: { start: string; end: string };
}

export const DEFAULT_WORKING_CALENDAR: WorkingCalendar = {
  workingDays: [1, 2, 3, 4, 5],
  publicHolidays: 'nl',
  extraClosedDates: [],
  hours: { start: '09:00', end: '17:00' },
};

/** Throws an Error that names the field; for a calendar built from configuration, call it at start-up. */
export function checkWorkingCalendar(cal: WorkingCalendar): void {
  if (!Array.isArray(cal.workingDays) || cal.workingDays.length === 0) {
    throw new Error('WorkingCalendar.workingDays is empty: with no working day no date could ever be found');
  }
  for (const d of cal.workingDays) {
    if (!Number.isInteger(d) || d < 1 || d > 7) {
      throw new Error(`WorkingCalendar.workingDays: ${d} is no ISO weekday (1 = Monday … 7 = Sunday)`);
    }
  }
  if (cal.publicHolidays !== 'nl' && cal.publicHolidays !== 'none') {
    throw new Error(`WorkingCalendar.publicHolidays must be 'nl' or 'none', not ${String(cal.publicHolidays)}`);
  }
  if (!Array.isArray(cal.extraClosedDates)) throw new Error('WorkingCalendar.extraClosedDates must be a list');
  cal.extraClosedDates.forEach((date) => checkDate(date, 'WorkingCalendar.extraClosedDates'));
  const hours: Partial<WorkingCalendar['hours']> = cal.hours ?? {};
  const { start = '', end = '' } = hours;
  if (!HH_MM.test(start) || !HH_MM.test(end) || start >= end) {
    throw new Error(`WorkingCalendar.hours must be HH:MM to a later HH:MM on the same day, not ${start}–${end}`);
  }
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Refuses anything but a real YYYY-MM-DD date (no 30 February), so no date is read in some other way. */
export function checkDate(date: string, what = 'Date'): void {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`));
  if (!valid || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`${what}: ${date} is not a calendar date (YYYY-MM-DD)`);
  }
}
