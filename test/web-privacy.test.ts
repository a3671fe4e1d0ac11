/**
 * AVG/GDPR in the staff web app (issue 18), in a real browser (Debian's Chromium): an operator finds a
 * complainant's complaints by e-mail address, downloads the export as JSON and as PDF through the session,
 * and erases one complaint with a reason and a confirmation; a refused form says why at its fields, in
 * Dutch. The menu offers the page to operators only.
 */
import type { Page } from 'playwright-core';
import { seriousViolations, useBrowserApp } from './support/browser';
import { useHarness, writtenComplaint } from './support/harness';

const h = useHarness();
const b = useBrowserApp(h);
const PASSWORD = 'correct paard batterij nietje';

beforeAll(async () => {
  for (const id of ['operator-1', 'handler-1']) await b.givePassword(id, PASSWORD);
});

afterAll(() => {
  expect(b.consoleErrors).toEqual([]);
});

async function signedIn(login: string): Promise<Page> {
  const page = await b.page();
  await page.goto('/app/sign-in');
  await page.getByLabel('Loginnaam').fill(login);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  // Each on their start page: the inbox, or for operators (who see no complaints) the accounts.
  await page.waitForURL((url) => ['/app', '/app/accounts'].includes(url.pathname));
  return page;
}

async function file(name: string, email: string): Promise<string> {
  const res = await h.intake(writtenComplaint({ complainant: { name, email } }));
  expect(res.status).toBe(201);
  return res.body.complaint.reference;
}

test('AVG: an operator finds a complainant’s complaints by e-mail address and downloads everything held, as JSON and as PDF', async () => {
  const first = await file('Paula Pagina', 'paula@example.nl');
  const second = await file('Paula Pagina', 'Paula@Example.nl');
  const page = await signedIn('operator-1');
  await page.goto('/app/privacy');
  expect(await page.locator('h1').textContent()).toBe('Privacy (AVG)');
  expect(await page.locator('main').textContent()).toContain('na 2 jaar automatisch verwijderd');
  await page.getByLabel(/^E-mailadres van de klager/).fill('PAULA@example.nl');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.waitForURL('**/app/privacy?email=*');
  expect(await page.locator('.privacy-results p').first().textContent()).toBe('2 klachten gevonden.');
  expect(await page.locator('.privacy-results tbody th').allTextContents()).toEqual([first, second]);
  expect(await seriousViolations(page)).toEqual([]);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Downloaden als JSON' }).click(),
  ]);
  expect(json.suggestedFilename()).toMatch(/^inzage-\d{4}-\d{2}-\d{2}\.json$/);
  const body = JSON.parse(await (await json.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()));
  expect(body.complaints.map((c: { reference: string }) => c.reference)).toEqual([first, second]);
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Downloaden als PDF/ }).click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
});

test('AVG: an operator erases one complaint with a reason, after confirming; a form without them says so at its fields', async () => {
  const ref = await file('Wim Wissen', 'wim@example.nl');
  const page = await signedIn('operator-1');
  await page.goto('/app/privacy');
  await page.getByLabel('Kenmerk', { exact: true }).last().fill(ref);
  await page.getByRole('button', { name: 'Persoonsgegevens verwijderen' }).click();
  expect(await page.locator('.error-summary li').allTextContents()).toEqual([
    'Reden: vul dit in.',
    'Bevestig dat u de gegevens wilt verwijderen.',
  ]);
  expect(await h.register.db.complaint.count({ where: { reference: ref, anonymisedAt: { not: null } } })).toBe(0);

  await page.getByLabel(/^Reden/).fill('Verzoek van de klager per e-mail.');
  await page.getByLabel('Ik begrijp dat dit niet ongedaan kan worden gemaakt').check();
  await page.getByRole('button', { name: 'Persoonsgegevens verwijderen' }).click();
  await page.waitForURL('**/app/privacy?erased=*');
  expect(await page.locator('.notice').textContent()).toContain(
    `${ref} is ingetrokken en de persoonsgegevens zijn verwijderd.`,
  );
  const row = await h.register.db.complaint.findUniqueOrThrow({ where: { reference: ref } });
  expect(row).toMatchObject({ status: 'withdrawn', complainantName: '' });

  // The complaint's page shows staff the step, in words (operators see no complaints).
  const handler = await signedIn('handler-1');
  await handler.goto(`/app/complaints/${ref}`);
  expect(await handler.locator('main').textContent()).toContain('Persoonsgegevens verwijderd (AVG)');
  // Its title and heading are the reference alone, not a colon before nothing and an empty heading.
  expect(await handler.title()).toMatch(new RegExp(`^${ref} — `));
  expect(await handler.locator('h1').textContent()).toBe(ref);
});

test('AVG: the privacy page is in the menu of operators only; others get 403', async () => {
  const handler = await signedIn('handler-1');
  expect(await handler.getByRole('link', { name: 'Privacy (AVG)' }).count()).toBe(0);
  const response = await handler.goto('/app/privacy');
  expect(response!.status()).toBe(403);
});
