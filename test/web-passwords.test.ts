/**
 * Passwords in a real browser (issue 18): "forgot password" answers the same whether or not the account
 * exists, mails a one-time link (kept only as a hash) that works once and for an hour, and is rate-limited;
 * a person changes their own password with the current one, and is signed out everywhere else.
 */
import type { Page } from 'playwright-core';
import { hashToken } from '../api/auth/tokens';
import { seriousViolations, useBrowserApp } from './support/browser';
import { useHarness } from './support/harness';

const h = useHarness({ PASSWORD_LINK_MAX: '6' });
const b = useBrowserApp(h);
const PASSWORD = 'mijn oude wachtwoord is lang';

beforeAll(async () => {
  await h.register.db.staffAccount.update({ where: { id: 'handler-1' }, data: { email: 'handler@balansborne.test' } });
  await b.givePassword('handler-1', PASSWORD);
});

async function askLink(page: Page, who: string) {
  await page.goto('/app/sign-in');
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await page.getByLabel('Loginnaam of e-mailadres').fill(who);
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Link sturen' }).click(),
  ]);
  return { status: answer.status(), text: (await page.locator('main').textContent())! };
}

const linkIn = (text: string) => new URL(/http:\/\/\S+\/app\/password\/[\w-]{43}/.exec(text)![0]).pathname;

async function choose(page: Page, password: string) {
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(password);
  await page.getByLabel('Nieuw wachtwoord nog een keer').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
}

test('forgot password: the same answer for an unknown name; a mailed link that works once, only its hash kept', async () => {
  const page = await b.page();
  const unknown = await askLink(page, 'bestaat-niet');
  expect(await seriousViolations(page)).toEqual([]);
  const known = await askLink(page, 'HANDLER@balansborne.test');
  expect(known).toEqual(unknown);
  expect(known.status).toBe(200);
  expect(known.text).toContain('1 uur lang');

  const [mail] = await h.smtp.waitFor('handler@balansborne.test');
  expect(mail.text).toContain('U vroeg om een nieuw wachtwoord');
  const path = linkIn(mail.text!);
  const token = path.split('/').pop()!;
  const row = await h.register.db.passwordLink.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
  expect(JSON.stringify(row)).not.toContain(token);
  expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(60 * 60_000);

  await page.goto(path);
  expect(await seriousViolations(page)).toEqual([]);
  await choose(page, 'handler-1');
  await expect(page.getByRole('alert').textContent()).resolves.toContain('gebruik minstens 12 tekens');
  await choose(page, 'een nieuw en lang wachtwoord');
  await page.waitForURL('**/app/sign-in?password-set=1');
  await b.signIn(page, 'handler-1', 'een nieuw en lang wachtwoord');
  const again = await page.goto(path);
  expect(again?.status()).toBe(404);
  expect(await page.locator('h1').textContent()).toBe('Deze link werkt niet meer');
  expect(await seriousViolations(page)).toEqual([]);
  await page.context().close();
});

test('a password link stops working after an hour', async () => {
  const page = await b.page();
  await askLink(page, 'handler-1');
  const mails = await h.smtp.waitFor('handler@balansborne.test', 2);
  const path = linkIn(mails[1].text!);
  await h.env.sleep('61 minutes');
  expect((await page.goto(path))?.status()).toBe(404);
  await page.context().close();
});

test('a person changes their own password with the current one; their other sessions end', async () => {
  await b.givePassword('handler-1', PASSWORD);
  const other = await b.page();
  await b.signIn(other, 'handler-1', PASSWORD);
  const page = await b.page();
  await b.signIn(page, 'handler-1', PASSWORD);
  await page.getByRole('link', { name: 'Mijn account' }).click();
  expect(await page.locator('h1').textContent()).toBe('Mijn account');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Huidig wachtwoord').fill('niet het wachtwoord');
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een heel ander wachtwoord');
  await page.getByLabel('Nieuw wachtwoord nog een keer').fill('een heel ander wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toContain('Huidig wachtwoord: dit klopt niet.');
  await page.getByLabel('Huidig wachtwoord').fill(PASSWORD);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een heel ander wachtwoord');
  await page.getByLabel('Nieuw wachtwoord nog een keer').fill('een heel ander wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('status').textContent()).resolves.toContain('Uw wachtwoord is gewijzigd.');
  await other.goto('/app');
  expect(new URL(other.url()).pathname).toBe('/app/sign-in');
  await page.goto('/app');
  expect(new URL(page.url()).pathname).toBe('/app'); // this session stays
  const events = await h.register.db.accountEvent.findMany({
    where: { accountId: 'handler-1', action: 'password-changed' },
  });
  expect(events.map((e) => e.actor)).toEqual(['handler-1']);
  await page.context().close();
  await other.context().close();
});

test('forgot password is rate-limited per client address', async () => {
  const page = await b.page();
  // PASSWORD_LINK_MAX is 6 here, and this file's tests asked three times above: three more, then no more.
  const statuses: number[] = [];
  for (let i = 0; i < 3; i++) statuses.push((await askLink(page, `iemand-${i}`)).status);
  const refused = await askLink(page, 'iemand-anders');
  expect(statuses).toEqual([200, 200, 200]);
  expect(refused.status).toBe(429);
  expect(refused.text).toContain('te vaak om een link gevraagd');
  await page.context().close();
});

test('no page of this file made the browser report an error', () => {
  expect(b.consoleErrors).toEqual([]);
});
