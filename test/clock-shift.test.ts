/**
 * CI runs the date-sensitive tests again with the clock moved on (TEST_CLOCK_SHIFT_DAYS, .ci/run): by
 * whole days, and by a fraction of a day, for tests that pass only at some hours.
 */
import { clockShiftMs } from './support/clock-shift';

const HOUR_MS = 3_600_000;

test('unset or empty: the clock starts now', () => {
  expect(clockShiftMs(undefined)).toBe(0);
  expect(clockShiftMs('')).toBe(0);
});

test('whole days, and fractions that move the hour (87.25 is 87 days and 6 hours)', () => {
  expect(clockShiftMs('87')).toBe(87 * 24 * HOUR_MS);
  expect(clockShiftMs('87.25')).toBe((87 * 24 + 6) * HOUR_MS);
  expect(clockShiftMs('87.0')).toBe(87 * 24 * HOUR_MS);
  expect(clockShiftMs('1.75')).toBe(42 * HOUR_MS);
});

test.each(['-3', '87,5', '87.125', 'twee', '12345', '1e3'])('"%s" is refused, naming the variable', (spec) => {
  expect(() => clockShiftMs(spec)).toThrow(
    `TEST_CLOCK_SHIFT_DAYS must be a number of days (e.g. 87 or 87.25), not "${spec}"`,
  );
});
