/**
 * What a desk expects (issue 19), in a browser (Debian's Chromium): assigning from a list of the staff
 * who may handle, printing every letter to post as one PDF and marking them posted together, and the
 * managed lists of services, categories and causes that the complaint forms choose from.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { createAccount } from '../api/auth/accounts';
import { LAPTOP, seriousViolations, until, useBrowserApp } from './support/browser';
import { addDays } from '../domain/calendar';
import { useHarness, writtenComplaint } from './support/harness';
import { fieldCodes } from './support/problems';

const h = useHarness();
const b = useBrowserApp(h);
const PASSWORD = 'correct paard batterij nietje';

beforeAll(async () => {
  for (const id of ['desk', 'handler-1', 'manager-1', 'operator-1']) await b.givePassword(id, PASSWORD);
  await createAccount(h.register.db, { id: 'anna', name: 'Anna de Vries', roles: ['intake', 'handler'] });
  await createAccount(h.register.db, { id: 'rita', name: 'Rita Weg', roles: ['handler'] });
  await h.register.db.staffAccount.update({ where: { id: 'rita' }, data: { disabledAt: await h.now() } });
});

async function as(login: string, viewport = LAPTOP): Promise<Page> {
  const page = await b.page(viewport);
  await b.signIn(page, login, PASSWORD);
  return page;
}

const complaintUrl = (reference: string) => `/app/complaints/${reference}`;
const actionForm = (page: Page, action: string) => page.locator(`form[action$="/actions/${action}"]`);
async function openAction(page: Page, title: string) {
  await page.locator('details.action > summary', { hasText: title }).click();
}

test('issue 19 item "assign from a list": the desk chooses a handler from the staff who may handle; the API refuses an account that may not', async () => {
  const ref = (await h.intake(writtenComplaint({ subject: 'Toewijzen uit een lijst' })).expect(201)).body.complaint
    .reference;
  const desk = await as('desk');
  await desk.goto(complaintUrl(ref));
  await openAction(desk, 'Toewijzen');
  const handler = actionForm(desk, 'assign').getByLabel('Behandelaar');
  expect(await handler.evaluate((el) => el.tagName)).toBe('SELECT');
  // Handlers and managers who are enabled; not the desk, a representative, an operator or a disabled account.
  expect(
    await handler.locator('option').evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value)),
  ).toEqual(['', 'anna', 'handler-1', 'manager-1']);
  await handler.selectOption({ label: 'Anna de Vries (anna)' });
  await actionForm(desk, 'assign').getByRole('button', { name: 'Toewijzen' }).click();
  await desk.waitForURL(`**${complaintUrl(ref)}?done=assign`);
  expect((await h.register.db.complaint.findUniqueOrThrow({ where: { reference: ref } })).handler).toBe('anna');

  // Nothing chosen: the field says so.
  await openAction(desk, 'Toewijzen');
  await actionForm(desk, 'assign').getByRole('button', { name: 'Toewijzen' }).click();
  expect(await desk.locator('#assign-handler-error').count()).toBe(1);

  // The API still checks the login name: an account that may not handle is refused at the field.
  for (const login of ['desk', 'rep-1', 'rita']) {
    const refused = await h.act(ref, 'assign', { handler: login }, 'intake').expect(400);
    expect(fieldCodes(refused.body)).toEqual([{ field: 'handler', code: 'not_handler' }]);
  }
  const unknown = await h.act(ref, 'assign', { handler: 'niemand' }, 'intake').expect(400);
  expect(fieldCodes(unknown.body)).toEqual([{ field: 'handler', code: 'unknown_handler' }]);
  expect((await h.register.db.complaint.findUniqueOrThrow({ where: { reference: ref } })).handler).toBe('anna');
  await desk.context().close();
});

/** The text of a PDF page by page, as poppler's pdftotext reads it (pages end in a form feed). */
const pdfPages = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString().split('\f').slice(0, -1);

/** A complaint by letter from someone without e-mail, whose reply goes by letter; its letter's ID. */
async function replyByLetter(name: string): Promise<{ reference: string; id: number }> {
  const complaint = writtenComplaint({
    channel: 'letter',
    subject: `Brief voor ${name}`,
    complainant: { name, address: 'Dorpsstraat 1\n7621 AB Borne' },
  });
  const reference = (await h.intake(complaint).expect(201)).body.complaint.reference;
  await h.act(reference, 'reply-sent', { channel: 'letter', text: `Antwoord aan ${name}.` }, 'handler').expect(200);
  const letter = await until(() =>
    h.register.db.message.findFirst({ where: { reference, purpose: 'reply', status: 'to_post' } }),
  );
  return { reference, id: letter.id };
}

test('issue 19 item "bulk": the desk prints every letter to post as one PDF and marks exactly those posted together, each once; a retry posts nothing twice', async () => {
  const letters = [await replyByLetter('Łucja Ŝmit'), await replyByLetter('Đorđe Øvergaard')];
  const desk = await as('desk');
  await desk.goto('/app/letters');
  expect(await seriousViolations(desk)).toEqual([]);
  const pdfLink = desk.getByRole('link', { name: 'Alle brieven afdrukken (één PDF)' });
  const printed = await desk.request.get((await pdfLink.getAttribute('href'))!);
  expect(printed.status()).toBe(200);
  expect(printed.headers()['content-type']).toBe('application/pdf');
  const pages = pdfPages(await printed.body());
  expect(pages).toHaveLength(2);
  expect(pages[0]).toContain('Antwoord aan Łucja Ŝmit.');
  expect(pages[1]).toContain('Antwoord aan Đorđe Øvergaard.');

  // A letter that comes in after printing is not among those marked posted.
  const later = await replyByLetter('Zoë Ñúñez');
  await desk.getByRole('button', { name: 'Deze brieven zijn alle gepost' }).click();
  await desk.waitForURL('**/app/letters?postedAll=2');
  expect(await desk.locator('.notice[role=status]').first().textContent()).toBe(
    '2 brieven zijn als gepost vastgelegd.',
  );
  const rows = await h.register.db.message.findMany({ where: { id: { in: [...letters, later].map((l) => l.id) } } });
  expect(rows.map((r) => [r.id, r.status, r.postedBy])).toEqual([
    [letters[0].id, 'posted', 'desk'],
    [letters[1].id, 'posted', 'desk'],
    [later.id, 'to_post', null],
  ]);
  expect(await desk.locator('table.letters tbody tr', { hasText: later.reference }).count()).toBe(1);
  for (const l of letters) expect(await desk.locator('table.letters', { hasText: l.reference }).count()).toBe(0);

  // The same post again (a double click, a retry) and the API's: nothing is posted twice.
  await desk.goto('/app/letters');
  const csrf = await desk.locator('input[name=_csrf]').first().inputValue();
  const again = await desk.request.post('/app/letters/posted', {
    form: { _csrf: csrf, ids: letters.map((l) => l.id).join(',') },
    maxRedirects: 0,
  });
  expect(again.headers().location).toBe('/app/letters?postedAll=0');
  const api = await h.post('/api/letters/posted', { ids: letters.map((l) => l.id) }, 'intake').expect(200);
  expect(api.body).toEqual({ posted: [], already: letters.map((l) => l.id) });
  for (const l of letters) {
    const steps = await h.register.db.complaintEvent.findMany({
      where: { reference: l.reference, action: 'letter_posted' },
    });
    expect(steps).toHaveLength(1);
  }
  // Through the API, the last one; an empty list is refused at its field.
  expect((await h.post('/api/letters/posted', { ids: [later.id] }, 'intake').expect(200)).body.posted).toEqual([
    later.id,
  ]);
  expect(fieldCodes((await h.post('/api/letters/posted', { ids: [] }, 'intake').expect(400)).body)).toEqual([
    { field: 'ids', code: 'required' },
  ]);
  expect((await h.get('/api/letters/to-post.pdf', 'intake')).status).toBe(204);
  await desk.context().close();
});

/** The services the report counts in a period from today on, by value. */
async function servicesCounted(): Promise<Record<string, number>> {
  const today = await h.today();
  const period = `from=${today}&to=${addDays(today, 30)}`;
  const { current } = (await h.get(`/api/reports/summary?${period}`, 'manager').expect(200)).body;
  return Object.fromEntries(
    (current.volume.perService.top as { value: string; count: number }[]).map((c) => [c.value, c.count]),
  );
}

const complaintRow = (reference: string) => h.register.db.complaint.findUniqueOrThrow({ where: { reference } });
const fileWith = async (service: string) =>
  (await h.intake(writtenComplaint({ service, subject: `Dienst ${service}` })).expect(201)).body.complaint
    .reference as string;

test('issue 19 item "managed lists": operators keep the lists of services, categories and causes, map the old free text, and the forms choose from them — the report stops splitting', async () => {
  // Before the lists: free text, so one service is counted as two.
  const [factuur, parkeren] = [await fileWith('Factuur'), await fileWith('Parkeren'), await fileWith('facturatie')];
  const before = await servicesCounted();
  expect(before.Factuur).toBe(1);
  const invoices = Object.entries(before)
    .filter(([value]) => ['facturatie', 'factuur'].includes(value.toLowerCase()))
    .reduce((sum, [, count]) => sum + count, 0);

  const operator = await as('operator-1');
  await operator.getByRole('link', { name: 'Lijsten' }).click();
  await operator.waitForURL('**/app/lists');
  const services = operator.locator('#list-service');
  for (const name of ['Facturatie', 'Parkeren']) {
    await services.getByLabel('Nieuwe dienst').fill(name);
    await services.getByRole('button', { name: 'Toevoegen' }).click();
    await operator.waitForURL('**/app/lists?done=added');
  }
  // A name the list has already, in another case: refused at its field.
  await operator.locator('#list-service').getByLabel('Nieuwe dienst').fill('PARKEREN');
  await operator.locator('#list-service').getByRole('button', { name: 'Toevoegen' }).click();
  expect(await operator.locator('#add-service-name-error').textContent()).toBe(
    'Nieuwe dienst: deze naam staat al in de lijst.',
  );

  // The old values: "facturatie" means "Facturatie" (chosen already), "Factuur" is chosen by the operator.
  await operator.goto('/app/lists');
  const unmapped = operator.locator('#list-service table.lists--unmapped tbody tr');
  expect((await unmapped.locator('th').allTextContents()).sort()).toEqual(['Factuur', 'facturatie']);
  const mapping = (value: string) =>
    operator.locator('form', { has: operator.getByLabel(`Hoort bij (voor „${value}”)`) });
  expect(await mapping('facturatie').locator('option:checked').textContent()).toBe('Facturatie');
  expect(await mapping('Factuur').locator('option:checked').textContent()).toBe('Kies…');
  expect(await seriousViolations(operator)).toEqual([]);
  await b.screenshot(operator, 'lists-laptop');
  await mapping('facturatie').getByRole('button', { name: 'Onderbrengen' }).click();
  await operator.waitForURL('**/app/lists?done=mapped*');
  await mapping('Factuur').getByRole('combobox').selectOption({ label: 'Facturatie' });
  await mapping('Factuur').getByRole('button', { name: 'Onderbrengen' }).click();
  await operator.waitForURL('**/app/lists?done=mapped&count=1');
  expect(await operator.locator('.notice[role=status]').textContent()).toBe('1 klacht is ondergebracht.');
  expect(await operator.locator('#list-service table.lists--unmapped').count()).toBe(0);
  expect((await complaintRow(factuur)).service).toBe('Facturatie');
  const after = await servicesCounted();
  expect(after).toMatchObject({ Facturatie: invoices, Parkeren: 1 });
  expect(Object.keys(after)).not.toContain('Factuur');

  // Rename: the complaints go with it. Categories too: "Bejegening"; causes stay free text (no entries).
  const parking = operator.locator('#list-service tbody tr', { hasText: 'Parkeren' });
  await parking.getByLabel('Nieuwe naam voor Parkeren').fill('Parkeerplaatsen');
  await parking.getByRole('button', { name: 'Naam wijzigen' }).click();
  await operator.waitForURL('**/app/lists?done=renamed');
  expect((await complaintRow(parkeren)).service).toBe('Parkeerplaatsen');
  await operator.locator('#list-category').getByLabel('Nieuwe categorie').fill('Bejegening');
  await operator.locator('#list-category').getByRole('button', { name: 'Toevoegen' }).click();
  await operator.waitForURL('**/app/lists?done=added');

  // The intake form chooses the service from the list; the API takes an old value as its entry, refuses others.
  const desk = await as('desk');
  await desk.goto('/app/complaints/new');
  const service = desk.getByLabel(/^Over welke dienst gaat het\?/);
  expect(await service.evaluate((el) => el.tagName)).toBe('SELECT');
  expect(await service.locator('option').allTextContents()).toEqual(['Kies…', 'Facturatie', 'Parkeerplaatsen']);
  await desk.getByLabel('E-mail', { exact: true }).check();
  await desk.getByLabel('Onderwerp').fill('Parkeren bij de ingang');
  await desk.getByLabel('Wat is de klacht?').fill('Geen plek vrij.');
  await service.selectOption('Parkeerplaatsen');
  await desk.getByLabel('Naam van de klager').fill('Ñúñez Zoë');
  await desk.getByLabel(/^E-mailadres/).fill('zoe@example.nl');
  await desk.getByRole('button', { name: 'Klacht registreren' }).click();
  await desk.waitForURL(/\/app\/complaints\/(KL-\d{4}-\d{5})\?done=registered$/);
  const chosen = /(KL-\d{4}-\d{5})/.exec(desk.url())![1];
  expect((await complaintRow(chosen)).service).toBe('Parkeerplaatsen');
  expect((await complaintRow(await fileWith('FACTUUR'))).service).toBe('Facturatie');
  expect((await complaintRow(await fileWith('parkeren'))).service).toBe('Parkeerplaatsen');
  const refused = await h.intake(writtenComplaint({ service: 'Iets anders' })).expect(400);
  expect(fieldCodes(refused.body)).toEqual([{ field: 'service', code: 'not_in_list' }]);

  // Retired: no longer offered or taken; the complaints that have it keep it.
  await operator.goto('/app/lists');
  await operator
    .locator('#list-service tbody tr', { hasText: 'Parkeerplaatsen' })
    .getByRole('button', { name: /Niet meer gebruiken/ })
    .click();
  await operator.waitForURL('**/app/lists?done=retired');
  await desk.goto('/app/complaints/new');
  expect(
    await desk
      .getByLabel(/^Over welke dienst gaat het\?/)
      .locator('option')
      .allTextContents(),
  ).toEqual(['Kies…', 'Facturatie']);
  expect(fieldCodes((await h.intake(writtenComplaint({ service: 'Parkeerplaatsen' })).expect(400)).body)).toEqual([
    { field: 'service', code: 'not_in_list' },
  ]);
  expect((await complaintRow(parkeren)).service).toBe('Parkeerplaatsen');

  // Closing: the category from its list, the cause as free text while nobody keeps that list.
  await h.act(chosen, 'reply-sent', { channel: 'email', text: 'Er komt een extra plaats.' }, 'handler').expect(200);
  const handler = await as('handler-1');
  await handler.goto(complaintUrl(chosen));
  await openAction(handler, 'Afsluiten');
  const close = actionForm(handler, 'close');
  expect(await close.getByLabel('Categorie').evaluate((el) => el.tagName)).toBe('SELECT');
  expect(await close.getByLabel('Oorzaak').evaluate((el) => el.tagName)).toBe('INPUT');
  await close.getByLabel('Hoe is de klacht afgehandeld?').fill('Een extra plaats gemaakt.');
  await close.getByLabel(/^Wat is er hersteld of verbeterd\?/).fill('Een plaats bij de ingang.');
  await close.getByLabel('Categorie').selectOption('Bejegening');
  await close.getByLabel('Oorzaak').fill('te weinig plaatsen');
  await close.getByRole('button', { name: 'Klacht afsluiten' }).click();
  await handler.waitForURL('**?done=close');
  await until(async () => (await complaintRow(chosen)).category === 'Bejegening');
  const closing = await h
    .act(
      await fileWith('Facturatie'),
      'close',
      { resolution: 'x', correctiveAction: 'y', category: 'Geen categorie', cause: 'z' },
      'handler',
    )
    .expect(400);
  expect(fieldCodes(closing.body)).toEqual([{ field: 'category', code: 'not_in_list' }]);
  for (const page of [operator, desk, handler]) await page.context().close();
});
