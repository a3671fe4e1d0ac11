/**
 * R4: the desk's web app in a real browser (Debian's Chromium): sign in as a person, see what is due,
 * filter, search, "mine", sign out; CSRF and slowing down of guessing; accessibility (axe) and the
 * keyboard; screenshots at laptop and phone widths.
 */
import type { Page } from 'playwright-core';
import { createAccount } from '../api/auth/accounts';
import { LAPTOP, PHONE, seriousViolations, useBrowserApp } from './support/browser';
import { oralComplaint, useHarness, writtenComplaint } from './support/harness';

const h = useHarness();
const b = useBrowserApp(h);

const PASSWORD = 'correct paard batterij nietje';
const refs: Record<string, string> = {};

beforeAll(async () => {
  await b.givePassword('handler-1', PASSWORD);
  // A person as the desk knows them, for the screenshots.
  await createAccount(h.register.db, { id: 'anna', name: 'Anna de Vries', roles: ['intake', 'handler'] });
  await b.givePassword('anna', PASSWORD);
  const file = async (name: string, body: Record<string, unknown>) => {
    const res = await h.intake(body).expect(201);
    refs[name] = res.body.complaint.reference;
  };
  const hoursAgo = async (n: number) => new Date((await h.now()).getTime() - n * 3600_000).toISOString();
  await file('invoice', writtenComplaint({ subject: 'Factuur dubbel', description: 'Twee keer betaald.' }));
  await file('rude', oralComplaint({ subject: 'Onvriendelijke receptie', receivedAt: await hoursAgo(6) }));
  await file(
    'parking',
    writtenComplaint({
      channel: 'letter',
      subject: 'Geen parkeerplaats',
      description: 'Geen plek voor mijn rolstoel.',
      complainant: { name: 'Sara Koster', address: 'Dorpsstraat 2\n7621 AB Borne' },
    }),
  );
  await h.act(refs.parking, 'assign', { handler: 'handler-1' }, 'intake').expect(200);
  await h.act(refs.invoice, 'assign', { handler: 'anna' }, 'intake').expect(200);
  await h.env.sleep('1 minute'); // the workflows put their status and deadlines on record
});

const rows = (page: Page) => page.locator('table.complaints tbody tr');
const referencesShown = async (page: Page) =>
  (await page.locator('table.complaints tbody th').allTextContents()).sort();

test('a wrong password: the error is shown, in Dutch, linked to the field, and nobody is signed in', async () => {
  const page = await b.page();
  await page.goto('/app');
  await page.waitForURL('**/app/sign-in');
  expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  await page.getByLabel('Loginnaam').fill('handler-1');
  await page.getByLabel('Wachtwoord').fill('niet het wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const summary = page.getByRole('alert');
  await expect(summary.textContent()).resolves.toContain('Er is een probleem');
  await expect(summary.textContent()).resolves.toContain('De loginnaam of het wachtwoord klopt niet.');
  expect(await summary.getByRole('link').getAttribute('href')).toBe('#login');
  expect(await page.getByLabel('Loginnaam').inputValue()).toBe('handler-1');
  expect(await page.getByLabel('Wachtwoord').inputValue()).toBe('');
  const cookies = await page.context().cookies();
  expect(cookies.map((c) => c.name)).not.toContain('session');
  await page.goto('/app');
  expect(new URL(page.url()).pathname).toBe('/app/sign-in');
  await page.context().close();
});

test('R4: signed in, the inbox shows what is due, soonest first, the overdue callback marked in words; sign out ends it', async () => {
  const page = await b.page();
  await b.signIn(page, 'handler-1', PASSWORD);
  await expect(page.locator('header').textContent()).resolves.toContain('Ingelogd als handler-1');
  expect(await page.locator('h1').textContent()).toBe('Inbox');
  expect(await referencesShown(page)).toEqual([refs.invoice, refs.parking, refs.rude].sort());
  const first = rows(page).first();
  expect(await first.locator('th').textContent()).toBe(refs.rude); // its callback was due 2 hours ago
  expect(await first.textContent()).toContain('Te laat');
  expect(await page.locator('.summary').textContent()).toContain('3 klachten — 1 te laat');
  const invoice = rows(page).filter({ hasText: refs.invoice });
  expect(await invoice.textContent()).not.toContain('Te laat');
  expect(await invoice.textContent()).toMatch(/uiterlijk \d+ \w+\.? \d{4}/); // R9: the last day of the term
  const session = (await page.context().cookies()).find((c) => c.name === 'session')!;
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, expires: -1 });

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL('**/app/sign-in?signed-out=1');
  expect(await page.getByRole('status').textContent()).toBe('U bent uitgelogd.');
  expect(await h.register.db.staffSession.count({ where: { accountId: 'handler-1' } })).toBe(0);
  await page.goto('/app');
  expect(new URL(page.url()).pathname).toBe('/app/sign-in');
  await page.context().close();
});

test('R4: filter by status, search, and "mine"; the counts per status and the URL follow', async () => {
  const page = await b.page();
  await b.signIn(page, 'handler-1', PASSWORD);
  const counts = page.locator('.status-counts');
  await expect(counts.textContent()).resolves.toMatch(/Wacht op terugbellen\s*1/);

  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Wacht op terugbellen' });
  await page.getByRole('button', { name: 'Toon klachten' }).click();
  await page.waitForURL('**/app?status=awaiting_callback');
  expect(await referencesShown(page)).toEqual([refs.rude]);
  expect(await counts.getByRole('link', { name: /Wacht op terugbellen/ }).getAttribute('aria-current')).toBe('true');

  await page.goto('/app');
  await page.getByLabel('Zoeken').fill('ROLSTOEL');
  await page.getByRole('button', { name: 'Toon klachten' }).click();
  expect(await referencesShown(page)).toEqual([refs.parking]);
  expect(await page.getByLabel('Zoeken').inputValue()).toBe('ROLSTOEL');
  await page.getByLabel('Zoeken').fill('bestaat-niet');
  await page.getByRole('button', { name: 'Toon klachten' }).click();
  expect(await page.locator('.empty').textContent()).toBe('Geen klachten gevonden.');

  await page.goto('/app');
  await page.getByLabel('Alleen mijn klachten').check();
  await page.getByRole('button', { name: 'Toon klachten' }).click();
  await page.waitForURL('**/app?mine=1');
  expect(await referencesShown(page)).toEqual([refs.parking]);
  expect(await rows(page).first().textContent()).toContain('handler-1');
  await page.getByLabel('Behandelaar').selectOption({ label: 'Anna de Vries (anna)' });
  await page.getByLabel('Alleen mijn klachten').uncheck();
  await page.getByRole('button', { name: 'Toon klachten' }).click();
  await page.waitForURL('**/app?handler=anna');
  expect(await referencesShown(page)).toEqual([refs.invoice]);

  await page.goto('/app?pageSize=1&page=2');
  expect(await rows(page).count()).toBe(1);
  await expect(page.locator('.pagination').textContent()).resolves.toContain('Pagina 2 van 3');
  await page.getByRole('link', { name: 'Volgende' }).click();
  await page.waitForURL('**/app?pageSize=1&page=3');
  await page.context().close();
});

test('a form post without its CSRF token is refused, and changes nothing', async () => {
  const page = await b.page();
  await b.signIn(page, 'handler-1', PASSWORD);
  // The browser's own cookies, as another site's form would make it send them (were it same-site).
  const forged = await page.request.post('/app/sign-out', { form: { something: 'else' }, maxRedirects: 0 });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toContain('Dit formulier is verlopen of komt niet van deze site.');
  const wrong = await page.request.post('/app/sign-out', { form: { _csrf: 'guessed' }, maxRedirects: 0 });
  expect(wrong.status()).toBe(403);
  await page.goto('/app');
  expect(new URL(page.url()).pathname).toBe('/app'); // still signed in

  // The sign-in form too (login CSRF): its double-submit cookie must match the form's field.
  const other = await b.page();
  const login = await other.request.post('/app/sign-in', {
    form: { login: 'handler-1', password: PASSWORD },
    maxRedirects: 0,
  });
  expect(login.status()).toBe(403);
  expect((await other.context().cookies()).map((c) => c.name)).not.toContain('session');
  await page.context().close();
  await other.context().close();
});

test('after 5 failed attempts at one login name the next is refused, even with the right password, until the block passes', async () => {
  // The block runs on the service's clock, which here is the time-skipping test server's: the test skips
  // the 30 seconds instead of waiting them.
  await b.givePassword('rep-1', PASSWORD);
  const page = await b.page();
  const attempt = async (password: string) => {
    await page.goto('/app/sign-in');
    await page.getByLabel('Loginnaam').fill('rep-1');
    await page.getByLabel('Wachtwoord').fill(password);
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Inloggen' }).click(),
    ]);
    return answer.status();
  };
  for (let i = 1; i <= 5; i++) expect(await attempt(`fout-${i}`)).toBe(401);
  expect(await attempt(PASSWORD)).toBe(429);
  await expect(page.getByRole('alert').textContent()).resolves.toMatch(
    /Te veel mislukte pogingen om in te loggen\. Wacht \d+ seconden/,
  );
  expect(new URL(page.url()).pathname).toBe('/app/sign-in');
  await h.env.sleep('31 seconds');
  expect(await attempt(PASSWORD)).toBe(303);
  await page.waitForURL((url) => url.pathname === '/app');
  await page.context().close();
});

test('accessibility: axe finds nothing serious or critical on the sign-in page and the inbox; the skip link is the first tab stop', async () => {
  const page = await b.page();
  const serious = () => seriousViolations(page);
  await page.goto('/app/sign-in');
  expect(await serious()).toEqual([]);
  await page.getByLabel('Loginnaam').fill('handler-1');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  expect(await serious()).toEqual([]); // with the error summary

  await b.signIn(page, 'handler-1', PASSWORD);
  expect(await serious()).toEqual([]);
  await page.setViewportSize(PHONE);
  expect(await serious()).toEqual([]);

  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await focused.textContent()).toBe('Naar de inhoud');
  expect(await focused.getAttribute('href')).toBe('#main');
  await page.keyboard.press('Enter');
  expect(await page.locator(':focus').getAttribute('id')).toBe('main');
  await page.context().close();
});

test('accessibility: the check notices serious faults planted in the sign-in page, each by its rule', async () => {
  const page = await b.page();
  await page.goto('/app/sign-in');
  expect(await seriousViolations(page)).toEqual([]);
  // An image without a text alternative, a field without a label, a button without a name.
  await page.evaluate(() => {
    const { document } = globalThis as unknown as {
      document: { getElementById(id: string): { insertAdjacentHTML(where: string, html: string): void } };
    };
    document.getElementById('main')!.insertAdjacentHTML('afterbegin', '<img src="/x.png"><input><button></button>');
  });
  const found = await seriousViolations(page);
  expect(found.map((line) => line.split(' ')[1].replace(':', '')).sort()).toEqual([
    'button-name',
    'image-alt',
    'label',
  ]);
  await page.context().close();
});

test('English on request: ?lang=en switches, a cookie keeps it, and the switch goes back', async () => {
  const page = await b.page();
  await page.goto('/app/sign-in?lang=en');
  expect(await page.locator('h1').textContent()).toBe('Sign in');
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  await page.getByLabel('Login name').fill('handler-1');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/app');
  await expect(page.locator('.summary').textContent()).resolves.toContain('3 complaints — 1 overdue');
  expect(await rows(page).first().textContent()).toContain('Overdue');
  await page.getByRole('link', { name: 'Nederlands' }).click();
  expect(await page.locator('h1').textContent()).toBe('Inbox');
  await expect(page.locator('header').textContent()).resolves.toContain('Ingelogd als');
  await page.context().close();
});

test('screenshots of the sign-in page and the inbox at laptop and phone widths', async () => {
  for (const [size, viewport] of [
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ] as const) {
    const page = await b.page(viewport);
    await page.goto('/app/sign-in');
    await b.screenshot(page, `sign-in-${size}`);
    await b.signIn(page, 'anna', PASSWORD);
    await b.screenshot(page, `inbox-${size}`);
    // Nothing sticks out sideways at this width.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
    await page.context().close();
  }
});

test('no page of this file made the browser report an error (a CSP refusal of an inline style or script would)', () => {
  expect(b.consoleErrors).toEqual([]);
});
