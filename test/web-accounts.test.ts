/**
 * The operator's side of the web app in a real browser (issue 18): where an operator lands, what the menu
 * offers each role, the accounts pages (list, make, change roles, disable and enable, tokens, sessions,
 * the history of every change), with axe on each page and every word from the app's own texts.
 */
import type { Page } from 'playwright-core';
import { seriousViolations, useBrowserApp } from './support/browser';
import { useHarness } from './support/harness';

const h = useHarness();
const b = useBrowserApp(h);

const PASSWORD = 'beheer het register goed';

beforeAll(async () => {
  for (const id of ['operator-1', 'handler-1', 'manager-1']) await b.givePassword(id, PASSWORD);
});

const menu = async (page: Page) => page.locator('nav.app-nav a').allTextContents();

/** Signs in and waits for wherever the role lands. */
async function signIn(page: Page, login: string, password = PASSWORD) {
  await page.goto('/app/sign-in');
  await page.getByLabel('Loginnaam').fill(login);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => url.pathname !== '/app/sign-in');
}

test('an operator lands on the accounts page, not a 403; the menu offers only what each role may open', async () => {
  const page = await b.page();
  await signIn(page, 'operator-1');
  expect(new URL(page.url()).pathname).toBe('/app/accounts');
  expect(await page.locator('h1').textContent()).toBe('Accounts');
  expect(await menu(page)).toEqual(['Rapportage', 'Privacy (AVG)', 'Accounts', 'Lijsten', 'Antwoordsjablonen']);
  await page.goto('/app');
  expect(new URL(page.url()).pathname).toBe('/app/accounts');
  await page.getByRole('link', { name: 'Rapportage' }).click();
  expect(await page.locator('h1').textContent()).toBe('Rapportage');
  expect(await seriousViolations(page)).toEqual([]);
  await page.context().close();

  const handler = await b.page();
  await signIn(handler, 'handler-1');
  expect(new URL(handler.url()).pathname).toBe('/app');
  expect(await menu(handler)).toEqual(['Inbox', 'Nieuwe klacht', 'Brieven te versturen']);
  const refused = await handler.goto('/app/accounts');
  expect(refused?.status()).toBe(403);
  await handler.context().close();

  const manager = await b.page();
  await signIn(manager, 'manager-1');
  expect(await menu(manager)).toEqual(['Inbox', 'Nieuwe klacht', 'Brieven te versturen', 'Rapportage']);
  await manager.context().close();
});

const linkIn = (text: string) => /http:\/\/\S+\/app\/password\/[\w-]{43}/.exec(text)![0];

test('an operator makes an account: the person gets a link by e-mail, chooses a password (not a common one) and signs in', async () => {
  const page = await b.page();
  await signIn(page, 'operator-1');
  await page.getByRole('link', { name: 'Nieuw account' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Account maken' }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toContain('Rollen: kies minstens één rol.');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Loginnaam').fill('bram');
  await page.getByLabel('Naam', { exact: true }).fill('Bram Jansen');
  await page.getByLabel('E-mailadres').fill('bram@balansborne.test');
  await page.getByLabel('Behandelaar').check();
  await page.getByRole('button', { name: 'Account maken' }).click();
  await expect(page.getByRole('status').first().textContent()).resolves.toContain('Het account is gemaakt.');
  await expect(page.locator('.notice').nth(1).textContent()).resolves.toContain('verstuurd naar bram@balansborne.test');
  expect(await seriousViolations(page)).toEqual([]);

  const [mail] = await h.smtp.waitFor('bram@balansborne.test');
  expect(mail.subject).toBe('Wachtwoord voor het klachtenregister van Balans Borne');
  expect(mail.text).toContain('Uw loginnaam: bram');
  expect(mail.text).toContain('Your login name: bram');
  const link = new URL(linkIn(mail.text!));
  const rows = await h.register.db.passwordLink.findMany({ where: { accountId: 'bram' } });
  expect(JSON.stringify(rows)).not.toContain(link.pathname.split('/').pop()); // only its hash is kept

  const bram = await b.page();
  await bram.goto(link.pathname);
  expect(await seriousViolations(bram)).toEqual([]);
  await bram.getByLabel('Nieuw wachtwoord', { exact: true }).fill('qwerty123456');
  await bram.getByLabel('Nieuw wachtwoord nog een keer').fill('qwerty123456');
  await bram.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(bram.getByRole('alert').textContent()).resolves.toContain('een van de meest gebruikte wachtwoorden');
  await bram.getByLabel('Nieuw wachtwoord', { exact: true }).fill('kort');
  await bram.getByLabel('Nieuw wachtwoord nog een keer').fill('kort');
  await bram.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(bram.getByRole('alert').textContent()).resolves.toContain('gebruik minstens 12 tekens');
  await bram.getByLabel('Nieuw wachtwoord', { exact: true }).fill('bram kiest een goede zin');
  await bram.getByLabel('Nieuw wachtwoord nog een keer').fill('bram kiest een goede zin');
  await bram.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await bram.waitForURL('**/app/sign-in?password-set=1');
  expect(await bram.getByRole('status').textContent()).toContain('Uw wachtwoord is opgeslagen.');
  await signIn(bram, 'bram', 'bram kiest een goede zin');
  expect(new URL(bram.url()).pathname).toBe('/app');
  // The link works once.
  await bram.goto(link.pathname);
  expect(await bram.locator('h1').textContent()).toBe('Deze link werkt niet meer');
  await bram.context().close();

  // The operator sees the sign-in and the history: who did what.
  await page.goto('/app/accounts');
  await expect(page.locator('tr', { hasText: 'bram' }).textContent()).resolves.not.toContain('nooit');
  await page.getByRole('link', { name: 'bram', exact: true }).click();
  const history = await page.locator('table.history').textContent();
  expect(history).toContain('Account gemaakt: Behandelaar');
  expect(history).toContain('operator-1');
  expect(history).toContain('Wachtwoord ingesteld via link');
  await page.context().close();
});

test('an operator changes roles, disables and enables, revokes and makes a token (shown once), ends sessions; all on record', async () => {
  const page = await b.page();
  const handler = await b.page();
  await signIn(handler, 'handler-1');
  await signIn(page, 'operator-1');
  await page.goto('/app/accounts/handler-1');
  expect(await page.locator('table.sessions tbody tr').count()).toBeGreaterThanOrEqual(1);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('Manager').check();
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByRole('status').textContent()).resolves.toBe('De gegevens zijn opgeslagen.');
  expect((await h.register.db.staffAccount.findUniqueOrThrow({ where: { id: 'handler-1' } })).roles).toBe(
    'handler,manager',
  );

  await page.getByRole('button', { name: 'Nieuw API-token maken' }).click();
  const token = (await page.locator('.secret__value').textContent())!;
  expect(token).toMatch(/^[\w-]{43}$/);
  const api = (t: string) => fetch(`${b.base}/api/complaints`, { headers: { Authorization: `Bearer ${t}` } });
  expect((await api(token)).status).toBe(200);
  expect((await api(h.tokens.handler)).status).toBe(401); // the old one stopped
  await page.reload(); // a reload asks to post again; a fresh visit shows no token
  await page.goto('/app/accounts/handler-1');
  expect(await page.locator('.secret__value').count()).toBe(0);
  await page.getByRole('button', { name: 'API-token intrekken' }).click();
  expect((await api(token)).status).toBe(401);

  await page
    .getByRole('button', { name: /Beëindigen|Alle sessies beëindigen/ })
    .last()
    .click();
  await expect(page.getByRole('status').textContent()).resolves.toBe('De sessies zijn beëindigd.');
  await handler.goto('/app');
  expect(new URL(handler.url()).pathname).toBe('/app/sign-in');

  await page.getByRole('button', { name: 'Account uitschakelen' }).click();
  await expect(page.getByRole('status').textContent()).resolves.toBe('Het account is uitgeschakeld.');
  await handler.goto('/app/sign-in');
  await handler.getByLabel('Loginnaam').fill('handler-1');
  await handler.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await handler.getByRole('button', { name: 'Inloggen' }).click();
  expect(await handler.getByRole('alert').textContent()).toContain('De loginnaam of het wachtwoord klopt niet.');
  await page.getByRole('button', { name: 'Account weer inschakelen' }).click();
  await signIn(handler, 'handler-1');
  expect(new URL(handler.url()).pathname).toBe('/app');

  const history = await page.locator('table.history tbody').allTextContents();
  for (const entry of [
    'Gegevens gewijzigd: rollen: Behandelaar → Behandelaar, Manager',
    'Nieuw API-token gemaakt',
    'API-token ingetrokken',
    'Sessies beëindigd (',
    'Uitgeschakeld',
    'Weer ingeschakeld',
  ]) {
    expect(history.join('\n')).toContain(entry);
  }
  const events = await h.register.db.accountEvent.findMany({
    // Not the account's making and the test's own password: those the harness did, as the command line.
    where: { accountId: 'handler-1', action: { notIn: ['created', 'password-set'] } },
  });
  expect(events.map((e) => e.actor)).toEqual(events.map(() => 'operator-1'));

  // Not on themselves: an operator keeps their own operator role and account.
  await page.goto('/app/accounts/operator-1');
  await page.getByLabel('Beheerder').uncheck();
  await page.getByLabel('Manager').check();
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toContain(
    'U kunt de rol beheerder niet van uw eigen account afhalen.',
  );
  await page.context().close();
  await handler.context().close();
  await h.register.db.staffAccount.update({ where: { id: 'handler-1' }, data: { roles: 'handler' } });
});

test('an account without an e-mail address: the operator is shown its password link once, in English too', async () => {
  const page = await b.page();
  await signIn(page, 'operator-1');
  await page.goto('/app/accounts/new?lang=en');
  await page.getByLabel('Login name').fill('balie-2');
  await page.getByLabel('Name', { exact: true }).fill('Tweede balie');
  await page.getByLabel('Intake').check();
  await page.getByRole('button', { name: 'Make account' }).click();
  await expect(page.locator('.secret').textContent()).resolves.toContain('This account has no e-mail address.');
  const url = new URL((await page.locator('.secret__value').textContent())!);
  expect(url.pathname).toMatch(/^\/app\/password\/[\w-]{43}$/);
  expect(await seriousViolations(page)).toEqual([]);
  const other = await b.page();
  await other.goto(`${url.pathname}?lang=en`);
  expect(await other.locator('h1').textContent()).toBe('Choose a new password');
  await other.context().close();
  await page.context().close();
});
