/**
 * Who may do what: every role against every action. The expected table is written out here, apart
 * from api/auth/roles.ts, so a change to the permissions must be made (and seen) in both places.
 * Probes use an unknown complaint, so an allowed action answers 404 (or 400 for a missing body)
 * and a refused one 403, without changing anything.
 */
import request from 'supertest';
import type { Role } from '../api/auth/roles';
import { ACTION_NAMES, type ActionName } from '../domain/actions';
import { oralComplaint, startHarness, type Harness } from './support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const NOBODY = 'KL-1999-99999';
type Probe = { method: 'get' | 'post' | 'patch'; path: string; allowedStatus: number };

const OTHER_PROBES = {
  'register a complaint': { method: 'post', path: '/api/complaints', allowedStatus: 400 },
  'list complaints': { method: 'get', path: '/api/complaints', allowedStatus: 200 },
  'read a complaint': { method: 'get', path: `/api/complaints/${NOBODY}`, allowedStatus: 404 },
  'read the deadline proof': { method: 'get', path: `/api/complaints/${NOBODY}/proof`, allowedStatus: 404 },
  'add a note': { method: 'post', path: `/api/complaints/${NOBODY}/notes`, allowedStatus: 404 },
  'record an incoming message': { method: 'post', path: `/api/complaints/${NOBODY}/incoming`, allowedStatus: 404 },
  'correct contact details': { method: 'patch', path: `/api/complaints/${NOBODY}/complainant`, allowedStatus: 404 },
  'print a letter': { method: 'get', path: `/api/complaints/${NOBODY}/messages/1/letter.pdf`, allowedStatus: 404 },
  'mark a letter posted': { method: 'post', path: `/api/complaints/${NOBODY}/messages/1/posted`, allowedStatus: 404 },
  'letters to post': { method: 'get', path: '/api/letters', allowedStatus: 200 },
  'make a staff account': { method: 'post', path: '/api/staff', allowedStatus: 400 },
  'list staff accounts': { method: 'get', path: '/api/staff', allowedStatus: 200 },
  'change an account': { method: 'patch', path: '/api/staff/niemand', allowedStatus: 400 },
  'disable an account': { method: 'post', path: '/api/staff/niemand/disable', allowedStatus: 404 },
  'rotate a token': { method: 'post', path: '/api/staff/niemand/token', allowedStatus: 404 },
  'decode Temporal payloads': { method: 'post', path: '/codec/decode', allowedStatus: 400 },
  'read the report summary': { method: 'get', path: '/api/reports/summary', allowedStatus: 200 },
  'download the report summary as CSV': { method: 'get', path: '/api/reports/summary.csv', allowedStatus: 200 },
  'see a report chart': { method: 'get', path: '/api/reports/charts/volume-trend.svg', allowedStatus: 200 },
  'export the register as CSV': { method: 'get', path: '/api/reports/complaints.csv', allowedStatus: 200 },
} satisfies Record<string, Probe>;

/** Every staff action, on an unknown complaint: allowed answers 404 without changing anything. */
const PROBES: Record<ActionName | keyof typeof OTHER_PROBES, Probe> = {
  ...OTHER_PROBES,
  ...(Object.fromEntries(
    ACTION_NAMES.map((name) => [
      name,
      { method: 'post', path: `/api/complaints/${NOBODY}/${name}`, allowedStatus: 404 },
    ]),
  ) as Record<ActionName, Probe>),
};

// Y: allowed, -: refused (403). Columns: intake, handler, representative, manager, operator.
// Typed by action name: a new staff action does not compile until its row is written here.
const MATRIX: Record<keyof typeof PROBES, string> = {
  'register a complaint': 'Y Y Y Y -',
  'list complaints': 'Y Y Y Y -',
  'read a complaint': 'Y Y Y Y -',
  'read the deadline proof': 'Y Y Y Y -',
  'add a note': 'Y Y Y Y -',
  'record an incoming message': 'Y Y Y Y -',
  'correct contact details': 'Y Y - Y -',
  'callback-done': '- - Y - -',
  'written-confirmation': '- - Y - -',
  'cannot-answer-in-time': '- Y - Y -',
  'reply-sent': '- Y - Y -',
  close: '- Y - Y -',
  withdraw: 'Y Y - Y -',
  assign: 'Y Y - Y -',
  reopen: '- Y - Y -',
  'send-message': '- Y - Y -',
  'resend-message': 'Y Y - Y -',
  'print a letter': 'Y Y Y Y -',
  'mark a letter posted': 'Y Y - Y -',
  'letters to post': 'Y Y Y Y -',
  'make a staff account': '- - - - Y',
  'list staff accounts': '- - - - Y',
  'change an account': '- - - - Y',
  'disable an account': '- - - - Y',
  'rotate a token': '- - - - Y',
  'decode Temporal payloads': '- - - - Y',
  'read the report summary': '- - - Y Y',
  'download the report summary as CSV': '- - - Y Y',
  'see a report chart': '- - - Y Y',
  'export the register as CSV': '- - - Y Y',
};
const ROLE_COLUMNS: Role[] = ['intake', 'handler', 'representative', 'manager', 'operator'];

const cases = (Object.entries(MATRIX) as [keyof typeof PROBES, string][]).flatMap(([action, row]) =>
  row.split(' ').map((cell, i) => [action, ROLE_COLUMNS[i], cell === 'Y'] as const),
);

test.each(cases)('%s as %s: allowed %s', async (action, role, allowed) => {
  const probe = PROBES[action];
  const res = await request(h.app)[probe.method](probe.path).set(h.as(role)).send({});
  expect(res.status).toBe(allowed ? probe.allowedStatus : 403);
  if (!allowed) expect(res.body.code).toBe('forbidden');
});

test('R7: only an authorised representative may register an oral complaint as answered at once', async () => {
  const answered = oralComplaint({ answeredAtOnce: { answer: 'Excuses aangeboden; opgelost.' } });
  for (const role of ['intake', 'handler', 'manager'] as Role[]) {
    const refused = await request(h.app).post('/api/complaints').set(h.as(role)).send(answered);
    expect(refused.status).toBe(403);
  }
  const before = await h.register.db.complaint.count();
  const res = await request(h.app).post('/api/complaints').set(h.as('representative')).send(answered);
  expect(res.status).toBe(201);
  expect(res.body.complaint.answeredAtOnce).toMatchObject({ by: 'rep-1', answer: 'Excuses aangeboden; opgelost.' });
  expect(await h.register.db.complaint.count()).toBe(before + 1);
});

test('every action is on record with the account that did it', async () => {
  const created = await request(h.app).post('/api/complaints').set(h.as('intake')).send(oralComplaint());
  const url = created.headers.location;
  await request(h.app).post(`${url}/assign`).set(h.as('intake')).send({ handler: 'handler-1' }).expect(200);
  await request(h.app).post(`${url}/notes`).set(h.as('handler')).send({ text: 'Klant belde opnieuw.' }).expect(201);
  await request(h.app)
    .post(`${url}/callback-done`)
    .set(h.as('representative'))
    .send({ outcome: 'resolved', answer: 'Opgelost.' })
    .expect(200);
  const shown = await request(h.app).get(url).set(h.as('manager'));
  const actors = shown.body.events.map((e: { action: string; actor: string }) => `${e.action}:${e.actor}`);
  expect(actors).toEqual(
    expect.arrayContaining(['registered:desk', 'assigned:desk', 'note:handler-1', 'callback_done:rep-1']),
  );
});

test('no credentials: 401; an unknown or malformed token: 401; nothing is revealed', async () => {
  const none = await request(h.app).get('/api/complaints');
  expect(none.status).toBe(401);
  expect(none.body).toMatchObject({ code: 'authentication_required' });
  const unknown = await request(h.app).get('/api/complaints').set('Authorization', 'Bearer not-a-token');
  expect(unknown.status).toBe(401);
  expect(unknown.body).toMatchObject({ code: 'unknown_token' });
  const basic = await request(h.app).post('/api/complaints').set('Authorization', 'Basic dXNlcjpwYXNz').send({});
  expect(basic.status).toBe(401);
});

test('an operator makes an account; its token works at once and is stored only as a hash', async () => {
  const made = await request(h.app)
    .post('/api/staff')
    .set(h.as('operator'))
    .send({ id: 'nieuwe.collega', name: 'Nieuwe Collega', roles: ['handler', 'representative'] });
  expect(made.status).toBe(201);
  const { token } = made.body;
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const row = await h.register.db.staffAccount.findUniqueOrThrow({ where: { id: 'nieuwe.collega' } });
  expect(row.tokenHash).not.toContain(token);
  expect(JSON.stringify(row)).not.toContain(token);
  const list = await request(h.app).get('/api/complaints').set('Authorization', `Bearer ${token}`);
  expect(list.status).toBe(200);
  const duplicate = await request(h.app)
    .post('/api/staff')
    .set(h.as('operator'))
    .send({ id: 'nieuwe.collega', name: 'X', roles: ['intake'] });
  expect(duplicate.status).toBe(409);
  const accounts = await request(h.app).get('/api/staff').set(h.as('operator'));
  expect(JSON.stringify(accounts.body)).not.toContain('tokenHash');
});
