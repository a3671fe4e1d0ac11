/**
 * The account commands while the service runs (issue 18): `npm start` holds the register open, and the
 * commands, typed as the README gives them, still make an account and set a password; the person then
 * signs in to the running web app, and the token works on its API. On SQLite and on PostgreSQL (this
 * file is one of the register's tests). A register that was never migrated is named as such.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ROOT } from './support/paths';
import { startService, type RunningService } from './support/running-service';
import { createPostgresDatabase, createTestDatabase, testEngine, type TestDatabase } from './support/test-database';

let register: TestDatabase;
let service: RunningService;

beforeAll(async () => {
  register = await createTestDatabase();
  service = await startService({ DATA_DIR: register.dir, DATABASE_URL: register.url });
}, 120_000);

afterAll(async () => {
  await service?.stop();
  await register?.close();
});

/** `npm run <script> -- args`, as a person types it, with the password in ACCOUNT_PASSWORD. */
function npmRun(script: string, args: string[], env: Record<string, string>) {
  return promisify(execFile)('npm', ['run', '--silent', script, '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  }).catch((error: { code: number; stdout: string; stderr: string }) => error);
}

/** Signs in through the running service's sign-in form, as a browser does: the status and where it leads. */
async function signIn(base: string, login: string, password: string) {
  const form = await fetch(`${base}/app/sign-in`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1];
  const cookie = form.headers.getSetCookie()[0].split(';')[0];
  const res = await fetch(`${base}/app/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, login, password }).toString(),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('session='));
  return { status: res.status, location: res.headers.get('location'), session: session?.split(';')[0] };
}

test('create-account and set-password while the service runs; the person signs in to it and the token works', async () => {
  const env = { DATA_DIR: register.dir, DATABASE_URL: register.url };
  const made = await npmRun('create-account', ['balie', 'Balie Borne', 'intake', 'balie@balansborne.test'], {
    ...env,
    ACCOUNT_PASSWORD: 'eerste wachtwoord van de balie',
  });
  expect(made).toMatchObject({
    stdout: expect.stringContaining('account balie (intake, reminders to balie@balansborne.test) made'),
  });
  const token = (made as { stdout: string }).stdout.split('\n')[1].trim();
  expect(token).toMatch(/^[\w-]{43}$/);

  const first = await signIn(service.base, 'balie', 'eerste wachtwoord van de balie');
  expect(first).toMatchObject({ status: 303, location: '/app' });
  const inbox = await fetch(`${service.base}/app`, { headers: { cookie: first.session! } });
  expect(inbox.status).toBe(200);
  expect(await inbox.text()).toContain('Ingelogd als Balie Borne');
  const api = await fetch(`${service.base}/api/complaints`, { headers: { Authorization: `Bearer ${token}` } });
  expect(api.status).toBe(200);

  const set = await npmRun('set-password', ['balie'], { ...env, ACCOUNT_PASSWORD: 'tweede wachtwoord van de balie' });
  expect(set).toMatchObject({ stdout: expect.stringContaining('password of balie set') });
  expect((await signIn(service.base, 'balie', 'eerste wachtwoord van de balie')).status).toBe(401);
  expect((await signIn(service.base, 'balie', 'tweede wachtwoord van de balie')).status).toBe(303);
  // A new password signs the account out everywhere: the first session ended.
  expect((await fetch(`${service.base}/app`, { headers: { cookie: first.session! }, redirect: 'manual' })).status).toBe(
    303,
  );
}, 60_000);

test('a register that was never migrated: the command says so, and how to migrate it, and writes nothing', async () => {
  const empty =
    testEngine() === 'postgres'
      ? await createPostgresDatabase()
      : { url: `file:${register.dir}/empty/register.db`, drop: async () => undefined };
  try {
    const result = await npmRun('create-account', ['anna', 'Anna', 'handler'], {
      DATA_DIR: register.dir,
      DATABASE_URL: empty.url,
      ACCOUNT_PASSWORD: 'een wachtwoord dat lang is',
    });
    expect(result).toMatchObject({ code: 1 });
    const { stderr } = result as { stderr: string };
    expect(stderr).toContain('The register is not migrated yet');
    expect(stderr).toContain('npm start');
    expect(stderr).toContain('npm run migrate');
    expect(stderr).not.toContain('WASM_ERROR');
  } finally {
    await empty.drop();
  }
}, 60_000);
