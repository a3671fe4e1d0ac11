/**
 * The second factor in a real browser (issue 18): set up from one's own account with an authenticator
 * app (the test computes codes with the same library, otpauth, on the service's clock), then signing in
 * asks for a code; a code works once, a recovery code once; wrong codes end the attempt; with
 * REQUIRE_TOTP_FOR an operator sets it up while signing in, before any session exists.
 */
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { seriousViolations, useBrowserApp } from './support/browser';
import { useHarness } from './support/harness';

const h = useHarness({ REQUIRE_TOTP_FOR: 'operator' });
const b = useBrowserApp(h);
const PASSWORD = 'twee stappen zijn veiliger';

beforeAll(async () => {
  for (const id of ['handler-1', 'operator-1']) await b.givePassword(id, PASSWORD);
});

/** The code an authenticator app shows now (by the service's clock), for the key the page showed. */
async function codeFor(secret: string, offsetSteps = 0): Promise<string> {
  const totp = new TOTP({ secret: Secret.fromBase32(secret.replace(/\s+/g, '')), digits: 6, period: 30 });
  return totp.generate({ timestamp: (await h.now()).getTime() + offsetSteps * 30_000 });
}

async function passwordStep(page: Page, login: string) {
  await page.goto('/app/sign-in');
  await page.getByLabel('Loginnaam').fill(login);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => url.pathname !== '/app/sign-in');
}

let secret = '';
let recovery: string[] = [];

test('set up from "my account": QR code and key shown, a code confirms it, recovery codes shown once; the secret is sealed', async () => {
  const page = await b.page();
  await b.signIn(page, 'handler-1', PASSWORD);
  await page.goto('/app/account');
  await page.getByRole('link', { name: 'Tweede stap instellen' }).click();
  expect(await page.getByRole('img', { name: 'QR-code om de tweede stap in uw app toe te voegen' }).count()).toBe(1);
  expect(await page.getByRole('link', { name: /authenticator-app/ }).getAttribute('href')).toMatch(
    /^otpauth:\/\/totp\//,
  );
  expect(await seriousViolations(page)).toEqual([]);
  secret = (await page.locator('#totp-secret').textContent())!;
  await page.getByLabel('Code', { exact: true }).fill('000000');
  await page.getByRole('button', { name: 'Tweede stap aanzetten' }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toContain('Deze code klopt niet.');
  await page.getByLabel('Code', { exact: true }).fill(await codeFor(secret));
  await page.getByRole('button', { name: 'Tweede stap aanzetten' }).click();
  expect(await page.locator('h1').textContent()).toBe('Uw herstelcodes');
  recovery = await page.locator('.recovery-codes code').allTextContents();
  expect(recovery).toHaveLength(10);
  expect(await seriousViolations(page)).toEqual([]);

  const row = await h.register.db.staffAccount.findUniqueOrThrow({ where: { id: 'handler-1' } });
  expect(row.totpSecretSealed).toMatch(/^v2\./);
  expect(row.totpSecretSealed).not.toContain(secret.replace(/\s+/g, ''));
  const codes = await h.register.db.recoveryCode.findMany({ where: { accountId: 'handler-1' } });
  expect(JSON.stringify(codes)).not.toContain(recovery[0]);
  await page.context().close();
});

test('signing in then asks for the code: no session before it; a code works once; a recovery code once', async () => {
  const page = await b.page();
  await passwordStep(page, 'handler-1');
  expect(new URL(page.url()).pathname).toBe('/app/sign-in/code');
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain('session');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Code', { exact: true }).fill('123456');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toContain('Deze code klopt niet.');
  await h.env.sleep('31 seconds'); // the code of set-up's step was used: the next one is new
  const code = await codeFor(secret);
  await page.getByLabel('Code', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => url.pathname === '/app');

  // The same code again, from another browser that knows the password: refused.
  const other = await b.page();
  await passwordStep(other, 'handler-1');
  await other.getByLabel('Code', { exact: true }).fill(code);
  await other.getByRole('button', { name: 'Inloggen' }).click();
  await expect(other.getByRole('alert').textContent()).resolves.toContain('Deze code klopt niet.');
  await other.getByLabel('Code', { exact: true }).fill(recovery[0].toUpperCase());
  await other.getByRole('button', { name: 'Inloggen' }).click();
  await other.waitForURL((url) => url.pathname === '/app');
  await other.context().close();

  const third = await b.page();
  await passwordStep(third, 'handler-1');
  await third.getByLabel('Code', { exact: true }).fill(recovery[0]);
  await third.getByRole('button', { name: 'Inloggen' }).click();
  await expect(third.getByRole('alert').textContent()).resolves.toContain('Deze code klopt niet.');
  await third.context().close();
  await page.context().close();
});

test('five wrong codes end the attempt: back to the password', async () => {
  const page = await b.page();
  await passwordStep(page, 'handler-1');
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('Code', { exact: true }).fill(`00000${i}`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
  }
  await page.waitForURL('**/app/sign-in?expired=1');
  await expect(page.getByRole('status').textContent()).resolves.toContain('Log opnieuw in.');
  await page.context().close();
});

test('REQUIRE_TOTP_FOR=operator: an operator without it sets it up while signing in, then lands on the accounts page', async () => {
  const page = await b.page();
  await passwordStep(page, 'operator-1');
  expect(new URL(page.url()).pathname).toBe('/app/sign-in/set-up');
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain('session');
  await expect(page.locator('.notice').textContent()).resolves.toContain('verplicht');
  expect(await seriousViolations(page)).toEqual([]);
  const key = (await page.locator('#totp-secret').textContent())!;
  await page.getByLabel('Code', { exact: true }).fill(await codeFor(key));
  await page.getByRole('button', { name: 'Tweede stap aanzetten' }).click();
  expect(await page.locator('h1').textContent()).toBe('Uw herstelcodes');
  await page.getByRole('link', { name: 'Verder' }).click();
  await page.waitForURL('**/app/accounts');
  expect(await page.locator('tr', { hasText: 'operator-1' }).textContent()).toContain('aan');

  // Required: the operator cannot turn it off.
  await page.goto('/app/account');
  await expect(page.locator('main').textContent()).resolves.toContain('Voor uw rollen is de tweede stap verplicht.');
  expect(await page.getByRole('button', { name: 'Tweede stap uitzetten' }).count()).toBe(0);

  // A lost phone: another operator's page takes it away, on record.
  await page.goto('/app/accounts/handler-1');
  await page.getByRole('button', { name: 'Tweede stap uitzetten' }).click();
  await expect(page.getByRole('status').textContent()).resolves.toBe('De tweede stap is uitgezet.');
  await expect(page.locator('table.history').textContent()).resolves.toContain('Tweede stap uitgezet');
  await page.context().close();
});

test('English: the code page and set-up page in English', async () => {
  const page = await b.page();
  await page.goto('/app/sign-in?lang=en');
  await page.getByLabel('Login name').fill('handler-1');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Its second factor was taken away above: handler-1 signs in with the password alone again.
  await page.waitForURL((url) => url.pathname === '/app');
  await page.goto('/app/account/second-factor');
  expect(await page.locator('h1').textContent()).toBe('Set up the second step');
  expect(await page.getByRole('img', { name: 'QR code to add the second step to your app' }).count()).toBe(1);
  await page.context().close();
});

test('no page of this file made the browser report an error', () => {
  expect(b.consoleErrors).toEqual([]);
});
