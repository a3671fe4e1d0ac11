/**
 * Temporal Web for operators (issue 19 item 8), out of the box: the whole service as `npm start` runs it
 * serves Temporal Web at /temporal/, the address its start banner gives. A signed-in operator sees the
 * complaint's summary and details decoded (the browser sends the session with the same-origin codec
 * calls); a visitor who is not signed in is sent to sign in, and a signed-in non-operator is refused.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import request from 'supertest';
import { createAccount, setPassword } from '../api/auth/accounts';
import { CHROMIUM_PATH } from './support/browser';
import { writtenComplaint } from './support/harness';
import { BUNDLE_PATH } from './support/paths';
import { freePort, startService, type RunningService } from './support/running-service';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const SUMMARY = 'Schriftelijke klacht (e-mail) — R9: reactie binnen 14 dagen';

let register: TestDatabase;
let service: RunningService;
let browser: Browser;
let base: string;
let reference: string;

beforeAll(async () => {
  register = await createTestDatabase();
  // The address people use (PUBLIC_URL): Temporal Web's codec endpoint is on it.
  const port = await freePort();
  base = `http://localhost:${port}`;
  service = await startService({
    DATA_DIR: register.dir,
    DATABASE_URL: register.url,
    PORT: String(port),
    PUBLIC_URL: base,
    WORKFLOW_BUNDLE: BUNDLE_PATH,
    SMTP_URL: '',
  });
  // Once it runs (its start migrates the register): accounts as `npm run create-account` makes them.
  await createAccount(register.db, { id: 'beheer', name: 'Beheer', roles: ['operator'] });
  await setPassword(register.db, 'beheer', 'wachtwoord van beheer');
  const { token } = await createAccount(register.db, { id: 'behandelaar', name: 'B', roles: ['handler', 'intake'] });
  await setPassword(register.db, 'behandelaar', 'wachtwoord van de behandelaar');
  const created = await request(base)
    .post('/api/complaints')
    .set('Authorization', `Bearer ${token}`)
    .send(writtenComplaint());
  expect(created.status).toBe(201);
  reference = created.body.complaint.reference;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await service?.stop();
  await register?.close();
});

const workflowPage = () => `/temporal/namespaces/default/workflows/${reference}`;

async function page(): Promise<Page> {
  return (await browser.newContext({ baseURL: base, locale: 'nl-NL' })).newPage();
}

async function signIn(p: Page, login: string, password: string): Promise<void> {
  await p.getByLabel('Loginnaam').fill(login);
  await p.getByLabel('Wachtwoord').fill(password);
  await p.getByRole('button', { name: 'Inloggen' }).click();
}

test('issue 19 item 8: the start banner sends operators to Temporal Web on this service', () => {
  expect(service.output()).toContain(`Temporal Web   ${base}/temporal/namespaces/default/workflows`);
});

test('issue 19 item 8: an operator opening Temporal Web signs in and sees the summary and details decoded', async () => {
  const p = await page();
  await p.goto(workflowPage());
  expect(new URL(p.url()).pathname).toBe('/app/sign-in');
  const decoded = p.waitForResponse((r) => r.url().startsWith(`${base}/codec/decode`) && r.status() === 200, {
    timeout: 60_000,
  });
  await signIn(p, 'beheer', 'wachtwoord van beheer');
  await p.waitForURL((url) => url.pathname === workflowPage(), { timeout: 30_000 });
  await decoded;
  // The workflow's input, decoded: its reference in plain JSON.
  await p.getByText(`"reference": "${reference}"`).first().waitFor({ timeout: 30_000 });
  // Summary and current details, decoded, where Temporal Web shows them.
  await p.getByRole('tab', { name: 'User Metadata' }).click();
  // Temporal Web renders each as Markdown in a frame of its own (/temporal/render, see api/temporal-web.ts).
  await p.frameLocator('#user-metadata-summary').getByText(SUMMARY).waitFor({ timeout: 30_000 });
  await p
    .frameLocator('#user-metadata-current-details')
    .getByText('in behandeling; de antwoordtermijn loopt (R9)')
    .waitFor({ timeout: 30_000 });
  // The bare address leads to the list of workflows, still under /temporal/.
  await p.goto('/temporal/');
  await p.waitForURL((url) => url.pathname === '/temporal/namespaces/default/workflows', { timeout: 30_000 });
  await p.getByText(reference).first().waitFor({ timeout: 30_000 });
  // Temporal Web's own changes (signal, terminate) come from this origin; from another site they are refused.
  const forged = await p.request.post(`/temporal/api/v1/namespaces/default/workflows/${reference}/terminate`, {
    headers: { Origin: 'https://evil.example' },
    data: {},
  });
  expect(forged.status()).toBe(403);
  // Decoded text under this origin: the rendered frame may not run scripts.
  const rendered = await p.request.get('/temporal/render?content=x');
  expect(rendered.headers()['content-security-policy']).toMatch(/default-src 'none'/);
  await p.context().close();
}, 120_000);

test('issue 19 item 8: nobody else gets Temporal Web: not signed in goes to sign in, another role is refused', async () => {
  // Not signed in: every address under /temporal/ asks to sign in; nothing comes from Temporal Web.
  const anonymous = await request(base).get(`/temporal/api/v1/namespaces/default/workflows/${reference}`);
  expect(anonymous.status).toBe(303);
  expect(anonymous.headers.location).toMatch(/^\/app\/sign-in\?next=/);
  expect((await request(base).post('/temporal/api/v1/namespaces/default/workflows').send({})).status).toBe(401);

  const p = await page();
  await p.goto('/app/sign-in');
  await signIn(p, 'behandelaar', 'wachtwoord van de behandelaar');
  await p.waitForURL((url) => url.pathname === '/app');
  const refused = await p.goto(workflowPage());
  expect(refused!.status()).toBe(403);
  expect(await p.content()).not.toContain(SUMMARY);
  // Nor does the codec decode for them.
  const codec = await p.request.post('/codec/decode', {
    data: { payloads: [] },
    headers: { 'X-Namespace': 'default' },
  });
  expect(codec.status()).toBe(403);
  await p.context().close();
}, 60_000);
