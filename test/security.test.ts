/**
 * The holes found when the service was probed (issue 8), one test each: secrets kept in idempotency
 * records, a shared anonymous idempotency scope, reserved and unrevocable accounts, missing security
 * headers, world-readable data, a handler field that reaches several outside addresses, and unbounded
 * error answers. Each failed on the code before the fix.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import request from 'supertest';
import { loadConfig } from '../infra/config';
import { useHarness, writtenComplaint } from './support/harness';
import { fieldCodes } from './support/problems';

const h = useHarness({ TRUST_PROXY: 'loopback' });

test('no secret in an idempotency record: a new token and a status link are stored sealed, and a repeat still gets them', async () => {
  const made = await h
    .post('/api/staff', { id: 'sleutel.test', name: 'Sleutel Test', roles: ['handler'] }, 'operator')
    .set('Idempotency-Key', 'account-1');
  const filed = await h.intake(writtenComplaint()).set('Idempotency-Key', 'intake-1');
  const token: string = made.body.token;
  const statusToken: string = filed.body.statusUrl.split('/status/')[1];
  const stored = JSON.stringify(await h.register.db.idempotencyRecord.findMany());
  expect(stored).not.toContain(token);
  expect(stored).not.toContain(statusToken);

  const repeat = await h
    .post('/api/staff', { id: 'sleutel.test', name: 'Sleutel Test', roles: ['handler'] }, 'operator')
    .set('Idempotency-Key', 'account-1');
  expect(repeat.body.token).toBe(token);
});

test('anonymous intakes do not share one idempotency scope: another client with the same key gets its own complaint', async () => {
  const form = {
    complainant: { name: 'Anna Anoniem', email: 'anna@example.nl' },
    subject: 'Wachttijd',
    description: 'Te lang.',
  };
  const first = await request(h.app)
    .post('/api/public/complaints')
    .set('X-Forwarded-For', '10.1.1.1')
    .set('Idempotency-Key', 'k')
    .send(form);
  const other = await request(h.app)
    .post('/api/public/complaints')
    .set('X-Forwarded-For', '10.2.2.2')
    .set('Idempotency-Key', 'k')
    .send(form);
  expect(first.status).toBe(201);
  expect(other.status).toBe(201);
  expect(other.body.reference).not.toBe(first.body.reference);
  expect(other.body.statusUrl).not.toBe(first.body.statusUrl);
});

test('the account names "system" and "public" are reserved', async () => {
  for (const id of ['system', 'public']) {
    const res = await h.post('/api/staff', { id, name: 'X', roles: ['manager'] }, 'operator');
    expect(res.status).toBe(400);
    expect(fieldCodes(res.body)).toEqual([{ field: 'id', code: 'reserved_login' }]);
  }
});

test('an operator disables an account (its token stops working), enables it, and rotates its token', async () => {
  const { token } = (
    await h.post('/api/staff', { id: 'vertrokken', name: 'Vertrokken', roles: ['handler'] }, 'operator')
  ).body;
  const asIt = (t: string) => request(h.app).get('/api/complaints').set('Authorization', `Bearer ${t}`);
  expect((await asIt(token)).status).toBe(200);

  expect((await h.post('/api/staff/vertrokken/disable', {}, 'operator')).body.account.disabledAt).not.toBeNull();
  expect((await asIt(token)).status).toBe(401);
  await h.post('/api/staff/vertrokken/enable', {}, 'operator').expect(200);
  expect((await asIt(token)).status).toBe(200);

  const rotated = await h.post('/api/staff/vertrokken/token', {}, 'operator');
  expect(rotated.status).toBe(200);
  expect((await asIt(token)).status).toBe(401);
  expect((await asIt(rotated.body.token)).status).toBe(200);
  expect((await h.post('/api/staff/vertrokken/disable', {}, 'handler')).status).toBe(403);
  expect((await h.post('/api/staff/operator-1/disable', {}, 'operator')).status).toBe(409);
  expect((await h.post('/api/staff/niemand/disable', {}, 'operator')).status).toBe(404);
});

test('security headers on pages and answers; the status answer is never cached', async () => {
  const filed = await h.intake(writtenComplaint());
  const token = filed.body.statusUrl.split('/status/')[1];
  for (const res of [
    await request(h.app).get(`/status/${token}`),
    await h.get('/api/complaints'),
    await request(h.app).get('/health'),
  ]) {
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  }
  const status = await request(h.app).get(`/api/public/status/${token}`);
  expect(status.headers['cache-control']).toBe('no-store');
});

test('files in the data folder are not readable by others: the key file and the outbox', async () => {
  expect(fs.statSync(path.join(h.config.dataDir, 'keys.json')).mode & 0o077).toBe(0);
  const { createMailer } = await import('../activities/mailer');
  const outboxDir = path.join(h.config.dataDir, 'outbox');
  await createMailer({ from: 'x <x@localhost>', outboxDir }).send({
    to: 'a@example.nl',
    subject: 's',
    text: 't',
    messageId: '<m1@test>',
  });
  const [file] = fs.readdirSync(outboxDir);
  expect(fs.statSync(path.join(outboxDir, file)).mode & 0o077).toBe(0);
  expect(fs.statSync(outboxDir).mode & 0o077).toBe(0);
});

test('handler is one staff account or one e-mail address: lists, line breaks and unknown accounts are refused', async () => {
  const ref = (await h.intake(writtenComplaint())).body.complaint.reference;
  for (const handler of ['a@example.nl,b@example.nl', 'a@example.nl\r\nBcc: b@example.nl', 'niemand-bekend']) {
    const res = await h.act(ref, 'assign', { handler }, 'intake');
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['handler']);
  }
  expect((await h.act(ref, 'assign', { handler: 'handler-1' }, 'intake')).status).toBe(200);
  expect((await h.act(ref, 'assign', { handler: 'Extern@Example.nl' }, 'intake')).body.state.handler).toBe(
    'extern@example.nl',
  );
});

test('a 400 lists a bounded number of fields: 9,000 unknown keys make a small answer', async () => {
  const body = { ...writtenComplaint(), ...Object.fromEntries(Array.from({ length: 9000 }, (_, i) => [`x${i}`, 1])) };
  const res = await h.intake(body);
  expect(res.status).toBe(400);
  expect(res.body.fields.length).toBeLessThanOrEqual(20);
  expect(res.text.length).toBeLessThan(5_000);
});

test('control characters in names and subjects are refused with 400', async () => {
  const res = await h.intake(
    writtenComplaint({ complainant: { name: 'Jan\u0000Jansen', email: 'j@example.nl' }, subject: 'Factuur\u001b[31m' }),
  );
  expect(res.status).toBe(400);
  expect(fieldCodes(res.body)).toEqual(
    expect.arrayContaining([
      { field: 'complainant.name', code: 'control_characters' },
      { field: 'subject', code: 'control_characters' },
    ]),
  );
});

test('answers that hold personal data — JSON, letter PDFs, decoded payloads — are never cached: Cache-Control: no-store', async () => {
  const filed = await h.intake(writtenComplaint()).set('Idempotency-Key', 'no-store-intake');
  const reference: string = filed.body.complaint.reference;
  const url = `/api/complaints/${reference}`;
  await h.act(reference, 'reply-sent', { channel: 'letter', text: 'Per brief.' }, 'handler').expect(200);
  let letterId: number | undefined;
  for (let i = 0; i < 400 && !letterId; i++) {
    letterId = (await h.register.db.message.findFirst({ where: { reference, channel: 'letter' } }))?.id;
    if (!letterId) await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const publicFiled = await request(h.app)
    .post('/api/public/complaints')
    .set('X-Forwarded-For', '10.8.8.8')
    .send({
      complainant: { name: 'Nel Niet', email: 'nel@example.nl' },
      subject: 'Cache',
      description: 'Niet bewaren.',
    });
  const token = publicFiled.body.statusUrl.split('/status/')[1];
  const answers = {
    'POST /api/complaints': filed,
    'POST /api/complaints (repeat)': await h.intake(writtenComplaint()).set('Idempotency-Key', 'no-store-intake'),
    'GET /api/complaints': await h.get('/api/complaints'),
    'GET /api/complaints/:ref': await h.get(url),
    'GET …/proof': await h.get(`${url}/proof`),
    'POST …/notes': await h.post(`${url}/notes`, { text: 'Notitie' }, 'handler'),
    'POST …/incoming': await h.post(`${url}/incoming`, { channel: 'phone', text: 'Belde.' }, 'intake'),
    'PATCH …/complainant': await request(h.app).patch(`${url}/complainant`).set(h.as('intake')).send({ phone: '1' }),
    'POST …/assign': await h.act(reference, 'assign', { handler: 'handler-1' }, 'intake'),
    'GET /api/letters': await h.get('/api/letters'),
    'GET …/letter.pdf': await h.get(`${url}/messages/${letterId}/letter.pdf`),
    'GET /api/staff': await h.get('/api/staff', 'operator'),
    'POST /api/staff': await h.post('/api/staff', { id: 'cache.test', name: 'Cache', roles: ['intake'] }, 'operator'),
    'POST /api/public/complaints': publicFiled,
    'GET /api/public/status/:token': await request(h.app).get(`/api/public/status/${token}`),
    'POST /codec/decode': await h.post('/codec/decode', { payloads: [] }, 'operator'),
    'a 404 of the API': await h.get('/api/complaints/KL-2000-99999'),
  };
  for (const [name, res] of Object.entries(answers)) {
    expect({ name, status: res.status < 500, cacheControl: res.headers['cache-control'] }).toEqual({
      name,
      status: true,
      cacheControl: 'no-store',
    });
  }
  expect(answers['GET …/letter.pdf'].headers['content-type']).toBe('application/pdf');
});

test('the API listens on 127.0.0.1 unless HOST says where: a proxy in front, or a container, sets it', async () => {
  expect(loadConfig({}).host).toBe('127.0.0.1');
  expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  expect(loadConfig({ HOST: '::' }).host).toBe('::');
  expect(() => loadConfig({ HOST: 'niet een adres' })).toThrow(/HOST/);
  const { listen } = await import('../api/run-api');
  const server = await listen(h.app, { ...h.config, port: 0 });
  try {
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  } finally {
    server.close();
  }
});
