/**
 * Issue 22: a past period replayed on a time-skipping server, whose clock starts at today and only goes
 * forward. The period is moved forward by whole 52-week years: local times of day and weekdays stay the
 * same (and summer time nearly so), and the closed days of the real period travel along as closed dates
 * of the moved calendar, so that every term counts the same days it counted then.
 */
import { addDays, localDate, startOfLocalDay } from '../domain/calendar';
import type { ProcedureTerms } from '../domain/terms';
import { isoWeekday, isWorkingDay } from '../domain/working-days';

const DAY = 24 * 60 * 60 * 1000;
const YEAR_OF_WEEKS = 364;
/** The calendar the moved period needs: terms, promises and a reopening run well within this after it. */
const CALENDAR_AHEAD_DAYS = 500;

/** `iso` moved `days` calendar days, at the same local time of day. */
export function shiftInstant(iso: string, days: number, zone: string): string {
  if (days === 0) return iso;
  const date = localDate(iso, zone);
  const sinceMidnight = Date.parse(iso) - Date.parse(startOfLocalDay(date, zone));
  return new Date(Date.parse(startOfLocalDay(addDays(date, days), zone)) + sinceMidnight).toISOString();
}

/** The fewest whole 52-week years that move `earliest` after `clock`. */
export function shiftDaysFor(earliest: string, clock: number): number {
  const behind = clock - Date.parse(earliest);
  return behind < 0 ? 0 : (Math.floor(behind / (YEAR_OF_WEEKS * DAY)) + 1) * YEAR_OF_WEEKS;
}

/** `terms` for the moved period: its public holidays and closed dates become closed dates `days` later. */
export function shiftTerms(terms: ProcedureTerms, days: number, from: string): ProcedureTerms {
  if (days === 0) return terms;
  const closed: string[] = [];
  for (let date = addDays(from, -31), i = 0; i < CALENDAR_AHEAD_DAYS + 31; i++, date = addDays(date, 1)) {
    if (terms.calendar.workingDays.includes(isoWeekday(date)) && !isWorkingDay(date, terms.calendar)) {
      closed.push(addDays(date, days));
    }
  }
  return { ...terms, calendar: { ...terms.calendar, publicHolidays: 'none', extraClosedDates: closed } };
}
