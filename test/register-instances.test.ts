/**
 * R2 with several API instances on one register, as behind a load balancer: two `createApp`s, each
 * with its own database client, share references, the public form's rate limit and Idempotency-Keys.
 * Runs on SQLite and, in the `postgres` project, on PostgreSQL.
 */
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../api/app';
import { openDatabase, type Database } from '../infra/database';
import { startHarness, writtenComplaint, type Harness } from './support/harness';
import { testEngine } from './support/test-database';

const engine = testEngine();
let h: Harness;
let secondDb: Database;
let apps: Express[];

beforeAll(async () => {
  h = await startHarness({ PUBLIC_INTAKE_MAX: '3', PUBLIC_INTAKE_WINDOW: '1 hour', TRUST_PROXY: 'loopback' });
  secondDb = openDatabase(h.register.url);
  const second = createApp({
    db: secondDb,
    client: h.env.client,
    config: h.config,
    keys: h.keys,
    clock: h.now,
    mailer: h.mailer,
  });
  apps = [h.app, second];
});
afterAll(async () => {
  await secondDb?.$disconnect();
  await h?.stop();
});

const intake = (app: Express, body: object, key?: string) => {
  const req = request(app).post('/api/complaints').set(h.as('intake'));
  return (key ? req.set('Idempotency-Key', key) : req).send(body);
};

test(`R2 (${engine}): 200 complaints registered at once through two instances get references 1..200, no gaps, no duplicates`, async () => {
  const responses = await Promise.all(
    Array.from({ length: 200 }, (_, i) => intake(apps[i % 2], writtenComplaint({ subject: `Gelijktijdig ${i}` }))),
  );
  // 202: registered, its procedure started a little later (Temporal slow under this burst); still numbered.
  expect(responses.filter((r) => r.status !== 201 && r.status !== 202).map((r) => `${r.status} ${r.text}`)).toEqual([]);
  const references = responses.map((r) => r.body.complaint.reference as string);
  const year = references[0].slice(3, 7);
  const expected = Array.from({ length: 200 }, (_, i) => `KL-${year}-${String(i + 1).padStart(5, '0')}`);
  expect([...references].sort()).toEqual(expected);
  const rows = await h.register.db.complaint.findMany({ select: { sequence: true }, orderBy: { sequence: 'asc' } });
  expect(rows.map((r) => r.sequence)).toEqual(expected.map((_, i) => i + 1));
  expect(await h.register.db.referenceCounter.findUnique({ where: { year: Number(year) } })).toMatchObject({
    last: 200,
  });
});

test(`R2 (${engine}): one Idempotency-Key sent to both instances at once makes one complaint`, async () => {
  const body = writtenComplaint({ subject: 'Twee instanties, één sleutel' });
  const responses = await Promise.all(
    Array.from({ length: 10 }, (_, i) => intake(apps[i % 2], body, 'both-instances')),
  );
  expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
  expect(new Set(responses.map((r) => r.text)).size).toBe(1);
  expect(await h.register.db.complaint.count({ where: { subject: 'Twee instanties, één sleutel' } })).toBe(1);
});

test(`the public form's limit (${engine}) counts across instances: the fourth request from one address gets 429 from either`, async () => {
  const form = (subject: string) => ({
    complainant: { name: 'Sara Koster', email: 'sara@example.nl' },
    subject,
    description: 'Ik heb drie weken op een afspraak gewacht.',
  });
  const file = (app: Express, subject: string) =>
    request(app).post('/api/public/complaints').set('X-Forwarded-For', '10.1.2.3').send(form(subject));
  for (let i = 0; i < 3; i++) expect((await file(apps[i % 2], `Poging ${i}`)).status).toBe(201);
  for (const app of apps) {
    const limited = await file(app, 'Te veel');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(3500);
  }
  expect(await h.register.db.rateLimitWindow.count()).toBe(1);
});
