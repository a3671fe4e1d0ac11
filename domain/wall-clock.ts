/**
 * The instant of a local wall-clock time, e.g. 09:00 on 2026-03-29 in Europe/Amsterdam. Opening hours
 * are wall-clock times, and on a day the clocks change 09:00 is not nine hours after local midnight,
 * so startOfLocalDay plus an offset would be an hour off. Pure: the zone is an argument, never the
 * machine's. It belongs beside startOfLocalDay in calendar.ts; it is kept apart while that file is
 * being fixed for years 0–99, and for that reason builds dates with Date.parse, never Date.UTC.
 */

/** The instant (ISO, UTC) at which local date `date` (YYYY-MM-DD) shows wall-clock `time` (HH:MM) in `zone`. */
export function instantAtLocalTime(date: string, time: string, zone: string): string {
  const asIfUtc = Date.parse(`${date}T${time}:00Z`);
  // Two passes, as in startOfLocalDay: the offset at the guess can differ from the one at the answer.
  // A time the clocks skip (02:30 in spring) lands after the gap; one they pass twice, on the later pass.
  let instant = asIfUtc - offsetMs(asIfUtc, zone);
  instant = asIfUtc - offsetMs(instant, zone);
  return new Date(instant).toISOString();
}

/** Offset of `zone` from UTC at `instant`, in milliseconds (e.g. +3_600_000 for CET). */
function offsetMs(instant: number, zone: string): number {
  const parts = formatter(zone).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const wall = `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}Z`;
  return Date.parse(wall) - Math.floor(instant / 1000) * 1000;
}

/**
 * Making a formatter costs far more than using one, and a term in working hours needs four offsets for
 * every working day it walks. Keeping them by zone is safe in workflow code: a formatter is the same whatever asks first.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}
