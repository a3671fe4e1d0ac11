/**
 * Issue 19 item 9: one clear message to the complainant per event, read over real SMTP. A late entry gets
 * one receipt that says sorry for the delay and gives the date (not a receipt and an acknowledgement in
 * the same minute); the R10 notice is not titled as a receipt; closing sends the status link with the
 * satisfaction question, unless CLOSING_MESSAGE switches it off.
 */
import { addDays } from '../domain/calendar';
import { fileComplaint } from '../api/complaints/file-complaint';
import { reportSummary } from '../reports/summary';
import { asIntake, useHarness, writtenComplaint } from './support/harness';
import { until } from './support/until';

const h = useHarness({ RECEIPT_CONFIRMATION: 'true', CLOSING_MESSAGE: 'true' });

/** A date as a Dutch letter writes it, e.g. "7 januari 2027". */
const dutchDate = (date: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

const purposesTo = async (reference: string) =>
  (await h.register.db.message.findMany({ where: { reference }, orderBy: { id: 'asc' } })).map((m) => m.purpose);

async function closeAnswered(ref: string) {
  await h.act(ref, 'reply-sent', { channel: 'email', text: 'Wij hebben het opgelost.' }, 'handler').expect(200);
  await h.act(ref, 'close', { resolution: 'Opgelost', category: 'facturatie', cause: 'fout' }, 'handler').expect(200);
  await h.env.sleep('1 minute');
}

test('issue 19 item 9: R3/R10: a late entry gets one receipt, with an apology for the delay and the promised date', async () => {
  const email = 'laat-een-bericht@example.nl';
  const receivedAt = addDays(await h.today(), -12);
  const ref = await h.file(
    writtenComplaint({ channel: 'letter', receivedAt, complainant: { name: 'Kees Laat', email } }),
  );
  await h.env.sleep('1 day');

  const mails = h.smtp.to(email);
  expect(mails.map((m) => m.subject)).toEqual([`Wij hebben uw klacht ontvangen (${ref})`]);
  expect(await purposesTo(ref)).toEqual(['late_receipt']);
  const promised = (await h.status(ref)).acknowledgements[0].expectedBy;
  expect(mails[0].text).toContain(`uiterlijk op ${dutchDate(promised)}`);
  expect(mails[0].text).toContain(`${h.config.publicUrl}/status/`);
});

test('issue 19 item 9: R6/R10: the report counts the receipt of a late entry as its acknowledgement, sent in time', async () => {
  const email = 'laat-in-rapport@example.nl';
  // After its acknowledgement moment, within its term; no other complaint of this file was received that day.
  const receivedDay = addDays(await h.today(), -12);
  await h.file(
    writtenComplaint({ channel: 'letter', receivedAt: receivedDay, complainant: { name: 'Rik Rapport', email } }),
  );
  await h.smtp.waitFor(email, 1);
  const period = { from: receivedDay, to: receivedDay };
  const summary = await reportSummary(h.register.db, period, h.config.terms.timeZone, await h.now());
  expect(summary.current.timeliness.acknowledgement).toMatchObject({ inTime: 1, late: 0 });
});

test('issue 19 item 9: R4/R10: an entry in time gets its receipt at once, and the R10 notice later under a subject of its own', async () => {
  const email = 'op-tijd@example.nl';
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Ans Tijd', email } }));
  const [receipt] = await h.smtp.waitFor(email, 1);
  expect(receipt.subject).toBe(`Wij hebben uw klacht ontvangen (${ref})`);

  await h.env.sleep('12 days');
  const [, notice] = await h.smtp.waitFor(email, 2);
  expect(await purposesTo(ref)).toEqual(['receipt', 'acknowledgement']);
  expect(notice.subject).toBe(`Onze reactie op uw klacht volgt later (${ref})`);
  expect(notice.subject).not.toMatch(/ontvang/i);
});

test('issue 19 item 9: R4/R6: closing sends a short message with the status link and the satisfaction question', async () => {
  const email = 'afgesloten@example.nl';
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Bo Klaar', email } }));
  await closeAnswered(ref);

  const mails = await h.smtp.waitFor(email, 3);
  expect(await purposesTo(ref)).toEqual(['receipt', 'reply', 'closed']);
  const closed = mails[2];
  expect(closed.subject).toBe(`Uw klacht is afgehandeld (${ref})`);
  expect(closed.text).toMatch(new RegExp(`^${h.config.publicUrl}/status/[A-Za-z0-9_-]+$`, 'm'));
  expect(closed.text).toContain('Bent u tevreden');
  expect(closed.text).not.toContain('per post');
});

test('R4/R6: after a reply by letter, the closing e-mail says the answer comes by post (it may arrive after the e-mail)', async () => {
  const email = 'brief-antwoord@example.nl';
  const complainant = { name: 'Per Post', email, address: 'Stationsplein 1\n7622 AA Borne' };
  const ref = await h.file(writtenComplaint({ complainant }));
  await h.act(ref, 'reply-sent', { channel: 'letter', text: 'Ons antwoord per brief.' }, 'handler').expect(200);
  await h.act(ref, 'close', { resolution: 'Opgelost', category: 'facturatie', cause: 'fout' }, 'handler').expect(200);

  const [, closed] = await h.smtp.waitFor(email, 2);
  // The desk's notice to post the letter and the closing e-mail both follow the reply's hand-over, side
  // by side: either may be on record first.
  await until(async () => (await purposesTo(ref)).length === 4);
  const purposes = await purposesTo(ref);
  expect(purposes.slice(0, 2)).toEqual(['receipt', 'reply']);
  expect(purposes.slice(2).sort()).toEqual(['closed', 'letter_to_post']);
  expect(closed.subject).toBe(`Uw klacht is afgehandeld (${ref})`);
  expect(closed.text).toContain('Ons antwoord hebben wij u per post gestuurd.');
});

test('R4/R6: the closing message leaves only once the reply did: with the mail server down, the complainant still reads the answer first', async () => {
  const email = 'antwoord-eerst@example.nl';
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Eerst Antwoord', email } }));
  await h.smtp.waitFor(email, 1);

  h.smtp.setDown(true);
  try {
    await closeAnswered(ref);
    await h.env.sleep('10 minutes');
    // The reply is being retried; the closing message waits for it and is not even made yet.
    expect(await purposesTo(ref)).toEqual(['receipt', 'reply']);
  } finally {
    h.smtp.setDown(false);
  }
  await h.env.sleep('1 hour');

  const mails = await h.smtp.waitFor(email, 3);
  expect(mails.map((m) => m.subject)).toEqual([
    `Wij hebben uw klacht ontvangen (${ref})`,
    expect.stringContaining(ref),
    `Uw klacht is afgehandeld (${ref})`,
  ]);
  expect(mails[1].text).toContain('Wij hebben het opgelost.');
});

test('issue 19 item 9: CLOSING_MESSAGE=false: closing sends nothing', async () => {
  const email = 'stil-afgesloten@example.nl';
  const intake = asIntake(writtenComplaint({ complainant: { name: 'Stil Klaar', email } }));
  const terms = { ...h.config.terms, closingMessage: false };
  const { complaint } = await fileComplaint(h.register.db, h.env.client, intake, terms, {
    now: await h.now(),
    keys: h.keys,
  });
  await closeAnswered(complaint.reference);

  await h.smtp.waitFor(email, 2);
  expect(await purposesTo(complaint.reference)).toEqual(['receipt', 'reply']);
});
