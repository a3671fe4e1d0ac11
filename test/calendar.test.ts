/** R9 terms and defaults: days are calendar days in the organisation's time zone. */
import { endOfLocalDay, lastDayBefore, localDate, startOfLocalDay, termEnds } from '../domain/calendar';

const AMS = 'Europe/Amsterdam';

test('R9: 14 days after a receipt in winter end at local midnight after day 14', () => {
  expect(termEnds('2026-11-25T09:41:20.150Z', 14, AMS)).toBe('2026-12-09T23:00:00.000Z');
});

test('R9: a receipt late in the evening (UTC still the day before) counts from the local date', () => {
  expect(localDate('2026-11-25T23:30:00Z', AMS)).toBe('2026-11-26');
  expect(termEnds('2026-11-25T23:30:00Z', 14, AMS)).toBe('2026-12-10T23:00:00.000Z');
});

test('R9: a term across the change to summer time still ends at local midnight', () => {
  // Received 20 March (CET, +01:00); day 14 is 3 April (CEST, +02:00).
  expect(termEnds('2026-03-20T10:00:00Z', 14, AMS)).toBe('2026-04-03T22:00:00.000Z');
});

test('R9: another time zone is configuration, not code', () => {
  expect(termEnds('2026-11-25T12:00:00Z', 14, 'America/New_York')).toBe('2026-12-10T05:00:00.000Z');
  expect(startOfLocalDay('2026-07-01', 'UTC')).toBe('2026-07-01T00:00:00.000Z');
});

test('R4: a promised date runs until the end of that local day', () => {
  expect(endOfLocalDay('2026-10-25', AMS)).toBe('2026-10-25T23:00:00.000Z'); // the day summer time ends
  expect(endOfLocalDay('2026-06-30', AMS)).toBe('2026-06-30T22:00:00.000Z');
});

test('R9/R4: dates of the years 0–99 are read as written, not as 19xx', () => {
  expect(startOfLocalDay('0043-01-01', 'UTC')).toBe('0043-01-01T00:00:00.000Z');
  expect(localDate('0099-12-31T12:00:00Z', AMS)).toBe('0099-12-31');
  expect(Date.parse(startOfLocalDay('0043-06-01', AMS))).toBeLessThan(Date.parse('0044-01-01T00:00:00Z'));
});

test('R4: a deadline at local midnight is told as the day it ends, across both changes of summer time', () => {
  expect(lastDayBefore(endOfLocalDay('2027-03-28', AMS), AMS)).toBe('2027-03-28');
  expect(lastDayBefore(endOfLocalDay('2026-10-25', AMS), AMS)).toBe('2026-10-25');
  expect(lastDayBefore(termEnds('2026-11-25T09:41:20Z', 14, AMS), AMS)).toBe('2026-12-09');
});
