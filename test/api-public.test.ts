/** R4: a complainant files a complaint without an account and follows it through a private status link. */
import request from 'supertest';
import { startHarness, type Harness } from './support/harness';
import { fieldCodes } from './support/problems';

let h: Harness;
beforeAll(async () => {
  // As behind a reverse proxy on this machine: the client's address comes from X-Forwarded-For.
  h = await startHarness({ PUBLIC_INTAKE_MAX: '3', PUBLIC_INTAKE_WINDOW: '1 hour', TRUST_PROXY: 'loopback' });
});
afterAll(async () => {
  await h?.stop();
});

const form = (overrides: Record<string, unknown> = {}) => ({
  complainant: { name: 'Sara Koster', email: 'sara@example.nl' },
  subject: 'Wachttijd te lang',
  description: 'Ik heb drie weken op een afspraak gewacht.',
  ...overrides,
});

const fileOnline = (body: unknown, ip = '10.0.0.1') =>
  request(h.app)
    .post('/api/public/complaints')
    .set('X-Forwarded-For', ip)
    .send(body as object);

test('R1/R2/R4: the web form registers a written complaint by the web channel and gives a private status link', async () => {
  const res = await fileOnline(form());
  expect(res.status).toBe(201);
  expect(res.body.reference).toMatch(/^KL-\d{4}-\d{5}$/);
  const token = res.body.statusUrl.split('/status/')[1];
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const row = await h.register.db.complaint.findUniqueOrThrow({ where: { reference: res.body.reference } });
  expect(row).toMatchObject({ channel: 'web', kind: 'written', registeredBy: 'public' });
  expect(row.statusTokenHash).not.toBe(token);

  const status = await request(h.app).get(`/api/public/status/${token}`);
  expect(status.status).toBe(200);
  expect(status.body).toMatchObject({
    reference: res.body.reference,
    subject: 'Wachttijd te lang',
    statusText: 'Uw klacht is in behandeling.',
    organisation: 'Balans Borne',
  });
  expect(status.body.replyExpectedByText).toMatch(/^U ontvangt uiterlijk \d{1,2} \w+ \d{4} onze reactie\.$/);
  // Only what the complainant may see: nothing internal.
  expect(Object.keys(status.body).sort()).toEqual(
    [
      'attachments',
      'language',
      'messages',
      'organisation',
      'receivedAt',
      'reference',
      'replyExpectedBy',
      'replyExpectedByText',
      'satisfaction',
      'status',
      'statusText',
      'subject',
    ].sort(),
  );

  const page = await request(h.app).get(`/status/${token}`);
  expect(page.status).toBe(200);
  expect(page.headers['content-type']).toMatch(/^text\/html/);
  expect(page.text).toContain(res.body.reference);
  expect(page.text).toContain('Uw klacht is in behandeling.');
});

test('R4: the status shows what was sent, and never staff notes', async () => {
  const res = await fileOnline(
    form({ complainant: { name: 'Ben Wit', email: 'ben@example.nl', language: 'en' } }),
    '10.0.0.2',
  );
  const token = res.body.statusUrl.split('/status/')[1];
  const url = `/api/complaints/${res.body.reference}`;
  await request(h.app).post(`${url}/notes`).set(h.as('handler')).send({ text: 'GEHEIM: lastige klant' }).expect(201);
  await request(h.app)
    .post(`${url}/reply-sent`)
    .set(h.as('handler'))
    .send({ channel: 'email', text: 'Our reply.' })
    .expect(200);
  await h.smtp.waitFor('ben@example.nl', 1);
  const status = await request(h.app).get(`/api/public/status/${token}`);
  expect(status.body.statusText).toBe('We have replied to your complaint.');
  expect(status.body.replyExpectedBy).toBeNull();
  expect(status.body.messages).toEqual([
    {
      subject: `Our reply to your complaint (${res.body.reference})`,
      channel: 'email',
      sentAt: expect.any(String),
      body: expect.stringContaining('Our reply.'),
    },
  ]);
  expect(JSON.stringify(status.body)).not.toContain('GEHEIM');
  expect((await request(h.app).get(`/status/${token}`)).text).not.toContain('GEHEIM');
});

test('an unknown status link is 404; the form accepts only what a complainant fills in', async () => {
  expect((await request(h.app).get('/api/public/status/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).status).toBe(404);
  expect((await request(h.app).get('/status/short')).status).toBe(404);
  const before = await h.register.db.complaint.count();
  const smuggled = await fileOnline(form({ channel: 'phone', answeredAtOnce: { answer: 'x' } }), '10.0.0.3');
  expect(smuggled.status).toBe(400);
  expect(fieldCodes(smuggled.body)).toEqual(
    expect.arrayContaining([
      { field: 'channel', code: 'unknown_field' },
      { field: 'answeredAtOnce', code: 'unknown_field' },
    ]),
  );
  expect(await h.register.db.complaint.count()).toBe(before);
});

test('the web form is rate-limited per client address: 429 with Retry-After, and nothing registered', async () => {
  const ip = '10.0.0.9';
  for (let i = 0; i < 3; i++) expect((await fileOnline(form({ subject: `Poging ${i}` }), ip)).status).toBe(201);
  const before = await h.register.db.complaint.count();
  const limited = await fileOnline(form({ subject: 'Poging 4' }), ip);
  expect(limited.status).toBe(429);
  expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  expect(await h.register.db.complaint.count()).toBe(before);
  expect((await fileOnline(form({ subject: 'Ander adres' }), '10.0.0.10')).status).toBe(201);
});

test('the limit counts an IPv6 client per /64: another address in the same network shares the count, another network does not', async () => {
  const network = '2001:db8:17:9';
  for (const host of ['1', '2', 'abcd:1']) {
    expect((await fileOnline(form({ subject: `IPv6 ${host}` }), `${network}::${host}`)).status).toBe(201);
  }
  const limited = await fileOnline(form({ subject: 'IPv6 te veel' }), `${network}:ffff:ffff:ffff:fff0`);
  expect(limited.status).toBe(429);
  expect((await fileOnline(form({ subject: 'IPv6 ander netwerk' }), '2001:db8:17:a::1')).status).toBe(201);
});

test('only accepted complaints count: bodies refused with 400 use up nothing of the limit', async () => {
  const ip = '10.0.0.20';
  for (let i = 0; i < 5; i++) expect((await fileOnline({ subject: '' }, ip)).status).toBe(400);
  for (let i = 0; i < 3; i++) expect((await fileOnline(form({ subject: `Geldig ${i}` }), ip)).status).toBe(201);
  expect((await fileOnline(form({ subject: 'Geldig, te veel' }), ip)).status).toBe(429);
});
