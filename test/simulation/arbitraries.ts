/**
 * fast-check arbitraries for a simulated year. The weights follow what a complaints desk sees: mostly
 * written complaints by e-mail, mostly entered the day they arrive, a few entered late, some oral ones
 * answered at once; the staff actions that follow are in action-arbitraries.ts. Outages of the mail
 * server are few and last minutes to two days.
 */
import fc from 'fast-check';
import { kindOf, type Channel } from '../../domain/channels';
import { actionArbitrary, weighted } from './action-arbitraries';
import {
  DAY,
  HOUR,
  MINUTE,
  YEAR,
  separateOutages,
  type Contact,
  type Life,
  type Outage,
  type PlannedAction,
  type YearPlan,
} from './plan';

const receiptDaysBack = fc.oneof(
  { arbitrary: fc.constant(0), weight: 14 },
  { arbitrary: fc.integer({ min: 1, max: 10 }), weight: 2 },
  // After the acknowledgement moment (REPLY_TERM_DAYS 14, ACKNOWLEDGEMENT_LEAD 3 days), within the term.
  { arbitrary: fc.integer({ min: 11, max: 14 }), weight: 2 },
  // After the whole term; MAX_RECEIPT_AGE (365 days) is far off.
  { arbitrary: fc.integer({ min: 15, max: 60 }), weight: 2 },
);

function contactFor(channel: Channel): fc.Arbitrary<Contact> {
  return kindOf(channel) === 'oral'
    ? weighted<Contact>(['email', 3], ['postal', 2], ['both', 2], ['phone', 3])
    : weighted<Contact>(['email', 5], ['postal', 2], ['both', 3]);
}

/**
 * When intake registers the complaint: anywhere in the year, and now and then while the mail server is
 * down, so that acknowledgements, late entries and their fallbacks meet outages at every year size.
 */
function entryMoment(outages: Outage[]): fc.Arbitrary<number> {
  const anywhere = fc.integer({ min: 0, max: YEAR - 1 });
  if (!outages.length) return anywhere;
  const duringOutage = fc
    .record({ outage: fc.constantFrom(...outages), share: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map(({ outage, share }) => outage.at + Math.floor(share * outage.lasts));
  return fc.oneof({ arbitrary: anywhere, weight: 19 }, { arbitrary: duringOutage, weight: 1 });
}

/** Moments after an intake at `at` (up to 75 days on) at which the mail server is down; none if it never is. */
function whileDown(at: number, outages: Outage[]): fc.Arbitrary<number> | undefined {
  const ahead = outages.filter((o) => o.at + o.lasts > at + MINUTE && o.at < at + 75 * DAY);
  if (!ahead.length) return undefined;
  return fc
    .record({ outage: fc.constantFrom(...ahead), share: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map(({ outage, share }) => {
      const from = Math.max(outage.at, at + MINUTE);
      return from + Math.floor(share * (outage.at + outage.lasts - from)) - at;
    });
}

/** In order, at least a minute apart: staff do not act on one complaint twice within a minute. */
function oneAtATime(actions: PlannedAction[]): PlannedAction[] {
  const sorted = [...actions].sort((a, b) => a.after - b.after);
  sorted.forEach((a, i) => {
    if (i > 0) a.after = Math.max(a.after, sorted[i - 1].after + MINUTE);
  });
  return sorted;
}

export const lifeArbitrary = (outages: Outage[]): fc.Arbitrary<Omit<Life, 'id'>> =>
  fc
    .record({
      channel: weighted<Channel>(['phone', 2], ['in_person', 1], ['letter', 2], ['email', 4], ['web', 1]),
      at: entryMoment(outages),
    })
    .chain(({ channel, at }) => {
      const kind = kindOf(channel);
      return fc.record({
        at: fc.constant(at),
        channel: fc.constant(channel),
        contact: contactFor(channel),
        language: weighted(['nl' as const, 6], ['en' as const, 1]),
        receiptDaysBack,
        receiptAsDate: weighted([false, 7], [true, 3]),
        answeredAtOnce: kind === 'oral' ? weighted([false, 2], [true, 1]) : fc.constant(false),
        actions: fc
          .array(actionArbitrary(kind, whileDown(at, outages)), { minLength: 0, maxLength: 5 })
          .map(oneAtATime),
      });
    });

/** A few windows a year in which the mail server answers 421, from minutes to two days long. */
export const outagesArbitrary: fc.Arbitrary<Outage[]> = fc
  .array(
    fc.record({
      at: fc.integer({ min: 0, max: YEAR - 1 }),
      lasts: fc.oneof(
        fc.integer({ min: 5 * MINUTE, max: 2 * HOUR }),
        fc.integer({ min: 2 * HOUR, max: DAY }),
        fc.integer({ min: DAY, max: 2 * DAY }),
      ),
    }),
    { minLength: 3, maxLength: 6 },
  )
  .map(separateOutages);

export function yearArbitrary(lives: number): fc.Arbitrary<YearPlan> {
  return outagesArbitrary.chain((outages) =>
    fc
      .array(lifeArbitrary(outages), { minLength: lives, maxLength: lives })
      .map((planned) => ({ outages, lives: planned.map((life, id) => ({ id, ...life })) })),
  );
}

/**
 * One year of `lives` lives, the same for the same seed. Unbiased: fast-check's bias (for the first runs,
 * half the numbers drawn near the ends of their range) would put most lives in the year's first and last
 * weeks and many staff actions milliseconds apart; the procedure's own edges have tests of their own.
 */
export function sampleYear(lives: number, seed: number): YearPlan {
  return fc.sample(fc.noBias(yearArbitrary(lives)), { seed, numRuns: 1 })[0];
}
