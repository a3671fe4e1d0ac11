/**
 * The next moment of a kind, after a given instant: "next Friday 15:00 in Amsterdam", "the next 2nd of a
 * month at 07:00", "a Saturday eight days before summer time". A test that needs a weekday, an hour, a month
 * boundary, a clock change or a holiday moves the test server's clock to such a moment and computes what
 * it expects from it, so that it passes on whatever day it runs (the server's clock only goes forward).
 * Pure: the instant and the zone are arguments.
 */
import { addDays, localDate } from '../../domain/calendar';
import { instantAtLocalTime } from '../../domain/wall-clock';
import { DEFAULT_WORKING_CALENDAR, isWorkingDay } from '../../domain/working-days';

export const ZONE = 'Europe/Amsterdam';

/** How far a search for a kind of day looks ahead: long enough for any yearly event, twice over. */
const HORIZON_DAYS = 800;

/** ISO weekday of a date (YYYY-MM-DD): 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** Whether the default calendar (weekdays, Dutch public holidays) is open on `date`. */
export const isOpen = (date: string) => isWorkingDay(date, DEFAULT_WORKING_CALENDAR);

/**
 * The first local date whose wall-clock `time` lies after `after` and which `fits`, with that instant.
 * Throws when none comes within the horizon: a test asking for an impossible day should say so.
 */
export function nextDay(
  after: Date,
  fits: (date: string) => boolean,
  time = '10:00',
  zone = ZONE,
): { date: string; at: string } {
  let date = localDate(after.toISOString(), zone);
  for (let i = 0; i <= HORIZON_DAYS; i++, date = addDays(date, 1)) {
    const at = instantAtLocalTime(date, time, zone);
    if (Date.parse(at) > after.getTime() && fits(date)) return { date, at };
  }
  throw new Error(`no such day within ${HORIZON_DAYS} days after ${after.toISOString()}`);
}

/** The next `weekday` (1 = Monday … 7 = Sunday) at local `time`, optionally only dates that also `fit`. */
export function nextWeekday(
  after: Date,
  weekday: number,
  time: string,
  fits: (date: string) => boolean = () => true,
): { date: string; at: string } {
  return nextDay(after, (d) => isoWeekday(d) === weekday && fits(d), time);
}

/** The next `day` of a month (1–28) at local `time`: a month boundary, or a monthly Schedule's run. */
export function nextDayOfMonth(after: Date, day: number, time: string): { date: string; at: string } {
  return nextDay(after, (d) => Number(d.slice(8, 10)) === day, time);
}

/** The next `MM-DD` (e.g. '12-25') at local `time`. */
export function nextDate(after: Date, monthDay: string, time = '10:00'): { date: string; at: string } {
  return nextDay(after, (d) => d.slice(5) === monthDay, time);
}

/** Whether clocks change to summer time on `date`: the last Sunday of March, in the EU. */
export const isSummerTimeStart = (date: string) =>
  date.slice(5, 7) === '03' && isoWeekday(date) === 7 && Number(date.slice(8)) > 24;

/** The instant of local `time` on `date` in the organisation's zone. */
export function at(date: string, time: string): string {
  return instantAtLocalTime(date, time, ZONE);
}
