/**
 * R3/R10: the moment of the automatic acknowledgement, as pure date arithmetic (no clock, no server). It
 * may go out as a letter, so it leaves a working day to post it on from which the post still delivers
 * before the reply term ends — across weekends, Christmas and summer time, for terms in calendar days and
 * in working days.
 */
import fc from 'fast-check';
import { addDays, endOfLocalDay, lastDayBefore, shiftIso } from '../domain/calendar';
import { DEFAULT_TERMS, withDefaults, type ProcedureTerms } from '../domain/terms';
import { isWorkingDay, nextWorkingDay } from '../domain/working-days';
import { acknowledgementDue, replyTermEnds } from '../workflows/state';

const calendarDays = withDefaults(DEFAULT_TERMS);
const workingDays = withDefaults({ ...DEFAULT_TERMS, replyTermInWorkingDays: true, replyTermDays: 10 });
// A desk open every day, with a delivery time that is not whole days: a posting day cannot hide in a weekend.
const everyDay = withDefaults({
  ...DEFAULT_TERMS,
  calendar: { ...DEFAULT_TERMS.calendar, workingDays: [1, 2, 3, 4, 5, 6, 7], publicHolidays: 'none' },
  postalDeliveryMs: 36 * 60 * 60 * 1000,
});

/** Any receipt in five years, to the minute. */
const receipts = fc
  .integer({ min: Date.parse('2026-01-01T00:00:00Z') / 60_000, max: Date.parse('2031-01-01T00:00:00Z') / 60_000 })
  .map((minute) => new Date(minute * 60_000).toISOString());

/** The day a letter made at `made` is to be posted on (its posting time ends within it). */
function letterMadeAt(made: string, terms: ProcedureTerms): { postingDay: string } {
  return { postingDay: lastDayBefore(shiftIso(made, terms.letterPostingMs), terms.timeZone) };
}

/** When a letter posted by the end of `day` arrives: the delivery time after that end, to the minute. */
function arrivesWhenPostedOn(day: string, terms: ProcedureTerms): string {
  return shiftIso(endOfLocalDay(day, terms.timeZone), terms.postalDeliveryMs);
}

test.each([
  ['calendar days', calendarDays],
  ['working days', workingDays],
  ['every day open, 36 hours of delivery', everyDay],
])(
  'R3/R10: a letter made at the acknowledgement moment has a working day to be posted on and arrives in the term (%s)',
  (_, terms) => {
    fc.assert(
      fc.property(receipts, (receivedAt) => {
        const replyDueAt = replyTermEnds(receivedAt, terms);
        const due = acknowledgementDue({ replyDueAt }, terms)!;
        const { postingDay } = letterMadeAt(due, terms);
        expect(due <= shiftIso(replyDueAt, -terms.acknowledgementLeadMs)).toBe(true);
        expect(isWorkingDay(postingDay, terms.calendar)).toBe(true);
        expect(arrivesWhenPostedOn(postingDay, terms) <= replyDueAt).toBe(true);
        // Not earlier than it must be: either the lead set it, or the next working day would be too late.
        const leadSetIt = due === shiftIso(replyDueAt, -terms.acknowledgementLeadMs);
        const tooLate = arrivesWhenPostedOn(nextWorkingDay(postingDay, terms.calendar), terms) > replyDueAt;
        expect(leadSetIt || tooLate).toBe(true);
      }),
      { numRuns: 1000 },
    );
  },
);

test('R3: received on a Monday, the acknowledgement goes out at the start of the Friday before the term ends, not on the Saturday', () => {
  const replyDueAt = replyTermEnds('2027-03-01T09:00:00.000Z', calendarDays); // a Monday; ends with Monday 15 March
  expect(replyDueAt).toBe('2027-03-15T23:00:00.000Z');
  expect(acknowledgementDue({ replyDueAt }, calendarDays)).toBe('2027-03-11T23:00:00.000Z');
  expect(letterMadeAt('2027-03-11T23:00:00.000Z', calendarDays).postingDay).toBe('2027-03-12');
});

test('R3: over Christmas and New Year the letter is posted on the last working day of the year', () => {
  const replyDueAt = replyTermEnds('2026-12-20T10:00:00.000Z', calendarDays); // a Sunday; ends with 3 January
  const { postingDay } = letterMadeAt(acknowledgementDue({ replyDueAt }, calendarDays)!, calendarDays);
  expect(postingDay).toBe('2026-12-31');
  expect(isWorkingDay(addDays(postingDay, 1), calendarDays.calendar)).toBe(false);
});

test('R3: a complaint started before letters were kept in their term keeps its moment, the lead before the term ends', () => {
  const replyDueAt = '2027-03-15T23:00:00.000Z';
  const old = acknowledgementDue({ replyDueAt, startedBeforeLettersInTerm: true }, calendarDays);
  expect(old).toBe(shiftIso(replyDueAt, -calendarDays.acknowledgementLeadMs));
});
