/**
 * Issue 22: a past period is replayed on a server whose clock starts today, moved forward by whole
 * 52-week years; its weekdays, times of day and closed days travel along, so terms count the days they
 * counted then. Around last Christmas, 10 working days skip both Christmas days and New Year's Day.
 */
import { addDays, endOfLocalDay, termEnds } from '../domain/calendar';
import { addWorkingDays, DEFAULT_WORKING_CALENDAR } from '../domain/working-days';
import { policyOf, proposalOf } from '../whatif/policy';
import { replay } from '../whatif/replay';
import { at, isOpen, isoWeekday, nextDate, nextWeekday, ZONE } from './support/moments';
import { BUNDLE_PATH } from './support/paths';

const DAY = 24 * 60 * 60 * 1000;

test('issue 22: a period before today replays with its own calendar: 14 days, and 10 working days across the holidays', async () => {
  const { date } = nextDate(new Date(Date.now() - 400 * DAY), '12-24'); // last Christmas Eve, before today
  const receivedAt = at(date, '10:00');
  const life = {
    reference: 'KL-TEST-00001',
    channel: 'email' as const,
    kind: 'written' as const,
    receivedAt,
    registeredAfter: 0,
    answeredAtOnce: false,
    contact: { email: true, postal: false },
    steps: [{ after: 2 * DAY, action: 'reply-sent' as const, channel: 'email' as const }],
    recorded: [],
  };
  const result = await replay({
    lives: [life],
    actual: policyOf({}),
    policies: {
      baseline: policyOf({}),
      proposal: proposalOf(policyOf({}), { REPLY_TERM_DAYS: '10', REPLY_TERM_IN_WORKING_DAYS: 'true' }),
    },
    zone: ZONE,
    now: new Date(),
    workflowBundle: { codePath: BUNDLE_PATH },
  });
  const reply = (policy: string) => result[policy].get(life.reference)!.terms.find((t) => t.term === 'reply');
  expect(reply('baseline')).toMatchObject({
    term: 'reply',
    rule: 'R9',
    due: termEnds(receivedAt, 14, ZONE),
    outcome: 'met',
  });
  const tenWorkingDays = endOfLocalDay(addWorkingDays(date, 10, DEFAULT_WORKING_CALENDAR), ZONE);
  expect(Date.parse(tenWorkingDays)).toBeGreaterThan(Date.parse(termEnds(receivedAt, 14, ZONE))); // the holidays count
  expect(reply('proposal')).toMatchObject({ term: 'reply', rule: 'R9', due: tenWorkingDays, outcome: 'met' });
});

test('issue 22: staff acting on the same working day: the fifth working day after a Monday is a Tuesday when Fridays close', async () => {
  const fortnightOpen = (d: string) =>
    Array.from({ length: 14 }, (_, i) => addDays(d, i)).every((x) => isOpen(x) || isoWeekday(x) > 5);
  const { date } = nextWeekday(new Date(Date.now() - 400 * DAY), 1, '10:00', fortnightOpen); // a Monday, before today
  const receivedAt = at(date, '10:00');
  const replied = at(addDays(date, 7), '11:00'); // the fifth working day
  const life = {
    reference: 'KL-TEST-00002',
    channel: 'email' as const,
    kind: 'written' as const,
    receivedAt,
    registeredAfter: 0,
    answeredAtOnce: false,
    contact: { email: true, postal: false },
    steps: [
      { after: Date.parse(replied) - Date.parse(receivedAt), action: 'reply-sent' as const, channel: 'email' as const },
    ],
    recorded: [],
  };
  const today = policyOf({});
  const result = await replay({
    lives: [life],
    actual: today,
    policies: { baseline: today, proposal: proposalOf(today, { WORKING_DAYS: '1,2,3,4' }) },
    staffTiming: 'same-working-day',
    zone: ZONE,
    now: new Date(),
    workflowBundle: { codePath: BUNDLE_PATH },
  });
  // The step is on record when the workflow took it: a few milliseconds after the moment it was sent.
  const repliedAt = (policy: string) =>
    Date.parse(result[policy].get(life.reference)!.terms.find((t) => t.term === 'reply')!.at!);
  expect(repliedAt('baseline') - Date.parse(replied)).toBeLessThan(1000);
  expect(repliedAt('proposal') - Date.parse(at(addDays(date, 8), '11:00'))).toBeLessThan(1000);
  expect(repliedAt('proposal') - Date.parse(at(addDays(date, 8), '11:00'))).toBeGreaterThanOrEqual(0);
});
