/**
 * R3/R4: a letter the product prepares is only sent once staff post it. An automatic acknowledgement to a
 * complainant without e-mail raises a notice with the posting deadline, waits in the queue of letters to
 * post, and is reminded when it was not marked posted in time.
 */
import { addDays, lastDayBefore, shiftIso } from '../domain/calendar';
import { until } from './support/browser';
import { STAFF, mailsAbout, useHarness, writtenComplaint } from './support/harness';
import { isOpen, isoWeekday, nextDay, nextWeekday, ZONE } from './support/moments';

const h = useHarness();

const byPost = (name: string) =>
  writtenComplaint({ channel: 'letter', complainant: { name, address: 'Stationsplein 1\n7622 AA Borne' } });

async function fileAndAwaitAcknowledgement(name: string): Promise<{ ref: string; letterId: number }> {
  const res = await h.intake(byPost(name));
  expect(res.status).toBe(201);
  const ref = res.body.complaint.reference;
  const { deadlines } = await h.status(ref);
  await h.sleepUntil(deadlines.find((d) => d.name === 'acknowledgement')!.due);
  await h.env.sleep('1 minute');
  const letter = await h.register.db.message.findFirstOrThrow({
    where: { reference: ref, purpose: 'acknowledgement' },
  });
  expect(letter).toMatchObject({ channel: 'letter', status: 'to_post' });
  return { ref, letterId: letter.id };
}

test('R3/R4: an acknowledgement by letter raises a notice with its posting deadline and shows in the queue until posted', async () => {
  const { ref, letterId } = await fileAndAwaitAcknowledgement('Henk Brief');
  const [notice] = mailsAbout(h, STAFF, ref);
  expect(notice.subject).toMatch(new RegExp(`^Brief te versturen: ${ref} \\(uiterlijk \\d{1,2} \\w+ \\d{4}\\)$`));
  expect(notice.text).toContain('/letter.pdf');

  const queue = await h.get('/api/letters?status=to_post', 'intake');
  expect(queue.status).toBe(200);
  expect(queue.body.items).toEqual(
    expect.arrayContaining([expect.objectContaining({ id: letterId, reference: ref, purpose: 'acknowledgement' })]),
  );
  const item = queue.body.items.find((i: { id: number }) => i.id === letterId);
  expect(Date.parse(item.postBy)).toBeLessThan(Date.parse((await h.status(ref)).replyDueAt!));

  await h.post(`/api/complaints/${ref}/messages/${letterId}/posted`, {}, 'intake').expect(200);
  const after = await h.get('/api/letters?status=to_post', 'intake');
  expect(after.body.items.map((i: { id: number }) => i.id)).not.toContain(letterId);
  await h.env.sleep('3 days');
  expect(mailsAbout(h, STAFF, ref).map((m) => m.subject)).toEqual([notice.subject]);
});

test('R3: an acknowledgement by letter is posted on a working day and arrives before the reply term ends, whatever the day it was received', async () => {
  const { terms } = h.config;
  // Seven complaints by post, received on seven days in a row: every weekday once, as it falls.
  const received: { ref: string; day: string }[] = [];
  for (let i = 0; i < 7; i++) {
    const day = nextDay(await h.now(), () => true);
    await h.sleepUntil(day.at);
    received.push({ ref: (await h.intake(byPost(`Post ${i}`))).body.complaint.reference, day: day.date });
  }
  const moments = await Promise.all(
    received.map(async ({ ref }) => (await h.status(ref)).deadlines.find((d) => d.name === 'acknowledgement')!.due),
  );
  await h.sleepUntil(moments.sort().at(-1)!);
  await h.env.sleep('1 minute');
  const late = [];
  for (const { ref, day } of received) {
    const { replyDueAt } = await h.status(ref);
    const letter = await h.register.db.message.findFirstOrThrow({
      where: { reference: ref, purpose: 'acknowledgement' },
    });
    const postingDay = lastDayBefore(letter.postBy!.toISOString(), ZONE);
    const arrives = shiftIso(letter.postBy!.toISOString(), terms.postalDeliveryMs);
    if (!isOpen(postingDay) || arrives > replyDueAt!) late.push({ received: day, postingDay, arrives, replyDueAt });
  }
  expect(late).toEqual([]);
});

test('R4: a letter not marked posted by its deadline is reminded, once', async () => {
  const { ref, letterId } = await fileAndAwaitAcknowledgement('Hanna Vergeten');
  // Its deadline is the end of its posting day, a working day (issue 19): past a weekend when it falls on one.
  const { postBy } = await h.register.db.message.findUniqueOrThrow({ where: { id: letterId } });
  await h.sleepUntil(new Date(postBy!.getTime() + 60_000).toISOString());
  await h.env.sleep('1 minute');
  const subjects = mailsAbout(h, STAFF, ref).map((m) => m.subject);
  expect(subjects).toEqual([expect.stringMatching(/^Brief te versturen: /), `Brief nog niet verstuurd: ${ref}`]);
});

test('R4: the queue needs a role that may read complaints, and refuses unknown filters with 400', async () => {
  expect((await h.get('/api/letters?status=to_post', 'operator')).status).toBe(403);
  const bad = await h.get('/api/letters?status=lost', 'intake');
  expect(bad.status).toBe(400);
  expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(['status']);
});

test('R4, issue 19 item 11: a letter prepared on a Friday is to be posted on the next working day, not on the Saturday', async () => {
  const friday = nextWeekday(await h.now(), 5, '10:00', isOpen);
  await h.sleepUntil(friday.at);
  const ref = (await h.intake(byPost('Vera Vrijdag'))).body.complaint.reference;
  await h.act(ref, 'reply-sent', { channel: 'letter', text: 'Ons antwoord.' }, 'handler').expect(200);
  const letter = await until(() =>
    h.register.db.message.findFirst({ where: { reference: ref, purpose: 'reply', postBy: { not: null } } }),
  );
  let expected = addDays(friday.date, 1);
  while (!isOpen(expected)) expected = addDays(expected, 1);
  expect(lastDayBefore(letter.postBy!.toISOString(), ZONE)).toBe(expected);
  expect(isoWeekday(expected)).toBeLessThan(6);
});
