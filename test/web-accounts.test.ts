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
  expect(await menu(page)).toEqual(['Rapportage', 'Accounts']);
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
