/**
 * The Dutch public holidays that count for deadlines: those of the Algemene termijnenwet (Atw), art. 3.
 * Under art. 1 Atw a term that would end on such a day runs on to the next day that is not one, so a
 * promised date must not fall on them either. Computed from the year rather than listed, so that no
 * table runs out. Pure (workflow code imports it through working-days.ts).
 *
 * Not computed: the extra days a Besluit under art. 3(3) Atw equates to holidays for a few years at a
 * time (e.g. a Friday after Hemelvaartsdag). They are published, not derivable: put them in a working
 * calendar's `extraClosedDates`.
 */
import { addDays } from './calendar';

export interface PublicHoliday {
  /** YYYY-MM-DD */
  date: string;
  /** The Dutch name, as on a letter. */
  name: string;
}

/** The Gregorian computus is defined from 1583; four digits is what a YYYY-MM-DD date can hold. */
const GREGORIAN_FROM = 1583;
/** The first year of Koninginnedag on 30 April (before, Queen Wilhelmina's 31 August): no older rule is modelled. */
const ROYAL_DAY_ON_30_APRIL_FROM = 1949;
const LAST_YEAR = 9999;

/** Easter Sunday (YYYY-MM-DD) of a Gregorian year: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  checkYear(year, GREGORIAN_FROM);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/**
 * The holidays of art. 3 Atw in `year`, in date order. Eerste Paas- and Pinksterdag are Sundays and
 * closed anyway, but are listed so the list reads like a calendar. Goede Vrijdag is equated by art. 3(2).
 * 5 May is listed for every year, as art. 3 lists it today; it was added in the 1980s, and the years
 * before are not told apart. Two holidays can share a date (Hemelvaartsdag on 5 May 2016): both are
 * listed.
 */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  checkYear(year, ROYAL_DAY_ON_30_APRIL_FROM);
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    { date: ymd(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: addDays(easter, -2), name: 'Goede Vrijdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    royalDay(year),
    { date: ymd(year, 5, 5), name: 'Bevrijdingsdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: ymd(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: ymd(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * "The day on which the King's birthday is celebrated" (art. 3(1) Atw). It never stays on a Sunday:
 * Queen Juliana's moved to Monday 1 May, and since 1980 the day moves to the Saturday before.
 */
function royalDay(year: number): PublicHoliday {
  if (year >= 2014) {
    const date = ymd(year, 4, 27);
    return { date: isSunday(date) ? ymd(year, 4, 26) : date, name: 'Koningsdag' };
  }
  const date = ymd(year, 4, 30);
  if (!isSunday(date)) return { date, name: 'Koninginnedag' };
  return { date: year >= 1980 ? ymd(year, 4, 29) : ymd(year, 5, 1), name: 'Koninginnedag' };
}

function isSunday(date: string): boolean {
  return new Date(`${date}T00:00:00Z`).getUTCDay() === 0;
}

function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function checkYear(year: number, from: number): void {
  if (!Number.isInteger(year) || year < from || year > LAST_YEAR) {
    throw new RangeError(`Year ${year} is outside ${from}–${LAST_YEAR}, the years computed here`);
  }
}
