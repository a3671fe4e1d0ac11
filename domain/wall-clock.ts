/**
 * The instant of a local wall-clock time, e.g. 09:00 on 2026-03-29 in Europe/Amsterdam. Opening hours
 * are wall-clock times, and on a day the clocks change 09:00 is not nine hours after local midnight,
 * so startOfLocalDay plus an offset would be an hour off. Pure: the zone is an argument, never the
 * machine's. The zone's offset is calendar.ts's, with its kept formatters; dates are built with
 * Date.parse, never Date.UTC, which reads the years 0–99 as 1900–1999.
 */
import { zoneOffsetMs } from './calendar';

/** The instant (ISO, UTC) at which local date `date` (YYYY-MM-DD) shows wall-clock `time` (HH:MM) in `zone`. */
export function instantAtLocalTime(date: string, time: string, zone: string): string {
  const asIfUtc = Date.parse(`${date}T${time}:00Z`);
  // Two passes, as in startOfLocalDay: the offset at the guess can differ from the one at the answer.
  // A time the clocks skip (02:30 in spring) lands after the gap; one they pass twice, on the later pass.
  let instant = asIfUtc - zoneOffsetMs(asIfUtc, zone);
  instant = asIfUtc - zoneOffsetMs(instant, zone);
  return new Date(instant).toISOString();
}
