/**
 * R4/R7/R10 on working days (issue 9): promised dates land on working days (no promise on 25 December)
 * and a callback is due, and reminded, within opening hours — as configured by default. The reply term
 * itself stays calendar days, as the procedure says. The tests set the clock to known days of 2026.
 */
import { STAFF, mailsAbout, oralComplaint, useHarness, writtenComplaint } from './support/harness';

const h = useHarness({ PROMISES_ON_WORKING_DAYS: 'true', CALLBACK_IN_WORKING_HOURS: 'true' });

test('R7: a callback asked for on Friday 15:00 is due Monday 11:00 (4 working hours); no reminder in the weekend', async () => {
  await h.sleepUntil('2026-11-27T14:00:00Z'); // Friday 27 November, 15:00 in Amsterdam
  const ref = (await h.intake(oralComplaint({ complainant: { name: 'Vrijdag Middag', phone: '074 222 3333' } }))).body
    .complaint.reference;
  expect((await h.status(ref)).callbackDueAt!.slice(0, 16)).toBe('2026-11-30T10:00');
  await h.sleepUntil('2026-11-30T09:00:00Z'); // Monday 10:00: the weekend has passed without a reminder
  expect(mailsAbout(h, STAFF, ref)).toHaveLength(0);
  await h.sleepUntil('2026-11-30T10:30:00Z');
  expect(mailsAbout(h, STAFF, ref).map((m) => m.subject)).toEqual([`Terugbellen te laat: ${ref}`]);
  // The next reminder is 4 opening hours later (15:00), not in the night.
  await h.sleepUntil('2026-11-30T13:30:00Z');
  expect(mailsAbout(h, STAFF, ref)).toHaveLength(1);
  await h.sleepUntil('2026-11-30T14:30:00Z');
  expect(mailsAbout(h, STAFF, ref)).toHaveLength(2);
});

test('R10: the date the automatic acknowledgement promises is moved off a weekend; the reply term stays calendar days', async () => {
  await h.sleepUntil('2026-12-05T10:00:00Z'); // Saturday 5 December
  const ref = (
    await h.intake(writtenComplaint({ complainant: { name: 'Zaterdag Post', email: 'zaterdag@example.nl' } }))
  ).body.complaint.reference;
  const { replyDueAt, deadlines } = await h.status(ref);
  expect(deadlines.find((d) => d.name === 'reply')!.day).toBe('2026-12-19'); // 14 calendar days, a Saturday
  await h.sleepUntil(replyDueAt!);
  // 5 December + 14 + 28 days = Saturday 16 January 2027: promised for Monday 18 January.
  expect((await h.status(ref)).acknowledgements[0].expectedBy).toBe('2027-01-18');
});

test('R4/R10: staff cannot promise 25 December (400 with the next working day); a working day is fine', async () => {
  const ref = (await h.intake(writtenComplaint())).body.complaint.reference;
  const christmas = await h.act(
    ref,
    'cannot-answer-in-time',
    { way: 'Wij vragen advies.', expectedBy: '2026-12-25' },
    'handler',
  );
  expect(christmas.status).toBe(400);
  expect(christmas.body.fields).toEqual([
    { field: 'expectedBy', reason: 'is not a working day; the next working day is 2026-12-28' },
  ]);
  const monday = await h.act(
    ref,
    'cannot-answer-in-time',
    { way: 'Wij vragen advies.', expectedBy: '2026-12-28' },
    'handler',
  );
  expect(monday.status).toBe(200);
});

test('R4: a reopened complaint is answered within 14 working days', async () => {
  await h.sleepUntil('2026-12-21T09:00:00Z'); // Monday 21 December
  const ref = (await h.intake(writtenComplaint())).body.complaint.reference;
  await h.act(ref, 'reply-sent', { channel: 'elsewhere' }, 'handler').expect(200);
  await h.act(ref, 'close', { resolution: 'Beantwoord', category: 'x', cause: 'y' }, 'handler').expect(200);
  const reopened = await h.act(ref, 'reopen', { reason: 'Niet eens.' }, 'handler');
  // From Monday 21 December, 14 working days skip three weekends, both Christmas days and New Year's Day.
  expect(reopened.body.state.deadlines).toEqual([expect.objectContaining({ name: 'promise', day: '2027-01-12' })]);
});
