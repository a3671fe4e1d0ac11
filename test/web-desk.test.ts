/**
 * The desk works in a browser (Debian's Chromium): intake, a complaint's page with only the actions the
 * state and the roles allow, its timeline and deadline proof, the letters to post; the API's refusals
 * shown at their fields; accessibility of every page (axe) and screenshots at laptop and phone widths.
 */
import type { Page } from 'playwright-core';
import { createAccount } from '../api/auth/accounts';
import { registerComplaint } from '../api/complaints/register';
import { addDays, startOfLocalDay } from '../domain/calendar';
import { LAPTOP, PHONE, seriousViolations, until, useBrowserApp } from './support/browser';
import { asIntake, oralComplaint, useHarness, writtenComplaint } from './support/harness';

const h = useHarness({ ORGANISATION_CONTACT: '074 123 45 67 · klachten@balansborne.nl' });
const b = useBrowserApp(h);
const PASSWORD = 'correct paard batterij nietje';

beforeAll(async () => {
  for (const id of ['desk', 'handler-1', 'rep-1', 'manager-1']) await b.givePassword(id, PASSWORD);
  // People as the desk knows them, for the screenshots.
  await createAccount(h.register.db, { id: 'anna', name: 'Anna de Vries', roles: ['intake', 'handler'] });
  await b.givePassword('anna', PASSWORD);
});

async function as(login: string, viewport = LAPTOP): Promise<Page> {
  const page = await b.page(viewport);
  await b.signIn(page, login, PASSWORD);
  return page;
}

const complaintUrl = (reference: string) => `/app/complaints/${reference}`;
const referenceIn = (page: Page) => /\/app\/complaints\/(KL-\d{4}-\d{5})/.exec(page.url())![1];
const textOf = (page: Page, selector: string) => page.locator(selector).first().textContent();
const notice = (page: Page) => textOf(page, '.notice[role=status]');
/** The titles of the actions the page offers. */
const offered = (page: Page) =>
  page.locator('[aria-labelledby=actions-title] details.action > summary .action__title').allTextContents();
const actionForm = (page: Page, action: string) => page.locator(`form[action$="/actions/${action}"]`);
async function openAction(page: Page, title: string) {
  await page.locator('details.action > summary', { hasText: title }).click();
}
/** Opens every disclosure, so that axe sees every form. */
const OPEN_ALL = "document.querySelectorAll('details').forEach((d) => { d.open = true; })";
const csrfOf = (page: Page) => page.locator('input[name=_csrf]').first().inputValue();

async function register(
  page: Page,
  fields: {
    channel: string;
    subject: string;
    name: string;
    email?: string;
    phone?: string;
    address?: string;
    receivedAt?: string;
    answer?: string;
  },
) {
  await page.goto('/app/complaints/new');
  await page.getByLabel(fields.channel, { exact: true }).check();
  if (fields.receivedAt) await page.getByLabel(/^Datum van ontvangst/).fill(fields.receivedAt);
  await page.getByLabel('Onderwerp').fill(fields.subject);
  await page.getByLabel('Wat is de klacht?').fill(`${fields.subject}: zo ging het.`);
  await page.getByLabel('Naam van de klager').fill(fields.name);
  if (fields.email) await page.getByLabel(/^E-mailadres/).fill(fields.email);
  if (fields.phone) await page.getByLabel(/^Telefoonnummer/).fill(fields.phone);
  if (fields.address) await page.getByLabel(/^Postadres/).fill(fields.address);
  if (fields.answer) await page.getByLabel(/Direct mondeling beantwoord/).fill(fields.answer);
  await page.getByRole('button', { name: 'Klacht registreren' }).click();
  await page.waitForURL(/\/app\/complaints\/KL-\d{4}-\d{5}\?done=registered$/);
  return referenceIn(page);
}

// The screenshots and the scans come first: until a test skips the test server's clock, the workflow's
// moments (steps) and the register's own (messages) agree, so the timelines read in order.
test('accessibility: axe finds nothing serious or critical on any page — sign-in, inbox, complaint (with every form open and with errors), intake, letters, public form, status, lost link, unknown link', async () => {
  const violations: string[] = [];
  const scan = async (page: Page) => violations.push(...(await seriousViolations(page)));
  const page = await b.page();
  await page.goto('/app/sign-in');
  await scan(page);
  await b.signIn(page, 'anna', PASSWORD);
  await scan(page);
  const ref = (await h.intake(writtenComplaint({ subject: 'Toegankelijk' })).expect(201)).body.complaint.reference;
  await h.act(ref, 'reply-sent', { channel: 'letter', text: 'Een brief.' }, 'handler').expect(200);
  await until(() => h.register.db.message.findFirst({ where: { reference: ref, status: 'to_post' } }));
  await page.goto(complaintUrl(ref));
  await page.evaluate(OPEN_ALL);
  await scan(page);
  await actionForm(page, 'close').getByRole('button').click();
  await b.screenshot(page, 'complaint-errors-laptop');
  await page.evaluate(OPEN_ALL);
  await scan(page);
  await page.goto('/app/complaints/new');
  await scan(page);
  await page.getByRole('button', { name: 'Klacht registreren' }).click();
  await scan(page);
  await page.goto('/app/letters');
  await scan(page);

  const visitor = await b.page();
  await visitor.goto('/klacht');
  await scan(visitor);
  await visitor.getByRole('button', { name: 'Klacht versturen' }).click();
  await scan(visitor);
  await visitor.getByLabel('Waar gaat uw klacht over?').fill('Toegankelijkheid');
  await visitor.getByLabel('Wat is er gebeurd?').fill('Een test.');
  await visitor.getByLabel('Uw naam').fill('Ria Test');
  await visitor.getByLabel('Uw e-mailadres').fill('ria@example.nl');
  await visitor.getByRole('button', { name: 'Klacht versturen' }).click();
  await visitor.waitForURL('**/status/*');
  await scan(visitor);
  await visitor.goto('/status');
  await scan(visitor);
  await visitor.getByRole('button', { name: 'Stuur mij de link' }).click();
  await scan(visitor);
  await visitor.goto(`/status/${'A'.repeat(43)}`);
  await scan(visitor);
  expect(violations).toEqual([]);
  await page.context().close();
  await visitor.context().close();
});

test('screenshots of the complaint page, intake and the letters to post at laptop and phone widths', async () => {
  const ref = (
    await h
      .intake(
        oralComplaint({
          subject: 'Onvriendelijk aan de balie',
          channel: 'in_person',
          complainant: { name: 'Fatima el Amrani', phone: '074 123 4567', address: 'Marktstraat 5\n7622 CP Borne' },
        }),
      )
      .expect(201)
  ).body.complaint.reference;
  await h.act(ref, 'assign', { handler: 'anna' }, 'intake').expect(200);
  await h.post(`/api/complaints/${ref}/notes`, { text: 'Klaagster belt liever na 14.00 uur.' }, 'intake').expect(201);
  await h
    .act(
      ref,
      'callback-done',
      { outcome: 'needs_handling', answer: 'Excuses; wij zoeken uit wie er dienst had.' },
      'representative',
    )
    .expect(200);
  await h
    .act(
      ref,
      'send-message',
      { channel: 'letter', text: 'Wij zoeken uit wie er dienst had en schrijven u binnen twee weken.' },
      'handler',
    )
    .expect(200);
  await until(() => h.register.db.message.findFirst({ where: { reference: ref, status: 'to_post' } }));
  for (const [size, viewport] of [
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ] as const) {
    const page = await as('anna', viewport);
    await page.goto(complaintUrl(ref));
    await b.screenshot(page, `complaint-${size}`);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
    await openAction(page, 'Reactie versturen');
    await b.screenshot(page, `complaint-reply-${size}`);
    await page.goto('/app/complaints/new');
    await b.screenshot(page, `intake-${size}`);
    await page.goto('/app/letters');
    await b.screenshot(page, `letters-${size}`);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
    await page.context().close();
  }
  // Posted, so that the letter test below starts from an empty queue.
  for (const letter of await h.register.db.message.findMany({ where: { status: 'to_post' } })) {
    await h.post(`/api/complaints/${letter.reference}/messages/${letter.id}/posted`, {}, 'intake').expect(200);
  }
});

test('R7/R4/R9/R5/R6: a phone complaint from intake at the desk, through a callback reminder, the callback by a representative, to reply and close by a handler — all in the pages', async () => {
  let desk = await as('desk');
  await desk.getByRole('link', { name: 'Nieuwe klacht' }).click();
  // Only an authorised representative answers at once (R7): the desk is not asked.
  expect(await desk.getByLabel(/Direct mondeling beantwoord/).count()).toBe(0);
  const ref = await register(desk, {
    channel: 'Telefoon',
    subject: 'Kortaf te woord gestaan',
    name: 'Fatima el Amrani',
    email: 'fatima@example.nl',
    phone: '074 123 4567',
  });
  expect(await notice(desk)).toBe(`Klacht ${ref} is geregistreerd.`);
  expect(await textOf(desk, '.panel--standing')).toMatch(
    /Wacht op terugbellen \(R7\)[\s\S]*Terugbellen — \d+ \w+\.? \d{4}/,
  );
  expect(await offered(desk)).toEqual(['Toewijzen', 'Intrekken']);

  // R7/R4: the callback is overdue; staff are reminded, and the page and the inbox say so.
  await h.env.sleep(4 * 3600_000 + 5 * 60_000); // past the callback's 4 hours
  await until(() => h.register.db.complaintEvent.findFirst({ where: { reference: ref, action: 'callback_overdue' } }));
  // Four hours later the desk's session has gone idle (SESSION_IDLE_TIMEOUT): sign in again.
  await desk.context().close();
  desk = await as('desk');
  const row = desk.locator('table.complaints tbody tr', { hasText: ref });
  expect(await row.textContent()).toContain('Te laat');
  await row.getByRole('link', { name: ref }).click();
  await desk.waitForURL(`**${complaintUrl(ref)}`);
  expect(await textOf(desk, '.panel--standing')).toContain('Te laat');
  await expect(desk.locator('.timeline').textContent()).resolves.toContain('Herinnering: terugbellen is te laat');

  const rep = await as('rep-1');
  await rep.goto(complaintUrl(ref));
  expect(await offered(rep)).toEqual(['Terugbellen gedaan']);
  await openAction(rep, 'Terugbellen gedaan');
  const callback = actionForm(rep, 'callback-done');
  await callback.getByLabel(/^Verdere behandeling nodig/).check();
  await callback.getByLabel('Wat hebt u geantwoord of afgesproken?').fill('Excuses; de teamleider zoekt het uit.');
  await callback.getByRole('button', { name: 'Terugbellen vastleggen' }).click();
  await rep.waitForURL(`**${complaintUrl(ref)}?done=callback-done`);
  expect(await notice(rep)).toBe('Het terugbellen is vastgelegd.');
  expect(await textOf(rep, '.panel--standing')).toContain('In behandeling; de antwoordtermijn loopt (R9)');
  expect(await offered(rep)).toEqual([]);

  const handler = await as('handler-1');
  await handler.goto(complaintUrl(ref));
  expect(await offered(handler)).toEqual([
    'Reactie versturen',
    'Niet op tijd te beantwoorden',
    'Bericht aan de klager',
    'Toewijzen',
    'Intrekken',
  ]);
  await openAction(handler, 'Reactie versturen');
  const reply = actionForm(handler, 'reply-sent');
  await reply.getByLabel(/^Per e-mail/).check();
  await reply.getByLabel('Tekst van de reactie').fill('De teamleider heeft met de medewerker gesproken.');
  await reply.getByRole('button', { name: 'Reactie versturen' }).click();
  await handler.waitForURL(`**?done=reply-sent`);
  const [mail] = await h.smtp.waitFor('fatima@example.nl', 1);
  expect(mail.text).toContain('De teamleider heeft met de medewerker gesproken.');

  await openAction(handler, 'Afsluiten');
  const close = actionForm(handler, 'close');
  await close.getByLabel('Hoe is de klacht afgehandeld?').fill('Excuses aangeboden en uitgelegd.');
  await close
    .getByLabel(/^Wat is er hersteld of verbeterd\?/)
    .fill('Telefoongesprekken worden besproken in het teamoverleg.');
  await close.getByLabel('Categorie').fill('bejegening');
  await close.getByLabel('Oorzaak').fill('drukte');
  await close.getByRole('button', { name: 'Klacht afsluiten' }).click();
  await handler.waitForURL(`**?done=close`);
  expect(await notice(handler)).toBe('De klacht is afgesloten.');
  expect(await textOf(handler, '.caption')).toContain('Afgesloten');
  expect(await offered(handler)).toEqual(['Heropenen']);

  // The timeline: every step, and the reply with its content behind a disclosure.
  const timeline = (await textOf(handler, '.timeline'))!;
  for (const step of ['Geregistreerd', 'Teruggebeld', 'Reactie verstuurd', 'Afgesloten']) {
    expect(timeline).toContain(step);
  }
  // The rule stays in the label's tooltip (issue 19): 'R9: reactie' reads "Reactie".
  const sent = handler.locator('.timeline__item--message', { has: handler.locator('.timeline__what [title="R9"]') });
  expect(await sent.locator('.message__body').isVisible()).toBe(false);
  await sent.locator('summary').click();
  expect(await sent.locator('.message__body').textContent()).toContain(
    'De teamleider heeft met de medewerker gesproken.',
  );
  // The deadline proof: the callback came after its time, the reply within the term.
  const proof = handler.locator('table.proof');
  expect(await proof.locator('tr', { hasText: 'R7: terugbellen' }).textContent()).toContain('Gemist');
  expect(await proof.locator('tr', { hasText: 'R9: antwoordtermijn' }).textContent()).toContain('Gehaald');
  for (const page of [desk, rep, handler]) await page.context().close();
});

test('R9/R4/R8: a letter with only a postal address gets its reply by letter: printed from its PDF, marked posted, and the queue is empty', async () => {
  const desk = await as('desk');
  const yesterday = addDays(await h.today(), -1);
  const ref = await register(desk, {
    channel: 'Brief',
    receivedAt: yesterday,
    subject: 'Geen parkeerplaats voor mijn rolstoel',
    name: 'Sara Koster',
    address: 'Dorpsstraat 2\n7621 AB Borne',
  });
  const row = await h.register.db.complaint.findUniqueOrThrow({ where: { reference: ref } });
  expect(row.receivedAt.toISOString()).toBe(startOfLocalDay(yesterday, h.config.terms.timeZone));
  // She phones: the house number was wrong. The desk records the call and corrects the address.
  const incoming = desk.locator('form[action$="/incoming"]');
  await incoming.getByLabel('Telefoon', { exact: true }).check();
  await incoming.getByLabel('Wat liet de klager weten?').fill('Het huisnummer is 2a, niet 2.');
  await incoming.getByRole('button', { name: 'Bericht vastleggen' }).click();
  await desk.waitForURL('**?done=incoming');
  await openAction(desk, 'Contactgegevens corrigeren');
  await desk.getByLabel('Postadres', { exact: true }).fill('Dorpsstraat 2a\n7621 AB Borne');
  await desk.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await desk.waitForURL('**?done=corrected');
  const timeline = (await textOf(desk, '.timeline'))!;
  expect(timeline).toMatch(/Bericht van de klager binnengekomen[\s\S]*Het huisnummer is 2a, niet 2\./);
  expect(timeline).toContain('Postadres: Dorpsstraat 2\n7621 AB Borne → Dorpsstraat 2a\n7621 AB Borne');

  const handler = await as('handler-1');
  await handler.goto(complaintUrl(ref));
  await openAction(handler, 'Reactie versturen');
  const reply = actionForm(handler, 'reply-sent');
  // No e-mail address: the page offers no reply by e-mail.
  expect(
    await reply
      .getByRole('radio')
      .evaluateAll((radios) => radios.map((r) => (r as unknown as { value: string }).value)),
  ).toEqual(['letter', 'elsewhere']);
  await reply.getByLabel(/^Per brief/).check();
  await reply.getByLabel('Tekst van de reactie').fill('Wij reserveren voortaan een plaats bij de ingang.');
  await reply.getByRole('button', { name: 'Reactie versturen' }).click();
  await handler.waitForURL('**?done=reply-sent');
  await until(() =>
    h.register.db.message.findFirst({ where: { reference: ref, purpose: 'reply', status: 'to_post' } }),
  );

  await desk.getByRole('link', { name: 'Brieven te versturen' }).click();
  await desk.waitForURL('**/app/letters');
  const letter = desk.locator('table.letters tbody tr', { hasText: ref });
  expect(await letter.textContent()).toMatch(/Reactie[\s\S]*Sara Koster[\s\S]*Dorpsstraat 2a, 7621 AB Borne/);
  const pdf = await desk.request.get((await letter.getByRole('link', { name: /Afdrukken/ }).getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await letter.getByRole('button', { name: /Gepost/ }).click();
  await desk.waitForURL(`**/app/letters?posted=${ref}`);
  expect(await notice(desk)).toContain('De brief is als gepost vastgelegd.');
  expect(await textOf(desk, '.empty')).toBe('Er zijn geen brieven te versturen.');
  const posted = await h.register.db.message.findFirstOrThrow({ where: { reference: ref, purpose: 'reply' } });
  expect(posted).toMatchObject({ status: 'posted', postedBy: 'desk' });
  await desk.getByRole('link', { name: 'Geposte brieven bekijken' }).click();
  expect(await desk.locator('table.letters tbody tr', { hasText: ref }).textContent()).toContain('desk');
  await desk.goto(complaintUrl(ref));
  expect(await textOf(desk, '.timeline')).toContain('Brief gepost');
  await desk.context().close();
  await handler.context().close();
});

test('R7/R9: each role sees only its actions — the desk no reply, a handler no "callback done", a representative the callback — and a forged post without the role is refused', async () => {
  const written = (await h.intake(writtenComplaint({ subject: 'Rollen: schriftelijk' })).expect(201)).body.complaint
    .reference;
  const oral = (await h.intake(oralComplaint({ subject: 'Rollen: mondeling' })).expect(201)).body.complaint.reference;
  const desk = await as('desk');
  await desk.goto(complaintUrl(written));
  expect(await offered(desk)).toEqual(['Toewijzen', 'Intrekken']);
  const handler = await as('handler-1');
  await handler.goto(complaintUrl(oral));
  expect(await offered(handler)).not.toContain('Terugbellen gedaan');
  await handler.goto(`${complaintUrl(oral)}?lang=en`);
  expect(await offered(handler)).toContain('Send the reply');
  const rep = await as('rep-1');
  await rep.goto(complaintUrl(oral));
  expect(await offered(rep)).toContain('Terugbellen gedaan');
  // R7: an authorised representative may register an oral complaint with the answer given at once.
  const answered = await register(rep, {
    channel: 'Aan de balie',
    subject: 'Balie dicht',
    name: 'Piet Balie',
    email: 'piet@example.nl',
    answer: 'Excuses; het wordt vandaag nog hersteld.',
  });
  expect(await textOf(rep, '.panel--standing')).toContain('Beantwoord; nog af te sluiten en te categoriseren (R6)');
  expect(await textOf(rep, '[aria-labelledby=facts-title]')).toContain('Direct mondeling beantwoord door rep-1 (R7)');
  expect(await offered(rep)).toEqual(['Mondeling antwoord schriftelijk bevestigen']);
  expect((await h.status(answered)).phase).toBe('answered');

  await desk.goto(complaintUrl(written));
  const forged = await desk.request.post(`${complaintUrl(written)}/actions/reply-sent`, {
    form: { _csrf: await csrfOf(desk), channel: 'elsewhere' },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toContain('Geen toegang');
  expect((await h.status(written)).phase).toBe('in_handling');
  for (const page of [desk, handler, rep]) await page.context().close();
});

test('R3/R9/R10: the API refusals on the page — a 400 at its fields with a summary linking to them, the procedure’s own 400 at its field, a 409 reason as a message', async () => {
  const ref = (await h.intake(writtenComplaint({ subject: 'Foutmeldingen' })).expect(201)).body.complaint.reference;
  const handler = await as('handler-1');
  await handler.goto(complaintUrl(ref));
  await openAction(handler, 'Niet op tijd te beantwoorden');
  await actionForm(handler, 'cannot-answer-in-time').getByRole('button').click();
  const summary = handler.getByRole('alert');
  expect(await summary.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
    '#cannot-answer-in-time-way',
    '#cannot-answer-in-time-expectedBy',
  ]);
  const way = handler.locator('.field', { has: handler.locator('#cannot-answer-in-time-way') });
  expect(await way.locator('.field__error').textContent()).toBe('Hoe wordt de klacht verder behandeld?: vul dit in.');
  await summary.getByRole('link', { name: /Hoe wordt de klacht/ }).click();
  expect(await handler.evaluate('document.activeElement.id')).toBe('cannot-answer-in-time-way');

  // The workflow's own check of the date (a day that has passed) comes back at the date's field.
  const form = actionForm(handler, 'cannot-answer-in-time');
  await form.getByLabel('Hoe wordt de klacht verder behandeld?').fill('Wij vragen advies aan de afdeling.');
  await form.getByLabel('Uiterlijk op welke datum reageert u?').fill(addDays(await h.today(), -1));
  const [refused] = await Promise.all([
    handler.waitForResponse((r) => r.request().method() === 'POST'),
    form.getByRole('button').click(),
  ]);
  expect(refused.status()).toBe(400);
  const date = handler.locator('.field', { has: handler.locator('#cannot-answer-in-time-expectedBy') });
  expect(await date.locator('.field__error').textContent()).toBe(
    'Uiterlijk op welke datum reageert u?: kies een datum na vandaag.',
  );
  expect(await form.getByLabel('Hoe wordt de klacht verder behandeld?').inputValue()).toBe(
    'Wij vragen advies aan de afdeling.',
  );

  // Two people reply at once: the second page is stale, and the procedure says why not.
  const other = await as('manager-1');
  await other.goto(complaintUrl(ref));
  await handler.goto(complaintUrl(ref));
  for (const [page, text] of [
    [handler, 'Eerste reactie.'],
    [other, 'Een andere reactie.'],
  ] as const) {
    await openAction(page, 'Reactie versturen');
    await actionForm(page, 'reply-sent')
      .getByLabel(/^Al op een andere manier/)
      .check();
    await actionForm(page, 'reply-sent').getByLabel('Tekst van de reactie').fill(text);
  }
  await actionForm(handler, 'reply-sent').getByRole('button', { name: 'Reactie versturen' }).click();
  await handler.waitForURL('**?done=reply-sent');
  const [conflict] = await Promise.all([
    other.waitForResponse((r) => r.request().method() === 'POST'),
    actionForm(other, 'reply-sent').getByRole('button', { name: 'Reactie versturen' }).click(),
  ]);
  expect(conflict.status()).toBe(409);
  expect(await other.getByRole('alert').textContent()).toMatch(
    /De reactie is al verstuurd, op \d{1,2} \w+ \d{4}, \d{2}:\d{2}; die kan niet meer veranderen\./,
  );
  await handler.context().close();
  await other.context().close();
});

test('R1/R2: intake shows its problems per field; a written complaint needs an address; a form posted twice registers one complaint', async () => {
  const desk = await as('desk');
  await desk.goto('/app/complaints/new');
  await desk.getByRole('button', { name: 'Klacht registreren' }).click();
  const links = await desk
    .getByRole('alert')
    .locator('a')
    .evaluateAll((a) => a.map((l) => l.getAttribute('href')));
  expect(links).toEqual(
    expect.arrayContaining(['#intake-channel', '#intake-subject', '#intake-description', '#intake-complainant-name']),
  );
  await desk.getByLabel('E-mail', { exact: true }).check();
  await desk.getByLabel('Onderwerp').fill('Dubbel verstuurd');
  await desk.getByLabel('Wat is de klacht?').fill('Een klacht die twee keer werd verstuurd.');
  await desk.getByLabel('Naam van de klager').fill('Henk de Vries');
  await desk.getByRole('button', { name: 'Klacht registreren' }).click();
  expect(await desk.locator('#intake-complainant-email-error').textContent()).toBe(
    'Vul een e-mailadres of een postadres in: een schriftelijke klacht beantwoorden wij schriftelijk.',
  );
  expect(await desk.getByLabel('Onderwerp').inputValue()).toBe('Dubbel verstuurd');

  await desk.getByLabel(/^E-mailadres/).fill('henk@example.nl');
  const fields = (await desk.evaluate(
    `Object.fromEntries(new FormData(document.querySelector('form[action="/app/complaints/new"]')))`,
  )) as Record<string, string>;
  const post = () => desk.request.post('/app/complaints/new', { form: fields, maxRedirects: 0 });
  const [first, second] = await Promise.all([post(), post()]);
  expect([first.status(), second.status()]).toEqual([303, 303]);
  expect(second.headers().location).toBe(first.headers().location);
  expect(await h.register.db.complaint.count({ where: { subject: 'Dubbel verstuurd' } })).toBe(1);
  await desk.context().close();
});

test('R2/R4: a complaint whose procedure does not answer shows what the register knows, says so, and offers no action; a note still works', async () => {
  const { complaint } = await registerComplaint(
    h.register.db,
    asIntake(writtenComplaint({ subject: 'Zonder procedure' })),
    h.config.terms,
    { now: await h.now(), keys: h.keys },
  );
  const handler = await as('handler-1');
  await handler.goto(complaintUrl(complaint.reference));
  expect(await textOf(handler, '.panel--standing')).toContain('De procedure van deze klacht antwoordt nu niet');
  expect(await offered(handler)).toEqual([]);
  expect(await handler.locator('h1').textContent()).toBe('Zonder procedure');
  await handler.getByLabel('Notitie', { exact: true }).fill('Temporal lag eruit; later opnieuw kijken.');
  await handler.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await handler.waitForURL('**?done=note');
  expect(await textOf(handler, '.notes')).toContain('Temporal lag eruit; later opnieuw kijken.');
  await handler.context().close();
});

test('no page of this file made the browser report an error (a CSP refusal of an inline style or script would)', () => {
  expect(b.consoleErrors).toEqual([]);
});
