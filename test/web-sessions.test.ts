/**
 * Sessions of the web app, below the browser: kept in the register as hashes, surviving a restart, with
 * the cookie flags the request's scheme calls for; the same session on the JSON API (reads freely,
 * changes only with its CSRF token) and on Temporal Web's codec server; the ways a session ends; no
 * redirect off the app; no password hash in any answer.
 */
import request from 'supertest';
import type { Express } from 'express';
import { setPassword } from '../api/auth/accounts';
import { hashToken } from '../api/auth/tokens';
import { createApp } from '../api/app';
import { EncryptionCodec } from '../infra/payload-codec';
import { useHarness, writtenComplaint } from './support/harness';

const h = useHarness({ SESSION_IDLE_TIMEOUT: '30 minutes', TEMPORAL_UI_ORIGIN: 'http://localhost:8233' });
const PASSWORD = 'een wachtwoord van lengte';

beforeAll(async () => {
  for (const id of ['handler-1', 'operator-1', 'manager-1', 'desk']) await setPassword(h.register.db, id, PASSWORD);
});

/** Signs in through the form as a browser would; answers the cookie header to send, and the raw answer. */
async function signIn(app: Express, login: string, options: { https?: boolean; next?: string } = {}) {
  const proto = (r: request.Test) => (options.https ? r.set('X-Forwarded-Proto', 'https') : r);
  const form = await proto(request(app).get('/app/sign-in'));
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
  const csrfCookie = form.headers['set-cookie'][0].split(';')[0];
  const res = await proto(request(app).post('/app/sign-in'))
    .set('Cookie', csrfCookie)
    .type('form')
    .send({ _csrf: csrf, login, password: PASSWORD, ...(options.next ? { next: options.next } : {}) });
  const session = ([res.headers['set-cookie'] ?? []].flat() as string[]).find((c) => /^(__Host-)?session=/.test(c));
  return { res, setCookie: session, cookie: session?.split(';')[0] ?? '' };
}

const csrfOf = async (app: Express, cookie: string) =>
  /name="_csrf" value="([^"]+)"/.exec((await request(app).get('/app').set('Cookie', cookie)).text)![1];

test('a session is kept as a hash of its ID, and survives a restart: another app on the same register knows it', async () => {
  const { res, cookie } = await signIn(h.app, 'handler-1');
  expect(res.status).toBe(303);
  const id = cookie.split('=')[1];
  const rows = await h.register.db.staffSession.findMany({ where: { accountId: 'handler-1' } });
  expect(rows.map((r) => r.idHash)).toContain(hashToken(id));
  expect(JSON.stringify(rows)).not.toContain(id);

  const restarted = createApp({
    db: h.register.db,
    mailer: h.mailer,
    client: h.env.client,
    config: h.config,
    keys: h.keys,
    clock: h.now,
  });
  const inbox = await request(restarted).get('/app').set('Cookie', cookie);
  expect(inbox.status).toBe(200);
  expect(inbox.text).toContain('Ingelogd als handler-1');
  expect(inbox.headers['cache-control']).toBe('no-store');
});

test('cookie flags: HttpOnly and SameSite=Lax, ending with the browser; over https (TRUST_PROXY) Secure with the __Host- prefix', async () => {
  const plain = await signIn(h.app, 'handler-1');
  expect(plain.setCookie).toMatch(/^session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);

  const proxied = createApp({
    db: h.register.db,
    mailer: h.mailer,
    client: h.env.client,
    config: { ...h.config, trustProxy: 'loopback' },
    keys: h.keys,
    clock: h.now,
  });
  const secure = await signIn(proxied, 'handler-1', { https: true });
  expect(secure.setCookie).toMatch(/^__Host-session=[\w-]{43}; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
  // The https cookie is not taken for a plain one, nor the other way round.
  expect((await request(proxied).get('/app').set('Cookie', secure.cookie)).status).toBe(303);
  const inbox = await request(proxied).get('/app').set('X-Forwarded-Proto', 'https').set('Cookie', secure.cookie);
  expect(inbox.status).toBe(200);
});

test('the same session reads the JSON API; to change something over JSON it must send its CSRF token', async () => {
  const reference = (await h.intake(writtenComplaint()).expect(201)).body.complaint.reference;
  const { cookie } = await signIn(h.app, 'handler-1');
  const list = await request(h.app).get('/api/complaints').set('Cookie', cookie);
  expect(list.status).toBe(200);
  expect(list.body.items.map((i: { reference: string }) => i.reference)).toContain(reference);

  const note = () => request(h.app).post(`/api/complaints/${reference}/notes`).set('Cookie', cookie);
  const forged = await note().send({ text: 'Van een andere site' });
  expect(forged.status).toBe(403);
  expect(forged.body.error).toMatch(/X-CSRF-Token/);
  const made = await note()
    .set('X-CSRF-Token', await csrfOf(h.app, cookie))
    .send({ text: 'Klant gebeld' });
  expect(made.status).toBe(201);
  expect(made.body.note.by).toBe('handler-1');
  const notes = await h.register.db.complaintEvent.findMany({ where: { reference, action: 'note' } });
  expect(notes.map((n) => JSON.parse(n.detail).text)).toEqual(['Klant gebeld']);

  // A bearer token still works as before, and wins over a cookie.
  expect((await request(h.app).get('/api/complaints').set(h.as('intake')).set('Cookie', cookie)).status).toBe(200);
  expect((await request(h.app).get('/api/complaints').set('Cookie', 'session=made-up')).status).toBe(401);
});

test("an operator's session decodes for Temporal Web (with credentials, no CSRF token); another role's session does not", async () => {
  const plain = { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from('"geheim antwoord"') };
  const [sealed] = await new EncryptionCodec(h.keys).encode([plain]);
  const body = {
    payloads: [
      {
        metadata: Object.fromEntries(
          Object.entries(sealed.metadata!).map(([k, v]) => [k, Buffer.from(v!).toString('base64')]),
        ),
        data: Buffer.from(sealed.data!).toString('base64'),
      },
    ],
  };
  const decode = (cookie: string) =>
    request(h.app).post('/codec/decode').set('Origin', 'http://localhost:8233').set('Cookie', cookie).send(body);
  const operator = await decode((await signIn(h.app, 'operator-1')).cookie);
  expect(operator.status).toBe(200);
  expect(operator.headers['access-control-allow-credentials']).toBe('true');
  expect(Buffer.from(operator.body.payloads[0].data, 'base64').toString()).toBe('"geheim antwoord"');
  const manager = await decode((await signIn(h.app, 'manager-1')).cookie);
  expect(manager.status).toBe(403);
  expect(manager.text).not.toContain('geheim');
});

test('a session ends after SESSION_IDLE_TIMEOUT unused, at once when its account is disabled, and when its password changes', async () => {
  const inbox = (cookie: string) => request(h.app).get('/app').set('Cookie', cookie);
  const idle = await signIn(h.app, 'handler-1');
  const disabled = await signIn(h.app, 'desk');
  const reset = await signIn(h.app, 'manager-1');
  expect((await inbox(idle.cookie)).status).toBe(200);

  await h.post('/api/staff/desk/disable', {}, 'operator').expect(200);
  expect((await inbox(disabled.cookie)).status).toBe(303);
  expect((await request(h.app).get('/api/complaints').set('Cookie', disabled.cookie)).status).toBe(401);
  await setPassword(h.register.db, 'manager-1', 'een ander wachtwoord nu');
  expect((await inbox(reset.cookie)).status).toBe(303);

  await h.env.sleep('29 minutes');
  expect((await inbox(idle.cookie)).status).toBe(200); // used: the idle timeout starts again
  await h.env.sleep('29 minutes');
  expect((await inbox(idle.cookie)).status).toBe(200);
  await h.env.sleep('31 minutes');
  const gone = await inbox(idle.cookie);
  expect(gone.status).toBe(303);
  expect(gone.headers.location).toBe('/app/sign-in');
  await h.post('/api/staff/desk/enable', {}, 'operator').expect(200);
});

test('after sign-in the app goes back where it was asked for, and never to another site', async () => {
  expect((await signIn(h.app, 'handler-1', { next: '/app?status=answered' })).res.headers.location).toBe(
    '/app?status=answered',
  );
  for (const next of ['//evil.example/app', 'https://evil.example/app', '/app\\@evil.example', '/application']) {
    expect((await signIn(h.app, 'handler-1', { next })).res.headers.location).toBe('/app');
  }
  const asked = await request(h.app).get('/app/letters?x=1');
  expect(asked.headers.location).toBe('/app/sign-in?next=%2Fapp%2Fletters%3Fx%3D1');
});

test('an unknown login name and a wrong password answer alike; no answer holds a password hash', async () => {
  const form = await request(h.app).get('/app/sign-in');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
  const attempt = (login: string) =>
    request(h.app)
      .post('/app/sign-in')
      .set('Cookie', form.headers['set-cookie'][0].split(';')[0])
      .type('form')
      .send({ _csrf: csrf, login, password: 'fout fout fout fout' });
  const unknown = await attempt('bestaat.niet');
  const wrong = await attempt('handler-1');
  expect([unknown.status, wrong.status]).toEqual([401, 401]);
  const message = (text: string) => /class="field__error">([^<]+)</.exec(text)?.[1];
  expect(message(unknown.text)).toBe('De loginnaam of het wachtwoord klopt niet.');
  expect(message(wrong.text)).toBe(message(unknown.text));

  const accounts = await h.get('/api/staff', 'operator').expect(200);
  expect(JSON.stringify(accounts.body)).not.toMatch(/argon2|passwordHash/);
  expect(accounts.body.items.find((a: { id: string }) => a.id === 'handler-1').hasPassword).toBe(true);
  expect(accounts.body.items.find((a: { id: string }) => a.id === 'rep-1').hasPassword).toBe(false);
});
