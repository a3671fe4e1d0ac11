/**
 * Issue 22: when staff act in the replay. By default at the same time after arrival as they really did;
 * or, for a proposal that changes the working calendar, on the same working day after arrival (the
 * third working day stays the third) at the same time of day. A step on the day of arrival, or on a day
 * that was closed, keeps its moment.
 */
import { addDays, localDate } from '../domain/calendar';
import type { ProcedureTerms } from '../domain/terms';
import { addWorkingDays, isWorkingDay } from '../domain/working-days';
import { shiftInstant } from './time-shift';

export const STAFF_TIMINGS = ['same-time', 'same-working-day'] as const;
export type StaffTiming = (typeof STAFF_TIMINGS)[number];

const DAY = 24 * 60 * 60 * 1000;

/** The moment staff who acted at `acted` on a complaint that arrived at `arrival` act under `policy`. */
export function actingMoment(
  arrival: string,
  acted: string,
  timing: StaffTiming,
  actual: ProcedureTerms,
  policy: ProcedureTerms,
): string {
  if (timing === 'same-time') return acted;
  const zone = actual.timeZone;
  const from = localDate(arrival, zone);
  const day = localDate(acted, zone);
  if (day <= from || !isWorkingDay(day, actual.calendar)) return acted;
  let n = 0;
  for (let d = addDays(from, 1); d <= day; d = addDays(d, 1)) if (isWorkingDay(d, actual.calendar)) n++;
  const target = addWorkingDays(from, n, policy.calendar);
  return shiftInstant(acted, Math.round((Date.parse(target) - Date.parse(day)) / DAY), zone);
}
