/**
 * R4/R7/R10 in working days and hours: a promised date never falls on a weekend or a Dutch public
 * holiday (Algemene termijnenwet, "Atw"), and working hours count only while the office is open.
 * Every expectation is written out by hand from a printed calendar, never computed by the code.
 */
import { addDays } from '../domain/calendar';
import {
  addWorkingDays,
  addWorkingTime,
  atOrAfterWorkingDay,
  atOrBeforeWorkingDay,
  checkWorkingCalendar,
  DEFAULT_WORKING_CALENDAR as NL,
  dutchPublicHolidays,
  easterSunday,
  isWorkingDay,
  nextWorkingDay,
  type WorkingCalendar,
} from '../domain/working-days';

const AMS = 'Europe/Amsterdam';
const HOUR = 60 * 60 * 1000;
const calendar = (change: Partial<WorkingCalendar>): WorkingCalendar => ({ ...NL, ...change });

describe('Easter and the Dutch public holidays', () => {
  test('Easter Sunday by the Gregorian computus, earliest (22 March) and latest (25 April) included', () => {
    const years = [2024, 2025, 2026, 2027, 2038, 2285, 1818, 2008, 2016];
    expect(years.map(easterSunday)).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
      '2285-03-22',
      '1818-03-22',
      '2008-03-23',
      '2016-03-27',
    ]);
  });

  test('Atw art. 3: the holidays of 2026, in date order, with their Dutch names', () => {
    expect(dutchPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nieuwjaarsdag' },
      { date: '2026-04-03', name: 'Goede Vrijdag' },
      { date: '2026-04-05', name: 'Eerste Paasdag' },
      { date: '2026-04-06', name: 'Tweede Paasdag' },
      { date: '2026-04-27', name: 'Koningsdag' },
      { date: '2026-05-05', name: 'Bevrijdingsdag' },
      { date: '2026-05-14', name: 'Hemelvaartsdag' },
      { date: '2026-05-24', name: 'Eerste Pinksterdag' },
      { date: '2026-05-25', name: 'Tweede Pinksterdag' },
      { date: '2026-12-25', name: 'Eerste Kerstdag' },
      { date: '2026-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  test('Atw art. 3: the holidays of 2027, in date order, with their Dutch names', () => {
    expect(dutchPublicHolidays(2027)).toEqual([
      { date: '2027-01-01', name: 'Nieuwjaarsdag' },
      { date: '2027-03-26', name: 'Goede Vrijdag' },
      { date: '2027-03-28', name: 'Eerste Paasdag' },
      { date: '2027-03-29', name: 'Tweede Paasdag' },
      { date: '2027-04-27', name: 'Koningsdag' },
      { date: '2027-05-05', name: 'Bevrijdingsdag' },
      { date: '2027-05-06', name: 'Hemelvaartsdag' },
      { date: '2027-05-16', name: 'Eerste Pinksterdag' },
      { date: '2027-05-17', name: 'Tweede Pinksterdag' },
      { date: '2027-12-25', name: 'Eerste Kerstdag' },
      { date: '2027-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  test('Atw art. 3: the royal day never stays on a Sunday', () => {
    const royalDay = (year: number) => dutchPublicHolidays(year).find((h) => /^Konin/.test(h.name));
    // 27 April 2025 and 2014 are Sundays: Koningsdag moves to the Saturday before.
    expect(royalDay(2025)).toEqual({ date: '2025-04-26', name: 'Koningsdag' });
    expect(royalDay(2014)).toEqual({ date: '2014-04-26', name: 'Koningsdag' });
    // Queen Beatrix: 30 April, or Saturday 29 April when the 30th was a Sunday (2006).
    expect(royalDay(2013)).toEqual({ date: '2013-04-30', name: 'Koninginnedag' });
    expect(royalDay(2006)).toEqual({ date: '2006-04-29', name: 'Koninginnedag' });
    // Queen Juliana (until 1979): Monday 1 May when the 30th was a Sunday (1978).
    expect(royalDay(1978)).toEqual({ date: '1978-05-01', name: 'Koninginnedag' });
  });

  test('Atw art. 3: two holidays on one date are both listed (Hemelvaartsdag on 5 May 2016)', () => {
    const onFifthMay = dutchPublicHolidays(2016).filter((h) => h.date === '2016-05-05');
    expect(onFifthMay.map((h) => h.name).sort()).toEqual(['Bevrijdingsdag', 'Hemelvaartsdag']);
  });

  test('years outside the computed range are refused, not guessed', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError); // before the Gregorian calendar
    expect(() => dutchPublicHolidays(1948)).toThrow(RangeError); // Queen Wilhelmina's 31 August: not modelled
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('working days', () => {
  test('R4: a promised date skips weekends and public holidays (no promise on 25 December)', () => {
    expect(addWorkingDays('2026-12-23', 1, NL)).toBe('2026-12-24');
    expect(addWorkingDays('2026-12-23', 2, NL)).toBe('2026-12-28'); // Fri 25, Sat 26, Sun 27 closed
    expect(isWorkingDay('2026-12-25', NL)).toBe(false);
    expect(nextWorkingDay('2026-12-24', NL)).toBe('2026-12-28');
  });

  test('R4: weekends are skipped; one working day after a Friday or a Saturday is the Monday', () => {
    expect(addWorkingDays('2026-11-27', 1, NL)).toBe('2026-11-30'); // Friday → Monday
    expect(addWorkingDays('2026-11-28', 1, NL)).toBe('2026-11-30'); // Saturday → Monday
    expect(addWorkingDays('2026-11-25', 5, NL)).toBe('2026-12-02'); // Wednesday → Wednesday
    expect(addWorkingDays('2026-11-25', 10, NL)).toBe('2026-12-09');
    expect(isWorkingDay('2026-11-28', NL)).toBe(false);
    expect(isWorkingDay('2026-11-30', NL)).toBe(true);
  });

  test('R4: zero working days is the date itself on a working day, else the next working day', () => {
    expect(addWorkingDays('2026-11-25', 0, NL)).toBe('2026-11-25');
    expect(addWorkingDays('2026-11-28', 0, NL)).toBe('2026-11-30');
    expect(atOrAfterWorkingDay('2026-12-26', NL)).toBe('2026-12-28');
    expect(atOrAfterWorkingDay('2026-12-24', NL)).toBe('2026-12-24');
  });

  test('R3: the last working day at or before a date: the day before a weekend and New Year for a letter to post', () => {
    expect(atOrBeforeWorkingDay('2027-01-03', NL)).toBe('2026-12-31'); // Sunday, Saturday, Nieuwjaarsdag
    expect(atOrBeforeWorkingDay('2026-12-31', NL)).toBe('2026-12-31');
    expect(atOrBeforeWorkingDay('2026-12-27', NL)).toBe('2026-12-24'); // past both days of Christmas
  });

  test('R4: Easter, Koningsdag and New Year close the office, also across a year boundary', () => {
    expect(addWorkingDays('2026-04-02', 1, NL)).toBe('2026-04-07'); // Goede Vrijdag … Tweede Paasdag
    expect(addWorkingDays('2026-04-24', 1, NL)).toBe('2026-04-28'); // Monday 27 April is Koningsdag
    expect(addWorkingDays('2026-12-31', 1, NL)).toBe('2027-01-04'); // Friday 1 January is Nieuwjaarsdag
  });

  test('R4: extraClosedDates are honoured (a Besluit day after Hemelvaartsdag, a company closing day)', () => {
    expect(addWorkingDays('2026-05-13', 1, NL)).toBe('2026-05-15'); // Thursday 14 May closed, Friday open
    const closedFriday = calendar({ extraClosedDates: ['2026-05-15'] });
    expect(addWorkingDays('2026-05-13', 1, closedFriday)).toBe('2026-05-18');
    expect(isWorkingDay('2026-05-15', closedFriday)).toBe(false);
  });

  test("R4: publicHolidays 'none' counts holidays as ordinary days", () => {
    const none = calendar({ publicHolidays: 'none' });
    expect(isWorkingDay('2026-12-25', none)).toBe(true);
    expect(addWorkingDays('2026-12-23', 2, none)).toBe('2026-12-25');
  });

  test('R4: other working weeks are configuration (a six-day week)', () => {
    const sixDays = calendar({ workingDays: [1, 2, 3, 4, 5, 6] });
    expect(addWorkingDays('2026-11-27', 1, sixDays)).toBe('2026-11-28');
    expect(isWorkingDay('2026-12-26', sixDays)).toBe(false); // Saturday, but Tweede Kerstdag
  });
});

describe('working time', () => {
  test('R7: a callback due 4 working hours after Friday 15:00 is due Monday 11:00', () => {
    expect(addWorkingTime('2026-11-27T14:00:00Z', 4 * HOUR, AMS, NL)).toBe('2026-11-30T10:00:00.000Z');
    expect(addWorkingTime('2026-11-27T15:00:00+01:00', 4 * HOUR, AMS, NL)).toBe('2026-11-30T10:00:00.000Z');
  });

  test('R7: a complaint received on Saturday 10:00 counts from Monday 09:00 (due 13:00)', () => {
    expect(addWorkingTime('2026-11-28T09:00:00Z', 4 * HOUR, AMS, NL)).toBe('2026-11-30T12:00:00.000Z');
  });

  test('R7: 24 December 16:00 plus 4 working hours skips both Christmas days', () => {
    // 2024: Tuesday 24th; Wednesday 25th and Thursday 26th closed; Friday 27th 12:00 CET.
    expect(addWorkingTime('2024-12-24T15:00:00Z', 4 * HOUR, AMS, NL)).toBe('2024-12-27T11:00:00.000Z');
    // 2026: Thursday 24th; Friday 25th, the weekend; Monday 28th 12:00 CET.
    expect(addWorkingTime('2026-12-24T15:00:00Z', 4 * HOUR, AMS, NL)).toBe('2026-12-28T11:00:00.000Z');
  });

  test('R7: across the change to summer time (29 March 2026) Monday 11:00 is 11:00 CEST', () => {
    // Friday 15:00 CET (UTC+1) → Monday 11:00 CEST (UTC+2).
    expect(addWorkingTime('2026-03-27T14:00:00Z', 4 * HOUR, AMS, NL)).toBe('2026-03-30T09:00:00.000Z');
  });

  test('R7: across the change to winter time (25 October 2026) Monday 11:00 is 11:00 CET', () => {
    // Friday 15:00 CEST (UTC+2) → Monday 11:00 CET (UTC+1).
    expect(addWorkingTime('2026-10-23T13:00:00Z', 4 * HOUR, AMS, NL)).toBe('2026-10-26T10:00:00.000Z');
  });

  test('R7: on the days the clocks change, opening hours follow the wall clock (a seven-day week)', () => {
    const everyDay = calendar({ workingDays: [1, 2, 3, 4, 5, 6, 7], publicHolidays: 'none' });
    // Sunday 29 March 08:30 CEST; opens 09:00 CEST (07:00Z); one hour later is 10:00 CEST.
    expect(addWorkingTime('2026-03-29T06:30:00Z', 1 * HOUR, AMS, everyDay)).toBe('2026-03-29T08:00:00.000Z');
    // Saturday 24 October 16:00 CEST: one hour until 17:00, then Sunday from 09:00 CET (08:00Z).
    expect(addWorkingTime('2026-10-24T14:00:00Z', 2 * HOUR, AMS, everyDay)).toBe('2026-10-25T09:00:00.000Z');
  });

  test('R7: only opening hours count: before opening, after closing, over several days', () => {
    expect(addWorkingTime('2026-11-30T05:00:00Z', 1 * HOUR, AMS, NL)).toBe('2026-11-30T09:00:00.000Z'); // Mon 06:00
    // Monday 23:30 UTC is already Tuesday 00:30 in Amsterdam: Tuesday 09:00 + 1h.
    expect(addWorkingTime('2026-11-30T23:30:00Z', 1 * HOUR, AMS, NL)).toBe('2026-12-01T09:00:00.000Z');
    // Monday 09:00 + 20h: 8 on Monday, 8 on Tuesday, 4 on Wednesday → Wednesday 13:00.
    expect(addWorkingTime('2026-11-30T08:00:00Z', 20 * HOUR, AMS, NL)).toBe('2026-12-02T12:00:00.000Z');
  });

  test('R7: work that fits exactly ends at closing time; no working time is now, or the next opening', () => {
    expect(addWorkingTime('2026-11-27T12:00:00Z', 4 * HOUR, AMS, NL)).toBe('2026-11-27T16:00:00.000Z');
    expect(addWorkingTime('2026-11-25T10:00:00Z', 0, AMS, NL)).toBe('2026-11-25T10:00:00.000Z');
    expect(addWorkingTime('2026-11-25T16:00:00Z', 0, AMS, NL)).toBe('2026-11-26T08:00:00.000Z'); // 17:00 is closed
    expect(addWorkingTime('2026-11-28T09:00:00Z', 0, AMS, NL)).toBe('2026-11-30T08:00:00.000Z');
  });

  test('R7: opening hours and the time zone are configuration', () => {
    const mornings = calendar({ hours: { start: '08:30', end: '12:00' } });
    // Friday 11:00 + 2h: one hour until 12:00, Monday 08:30 + 1h = 09:30 CET.
    expect(addWorkingTime('2026-11-27T10:00:00Z', 2 * HOUR, AMS, mornings)).toBe('2026-11-30T08:30:00.000Z');
    // Friday 15:00 in New York (UTC−5) → Monday 11:00 there.
    expect(addWorkingTime('2026-11-27T20:00:00Z', 4 * HOUR, 'America/New_York', NL)).toBe('2026-11-30T16:00:00.000Z');
  });

  test("the answer does not depend on the machine's time zone", () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Auckland';
      expect(addWorkingTime('2026-03-27T14:00:00Z', 4 * HOUR, AMS, NL)).toBe('2026-03-30T09:00:00.000Z');
      expect(addWorkingDays('2026-12-23', 2, NL)).toBe('2026-12-28');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('guards', () => {
  test('a calendar without working days throws a clear error instead of searching for ever', () => {
    const never = calendar({ workingDays: [] });
    expect(() => addWorkingDays('2026-11-25', 1, never)).toThrow(/workingDays is empty/);
    expect(() => isWorkingDay('2026-11-25', never)).toThrow(/workingDays is empty/);
    expect(() => addWorkingTime('2026-11-25T10:00:00Z', HOUR, AMS, never)).toThrow(/workingDays is empty/);
  });

  test('searches stop after 1000 days: a calendar closed for good, a term far too long', () => {
    const closedForGood = calendar({
      extraClosedDates: Array.from({ length: 1100 }, (_, i) => addDays('2026-01-01', i)),
    });
    expect(() => atOrAfterWorkingDay('2026-01-01', closedForGood)).toThrow(/no answer within 1000 days/);
    expect(() => atOrBeforeWorkingDay('2028-12-31', closedForGood)).toThrow(/no answer within 1000 days before/);
    expect(() => addWorkingDays('2026-01-01', 1000, NL)).toThrow(/no answer within 1000 days/);
    expect(() => addWorkingTime('2026-01-01T00:00:00Z', 10_000 * HOUR, AMS, NL)).toThrow(/no answer within 1000 days/);
  });

  test('malformed input is refused rather than read in some way', () => {
    expect(() => addWorkingDays('2026-02-30', 1, NL)).toThrow(/not a calendar date/);
    expect(() => addWorkingDays('2026-11-25', -1, NL)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-25', 1.5, NL)).toThrow(RangeError);
    // Without an offset Date.parse would read the machine's zone.
    expect(() => addWorkingTime('2026-11-27T15:00:00', HOUR, AMS, NL)).toThrow(/ISO instant with a zone/);
    expect(() => addWorkingTime('2026-11-27T14:00:00Z', -HOUR, AMS, NL)).toThrow(RangeError);
    expect(() => checkWorkingCalendar(calendar({ workingDays: [0, 1] }))).toThrow(/no ISO weekday/);
    expect(() => checkWorkingCalendar(calendar({ hours: { start: '17:00', end: '09:00' } }))).toThrow(/hours/);
    expect(() => checkWorkingCalendar(calendar({ extraClosedDates: ['15-05-2026'] }))).toThrow(/extraClosedDates/);
    expect(() => checkWorkingCalendar(NL)).not.toThrow();
  });

  test('the default calendar: Monday to Friday, Dutch holidays, 09:00–17:00', () => {
    expect(NL).toEqual({
      workingDays: [1, 2, 3, 4, 5],
      publicHolidays: 'nl',
      extraClosedDates: [],
      hours: { start: '09:00', end: '17:00' },
    });
  });
});
