/**
 * Working days and working hours: on which date a promise may fall due (R4, R10), and where a term
 * in working hours, such as a callback (R7), ends. Pure and deterministic, because workflow code
 * imports it: dates and instants in and out as ISO strings, the zone an argument, never the clock.
 */
import { addDays, localDate } from './calendar';
import { dutchPublicHolidays } from './dutch-holidays';
import { instantAtLocalTime } from './wall-clock';
import { checkDate, checkWorkingCalendar, type WorkingCalendar } from './working-calendar';

// One import for callers: the calendar, its holidays and the arithmetic on it.
export { dutchPublicHolidays, easterSunday, type PublicHoliday } from './dutch-holidays';
export { checkWorkingCalendar, DEFAULT_WORKING_CALENDAR, type WorkingCalendar } from './working-calendar';

/**
 * No search walks further than this many calendar days. Far beyond any term of the procedure, so
 * reaching it means a calendar closed for good (every date in extraClosedDates) or a term given in the
 * wrong unit: better an error than a workflow task that never finishes.
 */
export const MAX_SEARCH_DAYS = 1000;

export function isWorkingDay(date: string, cal: WorkingCalendar): boolean {
  checkDate(date);
  return openTest(cal)(date);
}

/**
 * The n-th working day after `date` (n ≥ 1), like a spreadsheet's WORKDAY: from a Friday or a
 * Saturday, 1 working day on is the Monday. n = 0 is `date` itself if it is a working day, else the next
 * one: "no later than date", moved off a closed day.
 */
export function addWorkingDays(date: string, n: number, cal: WorkingCalendar): string {
  checkDate(date);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0, not ${n}`);
  const isOpen = openTest(cal);
  const step = stepper(date);
  let day = date;
  if (n === 0) {
    while (!isOpen(day)) day = step(day);
    return day;
  }
  for (let left = n; left > 0;) {
    day = step(day);
    if (isOpen(day)) left--;
  }
  return day;
}

/** The first working day after `date`. */
export function nextWorkingDay(date: string, cal: WorkingCalendar): string {
  return addWorkingDays(date, 1, cal);
}

/** `date` if it is a working day, else the next one: where a term that would end on a closed day ends. */
export function atOrAfterWorkingDay(date: string, cal: WorkingCalendar): string {
  return addWorkingDays(date, 0, cal);
}

/** `date` if it is a working day, else the one before: the last day to do what must be done by `date`. */
export function atOrBeforeWorkingDay(date: string, cal: WorkingCalendar): string {
  checkDate(date);
  const isOpen = openTest(cal);
  const step = stepper(date, -1);
  let day = date;
  while (!isOpen(day)) day = step(day);
  return day;
}

/**
 * The instant `ms` of working time after `iso`, counting only opening hours on working days in `zone`.
 * Time before opening, after closing and on closed days does not count. Work that fits exactly ends
 * at closing time, not the next morning; ms = 0 gives `iso` itself during opening hours, else the next
 * opening (closing time itself is closed).
 */
export function addWorkingTime(iso: string, ms: number, zone: string, cal: WorkingCalendar): string {
  checkInstant(iso);
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Working time must be a duration ≥ 0 ms, not ${ms}`);
  const isOpen = openTest(cal);
  const from = Date.parse(iso);
  let day = localDate(iso, zone);
  const step = stepper(day);
  for (let left = ms; ; day = step(day)) {
    if (!isOpen(day)) continue;
    // Each day's hours from the wall clock, not as fixed 24-hour days: a day can have 23 or 25 hours.
    const open = Date.parse(instantAtLocalTime(day, cal.hours.start, zone));
    const close = Date.parse(instantAtLocalTime(day, cal.hours.end, zone));
    const start = Math.max(from, open);
    if (start >= close) continue;
    if (start + left <= close) return new Date(start + left).toISOString();
    left -= close - start;
  }
}

/** With an offset: without one, Date.parse would read the time in the machine's own zone. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** One check of the calendar, then a fast test per date (a year's holidays are computed once). */
function openTest(cal: WorkingCalendar): (date: string) => boolean {
  checkWorkingCalendar(cal);
  const weekdays = new Set(cal.workingDays);
  const closed = new Set(cal.extraClosedDates);
  const holidaysByYear = new Map<string, Set<string>>();
  const isHoliday = (date: string) => {
    if (cal.publicHolidays === 'none') return false;
    const year = date.slice(0, 4);
    let holidays = holidaysByYear.get(year);
    if (!holidays) {
      holidays = new Set(dutchPublicHolidays(Number(year)).map((h) => h.date));
      holidaysByYear.set(year, holidays);
    }
    return holidays.has(date);
  };
  return (date) => weekdays.has(isoWeekday(date)) && !closed.has(date) && !isHoliday(date);
}

/** The next calendar day, refusing to walk further than MAX_SEARCH_DAYS from `from`. */
function stepper(from: string, direction: 1 | -1 = 1): (day: string) => string {
  let taken = 0;
  return (day) => {
    if (++taken > MAX_SEARCH_DAYS) {
      throw new Error(
        `Working calendar: no answer within ${MAX_SEARCH_DAYS} days ${direction > 0 ? 'after' : 'before'} ${from}; ` +
          'is every day closed, or the term far too long?',
      );
    }
    return addDays(day, direction);
  };
}

/** ISO weekday of `date` (YYYY-MM-DD): 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

function checkInstant(iso: string): void {
  if (!ISO_INSTANT.test(iso) || Number.isNaN(Date.parse(iso))) {
    throw new RangeError(`${iso} is not an ISO instant with a zone (e.g. 2026-11-27T14:00:00Z)`);
  }
}
