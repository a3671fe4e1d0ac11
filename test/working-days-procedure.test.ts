/**
 * R4/R7/R10 on working days (issue 9): promised dates land on working days (no promise on 25 December)
 * and a callback is due, and reminded, within opening hours — as configured by default. The reply term
 * itself stays calendar days, as the procedure says. Each test moves the clock to the next day of the
 * kind it needs (a Friday afternoon, a Saturday, the weeks around Christmas) and expects what follows
 * from that day, so it passes whatever day it runs.
 */
import { addDays } from '../domain/calendar';
import { STAFF, mailsAbout, oralComplaint, useHarness, writtenComplaint } from './support/harness';
import { at, isOpen, isoWeekday, nextDate, nextDay, nextWeekday } from './support/moments';

const h = useHarness({ PROMISES_ON_WORKING_DAYS: 'true', CALLBACK_IN_WORKING_HOURS: 'true' });

const FRIDAY = 5;
const SATURDAY = 6;
const MONDAY = 1;

test('R7: a callback asked for on Friday 15:00 is due Monday 11:00 (4 working hours); no reminder in the weekend', async () => {
  // A Friday and the Monday after it that are both working days (no Good Friday, no Easter Monday).
  const friday = nextWeekday(await h.now(), FRIDAY, '15:00', (d) => isOpen(d) && isOpen(addDays(d, 3)));
  const monday = addDays(friday.date, 3);
  await h.sleepUntil(friday.at);
  const ref = (await h.intake(oralComplaint({ complainant: { name: 'Vrijdag Middag', phone: '074 222 3333' } }))).body
    .complaint.reference;
  expect((await h.status(ref)).callbackDueAt!.slice(0, 16)).toBe(at(monday, '11:00').slice(0, 16));
  await h.sleepUntil(at(monday, '10:00')); // the weekend has passed without a reminder
  expect(mailsAbout(h, STAFF, ref)).toHaveLength(0);
  await h.sleepUntil(at(monday, '11:30'));
  expect(mailsAbout(h, STAFF, ref).map((m) => m.subject)).toEqual([`Terugbellen te laat: ${ref}`]);
  // The next reminder is 4 opening hours later (15:00), not in the night.
  await h.sleepUntil(at(monday, '14:30'));
  expect(mailsAbout(h, STAFF, ref)).toHaveLength(1);
  await h.sleepUntil(at(monday, '15:30'));
  expect(mailsAbout(h, STAFF, ref)).toHaveLength(2);
});

test('R10: the date the automatic acknowledgement promises is moved off a weekend; the reply term stays calendar days', async () => {
  // Received on a Saturday: 14 + 28 days later is a Saturday too, and the Monday after it a working day.
  const saturday = nextWeekday(await h.now(), SATURDAY, '11:00', (d) => isOpen(addDays(d, 44)));
  await h.sleepUntil(saturday.at);
  const ref = (
    await h.intake(writtenComplaint({ complainant: { name: 'Zaterdag Post', email: 'zaterdag@example.nl' } }))
  ).body.complaint.reference;
  const { replyDueAt, deadlines } = await h.status(ref);
  const lastDay = addDays(saturday.date, 14);
  expect(isoWeekday(lastDay)).toBe(SATURDAY); // 14 calendar days, whatever the weekday
  expect(deadlines.find((d) => d.name === 'reply')!.day).toBe(lastDay);
  await h.sleepUntil(replyDueAt!);
  // The standard date, 14 + 28 days after receipt, is a Saturday: promised for the Monday after it.
  expect((await h.status(ref)).acknowledgements[0].expectedBy).toBe(addDays(saturday.date, 44));
});

/** The first date after 26 December on a weekday: there are no public holidays from 27 to 31 December. */
function firstWorkingDayAfterChristmas(christmas: string): string {
  let day = addDays(christmas, 2);
  while (isoWeekday(day) > 5) day = addDays(day, 1);
  return day;
}

test('R4/R10: staff cannot promise 25 December (400 with the next working day); a working day is fine', async () => {
  // A month before Christmas, so that 25 December lies within the promise horizon.
  await h.sleepUntil(nextDate(await h.now(), '11-25').at);
  const christmas = nextDate(await h.now(), '12-25').date;
  const ref = (await h.intake(writtenComplaint())).body.complaint.reference;
  const refused = await h.act(
    ref,
    'cannot-answer-in-time',
    { way: 'Wij vragen advies.', expectedBy: christmas },
    'handler',
  );
  expect(refused.status).toBe(400);
  const next = firstWorkingDayAfterChristmas(christmas);
  expect(refused.body.fields).toEqual([
    expect.objectContaining({ field: 'expectedBy', code: 'not_working_day', params: { next } }),
  ]);
  const accepted = await h.act(
    ref,
    'cannot-answer-in-time',
    { way: 'Wij vragen advies.', expectedBy: next },
    'handler',
  );
  expect(accepted.status).toBe(200);
});

/** `n` working days after `from`, counted by hand: weekdays, less the holidays between mid-December and mid-January. */
function workingDaysAcrossNewYear(from: string, n: number): string {
  const closed = (d: string) => isoWeekday(d) > 5 || ['12-25', '12-26', '01-01'].includes(d.slice(5));
  let day = from;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (!closed(day)) left--;
  }
  return day;
}

test('R4: a reopened complaint is answered within 14 working days', async () => {
  // A Monday in the week before Christmas or in its own week: the 14 working days cross both Christmas
  // days and New Year's Day.
  const monday = nextDay(
    await h.now(),
    (d) => isoWeekday(d) === MONDAY && d.slice(5, 7) === '12' && Number(d.slice(8)) >= 15 && Number(d.slice(8)) <= 21,
    '10:00',
  );
  await h.sleepUntil(monday.at);
  const ref = (await h.intake(writtenComplaint())).body.complaint.reference;
  await h.act(ref, 'reply-sent', { channel: 'elsewhere' }, 'handler').expect(200);
  await h.act(ref, 'close', { resolution: 'Beantwoord', category: 'x', cause: 'y' }, 'handler').expect(200);
  const reopened = await h.act(ref, 'reopen', { reason: 'Niet eens.' }, 'handler');
  const day = workingDaysAcrossNewYear(monday.date, 14);
  expect(day > `${Number(monday.date.slice(0, 4)) + 1}-01-01`).toBe(true); // it did cross the new year
  expect(reopened.body.state.deadlines).toEqual([expect.objectContaining({ name: 'promise', day })]);
});
