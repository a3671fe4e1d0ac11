/**
 * TEST_CLOCK_SHIFT_DAYS=N starts each harness's clock N days after now, so that a run proves its tests
 * pass on whatever day they run, not only on this one (.ci/run picks N from the date and prints it). A
 * fraction moves the hour too (87.25: 87 days and 6 hours), for tests that pass only at some times of day.
 */
const DAY_MS = 86_400_000;

/** How far to move the clock for `spec` (the variable's value; unset is no shift), in milliseconds. */
export function clockShiftMs(spec: string | undefined): number {
  if (spec === undefined || spec === '') return 0;
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(spec))
    throw new Error(`TEST_CLOCK_SHIFT_DAYS must be a number of days (e.g. 87 or 87.25), not "${spec}"`);
  return Math.round(Number(spec) * DAY_MS);
}
