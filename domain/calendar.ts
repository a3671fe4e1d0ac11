/**
 * Calendar arithmetic in the organisation's time zone. Pure functions on ISO strings: the workflow
 * uses them too, so they must not read the clock or the machine's zone.
 */

import { dateFormatter } from './kept-formatters';

/** Every part of a moment as a 24-hour clock in `zone` shows it. */
const OFFSET_PARTS = (zone: string): Intl.DateTimeFormatOptions => ({
  timeZone: zone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Offset of `zone` from UTC at `instant`, in milliseconds (e.g. +3_600_000 for CET). */
export function zoneOffsetMs(instant: number, zone: string): number {
  const parts = dateFormatter('en-US', OFFSET_PARTS(zone)).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  // Not Date.UTC: it reads the years 0–99 as 1900–1999.
  const wall = new Date(0);
  wall.setUTCFullYear(get('year'), get('month') - 1, get('day'));
  wall.setUTCHours(get('hour'), get('minute'), get('second'));
  return wall.getTime() - Math.floor(instant / 1000) * 1000;
}

/** The calendar date (YYYY-MM-DD) of `iso` as seen in `zone`. */
export function localDate(iso: string, zone: string): string {
  const instant = Date.parse(iso);
  return new Date(instant + zoneOffsetMs(instant, zone)).toISOString().slice(0, 10);
}

/** The instant at which local calendar day `date` (YYYY-MM-DD) begins in `zone`. */
export function startOfLocalDay(date: string, zone: string): string {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  // Two passes: the offset at the guess can differ from the offset at the answer around DST changes.
  let instant = utcMidnight - zoneOffsetMs(utcMidnight, zone);
  instant = utcMidnight - zoneOffsetMs(instant, zone);
  return new Date(instant).toISOString();
}

/** YYYY-MM-DD plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The moment a term of `days` days after the day of `receivedAt` ends: the end of local day
 * receipt + days. "Within 14 days of receipt" means sent before this instant.
 */
export function termEnds(receivedAt: string, days: number, zone: string): string {
  return startOfLocalDay(addDays(localDate(receivedAt, zone), days + 1), zone);
}

/** The end of local calendar day `date` (a promised "by" date) in `zone`. */
export function endOfLocalDay(date: string, zone: string): string {
  return startOfLocalDay(addDays(date, 1), zone);
}

/** The local date a deadline at local midnight is the last day of: the day people are told. */
export function lastDayBefore(instant: string, zone: string): string {
  return localDate(shiftIso(instant, -1), zone);
}

export function shiftIso(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}
