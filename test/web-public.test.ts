/**
 * The complainant's pages in a real browser, without an account: the public complaint form, the status
 * page behind the private link (what happens next and by when, what was sent, the satisfaction question),
 * "lost your link?", languages, a double-clicked form, the shared rate limit; screenshots.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { addDays } from '../domain/calendar';
import { LAPTOP, PHONE, useBrowserApp } from './support/browser';
import { useHarness, writtenComplaint } from './support/harness';

const CONTACT = '074 123 45 67 · klachten@balansborne.nl';
const h = useHarness({ ORGANISATION_CONTACT: CONTACT, PUBLIC_INTAKE_MAX: '12' });
const b = useBrowserApp(h);

const tokenIn = (page: Page) => /\/status\/([A-Za-z0-9_-]{43})/.exec(page.url())![1];
const textOf = (page: Page, selector: string) => page.locator(selector).first().textContent();
const hrefs = (page: Page) =>
  page
    .getByRole('alert')
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));

async function fileOnForm(page: Page, fields: { subject: string; name: string; email?: string; address?: string }) {
  await page.getByLabel('Waar gaat uw klacht over?').fill(fields.subject);
  await page.getByLabel('Wat is er gebeurd?').fill(`${fields.subject}. Ik wil graag een reactie.`);
  await page.getByLabel('Uw naam').fill(fields.name);
  if (fields.email) await page.getByLabel('Uw e-mailadres').fill(fields.email);
  if (fields.address) await page.getByLabel(/^Uw postadres/).fill(fields.address);
  await page.getByRole('button', { name: 'Klacht versturen' }).click();
  await page.waitForURL(/\/status\/[A-Za-z0-9_-]{43}\?filed=1$/);
  const token = tokenIn(page);
  const reference = /KL-\d{4}-\d{5}/.exec((await textOf(page, 'h1'))!)![0];
  return { token, reference };
}

test('R1/R2/R4: a complainant files on the public form — its problems per field first — and lands on the status page: where the complaint stands, and by when', async () => {
  const page = await b.page();
  await page.goto('/klacht');
  expect(await textOf(page, 'h1')).toBe('Een klacht indienen');
  expect(await page.locator('header').textContent()).not.toContain('Uitloggen');
  await page.getByLabel('Waar gaat uw klacht over?').fill('Wachttijd te lang');
  await page.getByRole('button', { name: 'Klacht versturen' }).click();
  expect(await hrefs(page)).toEqual([
    '#complaint-description',
    '#complaint-complainant-name',
    '#complaint-complainant-email',
  ]);
  expect(await page.locator('#complaint-complainant-email-error').textContent()).toBe(
    'Vul een e-mailadres of een postadres in: een schriftelijke klacht beantwoorden wij schriftelijk.',
  );
  expect(await page.getByLabel('Waar gaat uw klacht over?').inputValue()).toBe('Wachttijd te lang');

  const { token, reference } = await fileOnForm(page, {
    subject: 'Wachttijd te lang',
    name: 'Sara Koster',
    email: 'sara@example.nl',
  });
  expect(await textOf(page, '.notice[role=status]')).toContain('Wij hebben uw klacht ontvangen.');
  expect(await textOf(page, 'h1')).toBe(`Uw klacht ${reference}`);
  expect(await textOf(page, '.status')).toBe('Uw klacht is in behandeling.');
  expect(await textOf(page, '.panel--standing')).toMatch(/U ontvangt uiterlijk \d{1,2} \w+ \d{4} onze reactie\./);
  expect(await textOf(page, 'footer')).toContain(CONTACT);
  const row = await h.register.db.complaint.findUniqueOrThrow({ where: { reference } });
  expect(row).toMatchObject({
    channel: 'web',
    registeredBy: 'public',
    language: 'nl',
    complainantEmail: 'sara@example.nl',
  });
  expect(row.statusTokenHash).not.toBe(token);
  await page.context().close();
});

test('R6/R4: after the reply and closing, the status page shows what was sent (never a note) and asks once how satisfied the complainant is', async () => {
  const page = await b.page();
  await page.goto('/klacht');
  const { token, reference } = await fileOnForm(page, {
    subject: 'Factuur dubbel',
    name: 'Ben Wit',
    email: 'ben@example.nl',
  });
  await h.post(`/api/complaints/${reference}/notes`, { text: 'GEHEIM: lastige klant' }, 'handler').expect(201);
  await h
    .act(reference, 'reply-sent', { channel: 'email', text: 'Wij hebben de factuur gecrediteerd.' }, 'handler')
    .expect(200);
  await h.smtp.waitFor('ben@example.nl', 1);
  await h.act(reference, 'close', { resolution: 'Gecrediteerd', category: 'facturatie', cause: 'dubbel' }, 'handler');

  await page.goto(`/status/${token}`);
  expect(await textOf(page, '.status')).toBe('Uw klacht is afgehandeld.');
  expect(await page.content()).not.toContain('GEHEIM');
  const sent = page.locator('details.message', { hasText: `Reactie op uw klacht (${reference})` });
  await sent.locator('summary').click();
  expect(await sent.locator('.message__body').textContent()).toContain('Wij hebben de factuur gecrediteerd.');

  await page.getByRole('button', { name: 'Verstuur' }).click();
  expect(await hrefs(page)).toEqual(['#satisfaction-score']);
  expect(await textOf(page, '#satisfaction-score-error')).toBe(
    'Hoe tevreden bent u over de afhandeling van uw klacht?: kies een van de mogelijkheden.',
  );
  await page.getByLabel('Tevreden', { exact: true }).check();
  await page.getByLabel(/^Toelichting/).fill('Snel opgelost.');
  await page.getByRole('button', { name: 'Verstuur' }).click();
  await page.waitForURL(`**/status/${token}`);
  expect(await textOf(page, '.notice[role=status]')).toBe('Dank u wel voor uw antwoord.');
  expect(await page.getByRole('button', { name: 'Verstuur' }).count()).toBe(0);
  const row = await h.register.db.complaint.findUniqueOrThrow({ where: { reference } });
  expect(row).toMatchObject({ satisfactionScore: 4, satisfactionComment: 'Snel opgelost.' });
  await page.context().close();
});

test('R4: "lost your link?" asks for reference and e-mail address, shows its problems per field, and sends the link to the register’s address only', async () => {
  const page = await b.page();
  await page.goto('/klacht');
  const { token, reference } = await fileOnForm(page, {
    subject: 'Link kwijt',
    name: 'Kees Kwijt',
    email: 'kwijt@example.nl',
  });
  await page.goto('/status');
  await page.getByRole('button', { name: 'Stuur mij de link' }).click();
  expect(await hrefs(page)).toEqual(['#link-reference', '#link-email']);
  for (const email of ['ander@example.nl', 'KWIJT@example.nl']) {
    // The e-mail form; the page also has one for the code by post (issue 19 item 7).
    const byEmail = page.locator('form[action="/status"]');
    await byEmail.getByLabel('Kenmerk van uw klacht').fill(reference.toLowerCase());
    await byEmail.getByLabel('Uw e-mailadres').fill(email);
    await page.getByRole('button', { name: 'Stuur mij de link' }).click();
    await page.waitForURL('**/status?requested=1');
    expect(await textOf(page, '.notice[role=status]')).toContain('Als dit kenmerk en dit e-mailadres bij elkaar horen');
  }
  const [mail] = await h.smtp.waitFor('kwijt@example.nl', 1);
  expect(mail.text).toContain(`/status/${token}`);
  expect(h.smtp.to('ander@example.nl')).toEqual([]);
  await page.context().close();
});

test('R5/R4: English on request, the complainant’s own language by default; an unknown link is a Dutch 404 page', async () => {
  const page = await b.page();
  await page.goto('/klacht?lang=en');
  expect(await textOf(page, 'h1')).toBe('Make a complaint');
  await page.getByLabel('What is your complaint about?').fill('Rude reception');
  await page.getByLabel('What happened?').fill('The receptionist did not greet me.');
  await page.getByLabel('Your name').fill('Ann Smith');
  await page.getByLabel('Your e-mail address').fill('ann@example.com');
  await page.getByRole('button', { name: 'Send the complaint' }).click();
  await page.waitForURL('**/status/*');
  const token = tokenIn(page);
  expect(await textOf(page, '.status')).toBe('Your complaint is being handled.');
  const ref = /KL-\d{4}-\d{5}/.exec((await textOf(page, 'h1'))!)![0];
  expect((await h.register.db.complaint.findUniqueOrThrow({ where: { reference: ref } })).language).toBe('en');

  const fresh = await b.page(); // no language cookie: the complaint's language
  await fresh.goto(`/status/${token}`);
  expect(await fresh.locator('html').getAttribute('lang')).toBe('en');
  await fresh.getByRole('link', { name: 'Nederlands' }).click();
  expect(await textOf(fresh, '.status')).toBe('Uw klacht is in behandeling.');

  const stranger = await b.page();
  const unknown = await stranger.goto(`/status/${'A'.repeat(43)}`);
  expect(unknown!.status()).toBe(404);
  expect(await stranger.locator('html').getAttribute('lang')).toBe('nl');
  expect(await textOf(stranger, 'h1')).toBe('Deze link naar uw klacht kennen wij niet');
  for (const p of [page, fresh, stranger]) await p.context().close();
});

test('screenshots of the public form, the status page and "lost your link?" at laptop and phone widths', async () => {
  const filed = await h.intake(
    writtenComplaint({ channel: 'email', complainant: { name: 'Jan Jansen', email: 'jan@example.nl' } }),
  );
  const reference = filed.body.complaint.reference;
  const token = filed.body.statusUrl.split('/status/')[1];
  const expectedBy = addDays(await h.today(), 21);
  await h.act(
    reference,
    'cannot-answer-in-time',
    { way: 'Wij vragen de administratie om uitzoekwerk.', expectedBy },
    'handler',
  );
  await h.act(
    reference,
    'reply-sent',
    { channel: 'email', text: 'Wij hebben de dubbele factuur gecrediteerd. Excuses voor het ongemak.' },
    'handler',
  );
  await h.smtp.waitFor('jan@example.nl', 2);
  await h.act(
    reference,
    'close',
    { resolution: 'Gecrediteerd', category: 'facturatie', cause: 'dubbele boeking' },
    'handler',
  );
  for (const [size, viewport] of [
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ] as const) {
    const page = await b.page(viewport);
    await page.goto('/klacht');
    await b.screenshot(page, `public-form-${size}`);
    await page.goto(`/status/${token}`);
    await page.locator('details.message summary').last().click();
    await b.screenshot(page, `status-${size}`);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
    await page.goto('/status');
    await b.screenshot(page, `lost-link-${size}`);
    await page.context().close();
  }
});

test('R2: a form sent twice (a double click) registers one complaint and both land on its status page; past PUBLIC_INTAKE_MAX, counted with the JSON form, the form asks to try later and keeps what was typed', async () => {
  const page = await b.page();
  await page.goto('/klacht');
  await page.getByLabel('Waar gaat uw klacht over?').fill('Twee keer geklikt');
  await page.getByLabel('Wat is er gebeurd?').fill('Ik klikte twee keer op versturen.');
  await page.getByLabel('Uw naam').fill('Dubbel Klik');
  await page.getByLabel('Uw e-mailadres').fill('dubbel@example.nl');
  const fields = (await page.evaluate(
    `Object.fromEntries(new FormData(document.querySelector('form[action="/klacht"]')))`,
  )) as Record<string, string>;
  const post = () => page.request.post('/klacht', { form: fields, maxRedirects: 0 });
  const [first, second] = await Promise.all([post(), post()]);
  expect([first.status(), second.status()]).toEqual([303, 303]);
  expect(second.headers().location).toBe(first.headers().location);
  expect(await h.register.db.complaint.count({ where: { subject: 'Twee keer geklikt' } })).toBe(1);

  // The same client address through the JSON form uses up the same limit.
  const json = () =>
    page.request.post('/api/public/complaints', {
      data: { complainant: { name: 'Veel', email: 'veel@example.nl' }, subject: 'Veel', description: 'Veel klachten.' },
    });
  let answer = await json();
  while (answer.status() !== 429) answer = await json();
  // The complaint already sent is no new one: sent again, it still lands on its page, and is not counted.
  const repeated = await post();
  expect([repeated.status(), repeated.headers().location]).toEqual([303, first.headers().location]);

  // A new complaint is refused, on the form, with what was typed still in it.
  await page.goto('/klacht');
  await page.getByLabel('Waar gaat uw klacht over?').fill('Een te veel');
  await page.getByLabel('Wat is er gebeurd?').fill('Deze tekst wil ik niet opnieuw typen.');
  await page.getByLabel('Uw naam').fill('Veel Klik');
  await page.getByLabel('Uw e-mailadres').fill('veel-klik@example.nl');
  const [refused] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/klacht') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Klacht versturen' }).click(),
  ]);
  expect(refused.status()).toBe(429);
  expect(refused.headers()['retry-after']).toMatch(/^\d+$/);
  expect(await page.getByRole('alert').textContent()).toContain(
    'Er zijn vanaf uw internetverbinding te veel klachten verstuurd.',
  );
  expect(await page.getByLabel('Wat is er gebeurd?').inputValue()).toBe('Deze tekst wil ik niet opnieuw typen.');
  expect(await page.getByLabel('Uw naam').inputValue()).toBe('Veel Klik');
  expect(await h.register.db.complaint.count({ where: { subject: 'Een te veel' } })).toBe(0);
  await page.context().close();
});

test('a look-alike form on another site, with a fixed intake key, is refused by the browser’s own word: a Dutch page, nothing registered', async () => {
  // Another site (localhost is another site than 127.0.0.1) whose page posts to our form.
  const lookAlike = `<!doctype html><html lang="nl"><title>Klacht</title>
<form method="post" action="${b.base}/klacht">
  <input name="intakeKey" value="AAAAAAAAAAAAAAAAAAAAAAAA">
  <input name="subject" value="Van een andere site"><input name="description" value="Ingevuld elders.">
  <input name="complainant.name" value="Slachtoffer"><input name="complainant.email" value="slachtoffer@example.nl">
  <button>Versturen</button>
</form>`;
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(lookAlike));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const page = await b.page();
    await page.goto(`http://localhost:${(server.address() as AddressInfo).port}/`);
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${b.base}/klacht`),
      page.getByRole('button', { name: 'Versturen' }).click(),
    ]);
    expect(answer.status()).toBe(403);
    expect(await textOf(page, 'h1')).toBe('Formulier niet verstuurd');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await h.register.db.complaint.count({ where: { subject: 'Van een andere site' } })).toBe(0);
    await page.context().close();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('no page of this file made the browser report an error (a CSP refusal of an inline style or script would)', () => {
  expect(b.consoleErrors).toEqual([]);
});
