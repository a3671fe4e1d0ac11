/**
 * R4/R5: every date shown to people is the day meant. A promised date is a day, not "midnight after
 * it"; the complainant's page never presents a date that has passed as a promise, and after a missed
 * promise says so honestly, with what happens now. Across the next change to summer time too.
 */
import { addDays } from '../domain/calendar';
import { STAFF, mailsAbout, useHarness, writtenComplaint } from './support/harness';
import { at, isSummerTimeStart, nextDay } from './support/moments';

const h = useHarness();

const dutchDate = (date: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

async function fileWithStatusLink(email: string): Promise<{ ref: string; token: string }> {
  const res = await h.intake(writtenComplaint({ complainant: { name: 'Lotte de Wit', email } }));
  expect(res.status).toBe(201);
  return { ref: res.body.complaint.reference, token: res.body.statusUrl.split('/status/')[1] };
}

test('R4: a staff reminder names the promised day itself, not midnight after it', async () => {
  const { ref } = await fileWithStatusLink('dag-zelf@example.nl');
  const expectedBy = addDays(await h.today(), 10);
  const promised = await h.act(ref, 'cannot-answer-in-time', { way: 'Wij vragen advies.', expectedBy }, 'handler');
  expect(promised.status).toBe(200);

  await h.env.sleep('9 days'); // the reminder goes two days before the promised day ends
  const [reminder] = await h.smtp.waitFor(STAFF, mailsAbout(h, STAFF, ref).length || 1);
  const text = mailsAbout(h, STAFF, ref)
    .map((m) => `${m.subject}\n${m.text}`)
    .join('\n');
  expect(reminder).toBeDefined();
  expect(text).toContain(`uiterlijk ${dutchDate(expectedBy)}`);
  expect(text).not.toContain(dutchDate(addDays(expectedBy, 1)));
  expect(text).not.toContain('00:00');
});

test('R4: after a missed promise the status page says it is later than promised and what happens now, and shows no past date as a promise', async () => {
  const { ref, token } = await fileWithStatusLink('te-laat@example.nl');
  const expectedBy = addDays(await h.today(), 5);
  await h.act(ref, 'cannot-answer-in-time', { way: 'Wij vragen advies.', expectedBy }, 'handler').expect(200);

  const before = await h.get(`/api/public/status/${token}`);
  expect(before.body.replyExpectedByText).toBe(`U ontvangt uiterlijk ${dutchDate(expectedBy)} onze reactie.`);

  await h.env.sleep('7 days'); // the promised day has passed without a reply
  const after = await h.get(`/api/public/status/${token}`);
  expect(after.body.replyExpectedBy).toBeNull();
  expect(after.body.replyExpectedByText).toBe(
    `Het duurt langer dan wij u hadden beloofd (uiterlijk ${dutchDate(expectedBy)}). ` +
      'Een leidinggevende ziet erop toe dat u zo snel mogelijk onze reactie krijgt.',
  );
  const page = await h.get(`/status/${token}`);
  expect(page.text).toContain('Het duurt langer dan wij u hadden beloofd');
  expect(page.text).not.toContain(`U ontvangt uiterlijk ${dutchDate(expectedBy)}`);
});

test('R4/R9: across the change to summer time, the promised day and the reply term show as the days meant', async () => {
  // The next Saturday, 10:00, that is eight days before a change to summer time (the last Sunday of
  // March): this year's, unless that Saturday has passed.
  const filed = nextDay(await h.now(), (day) => isSummerTimeStart(addDays(day, 8)), '10:00');
  const saturday = filed.date;
  const summerTime = addDays(saturday, 8);
  await h.sleepUntil(filed.at);
  const { ref, token } = await fileWithStatusLink('zomertijd@example.nl');
  const status = await h.get(`/api/public/status/${token}`);
  // 14 days after a Saturday in winter time is a Saturday in summer time, the last day of the term.
  expect(status.body.replyExpectedByText).toBe(
    `U ontvangt uiterlijk ${dutchDate(addDays(saturday, 14))} onze reactie.`,
  );

  // The promised day is the day the clocks change.
  await h.act(ref, 'cannot-answer-in-time', { way: 'Wij vragen advies.', expectedBy: summerTime }, 'handler');
  const promised = await h.get(`/api/public/status/${token}`);
  expect(promised.body.replyExpectedByText).toBe(`U ontvangt uiterlijk ${dutchDate(summerTime)} onze reactie.`);
  await h.sleepUntil(at(addDays(summerTime, -1), '10:00')); // past the reminder moment, two days before the day ends
  const text = mailsAbout(h, STAFF, ref)
    .map((m) => `${m.subject}\n${m.text}`)
    .join('\n');
  expect(text).toContain(`uiterlijk ${dutchDate(summerTime)}`);
  expect(text).not.toContain(dutchDate(addDays(summerTime, 1)));
});
