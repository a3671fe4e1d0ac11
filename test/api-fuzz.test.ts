/**
 * Generated input (fast-check): thousands of malformed bodies, headers and paths. Whatever arrives,
 * the API answers without a 5xx, and nothing is registered unless the intake answered 201.
 */
import fc from 'fast-check';
import request from 'supertest';
import type { Role } from '../api/auth/roles';
import { ACTION_NAMES } from '../domain/actions';
import { startHarness, writtenComplaint, type Harness } from './support/harness';

let h: Harness;
let reference: string;
beforeAll(async () => {
  h = await startHarness({ PUBLIC_INTAKE_MAX: '100000' });
  const res = await request(h.app).post('/api/complaints').set(h.as('intake')).send(writtenComplaint()).expect(201);
  reference = res.body.complaint.reference;
});
afterAll(async () => {
  await h?.stop();
});

const SEED = 20261125; // fixed, so a failure found in CI is found again on a developer's machine
/**
 * The limit only catches a hang; it follows the largest number of runs (2,000 intakes). On a quiet 2-core
 * machine a run takes 8–20 ms; in CI, beside the other test files, the 2,000 took 41 s of the 60 s every test
 * gets by default, and a property that outlives its test goes on filing complaints into the next one's count.
 */
jest.setTimeout(2000 * 75);
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 250,
});
const roles = fc.constantFrom<Role>('intake', 'handler', 'representative', 'manager', 'operator');

/** A valid intake with one field (possibly nested) replaced by anything JSON can hold. */
const nearlyValidIntake = fc
  .tuple(
    fc.constantFrom(
      'channel',
      'receivedAt',
      'subject',
      'description',
      'service',
      'complainant',
      'complainant.name',
      'complainant.email',
      'complainant.language',
      'answeredAtOnce',
      'extra',
    ),
    fc.jsonValue(),
  )
  .map(([field, value]) => {
    const body = structuredClone(writtenComplaint()) as Record<string, unknown>;
    const [outer, inner] = field.split('.');
    if (inner) (body[outer] as Record<string, unknown>)[inner] = value;
    else body[outer] = value;
    return body;
  });

/** Any JSON value as a request body (supertest itself only sends objects and strings). */
const asJson = (value: unknown) => JSON.stringify(value) ?? 'null';

async function complaints(): Promise<number> {
  return h.register.db.complaint.count();
}

function expectNo5xx(res: { status: number; text: string }, what: string): void {
  if (res.status >= 500) throw new Error(`${what} answered ${res.status}: ${res.text}`);
  expect(res.text).not.toMatch(/at .+\.ts:\d+|PrismaClient|Error:/);
}

test('2,000 generated intake bodies: no 5xx; only a 201 registers a complaint', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.jsonValue(), nearlyValidIntake), roles, async (body, role) => {
      const before = await complaints();
      const res = await request(h.app).post('/api/complaints').set(h.as(role)).type('json').send(asJson(body));
      expectNo5xx(res, 'POST /api/complaints');
      expect(await complaints()).toBe(res.status === 201 ? before + 1 : before);
    }),
    { numRuns: 2000, seed: SEED },
  );
});

test('1,000 generated public-form bodies and raw texts: no 5xx; only a 201 registers', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.jsonValue().map(asJson), printable), async (raw) => {
      const before = await complaints();
      const res = await request(h.app).post('/api/public/complaints').set('content-type', 'application/json').send(raw);
      expectNo5xx(res, 'POST /api/public/complaints');
      expect(await complaints()).toBe(res.status === 201 ? before + 1 : before);
    }),
    { numRuns: 1000, seed: SEED },
  );
});

test('500 generated staff actions on a real complaint: no 5xx', async () => {
  const actions = fc.oneof(fc.constantFrom(...ACTION_NAMES, 'notes'), fc.webSegment());
  await fc.assert(
    fc.asyncProperty(actions, fc.jsonValue(), roles, async (action, body, role) => {
      const res = await request(h.app)
        .post(`/api/complaints/${reference}/${action}`)
        .set(h.as(role))
        .type('json')
        .send(asJson(body));
      expectNo5xx(res, `POST …/${action}`);
    }),
    { numRuns: 500, seed: SEED },
  );
});

test('1,000 generated paths, query strings and headers: no 5xx', async () => {
  const paths = fc.oneof(
    fc.webSegment().map((s) => `/api/complaints/${s}`),
    fc.webSegment().map((s) => `/api/complaints/${reference}/messages/${s}/letter.pdf`),
    fc.webSegment().map((s) => `/api/public/status/${s}`),
    fc.webSegment().map((s) => `/status/${s}`),
    fc.webQueryParameters().map((q) => `/api/complaints?${q}`),
  );
  await fc.assert(
    fc.asyncProperty(paths, printable, printable, roles, async (path, key, authorization, role) => {
      const asStaff = await request(h.app).get(path).set(h.as(role));
      expectNo5xx(asStaff, `GET ${path}`);
      const odd = await request(h.app)
        .post('/api/complaints')
        .set('Authorization', authorization)
        .set('Idempotency-Key', key)
        .send(writtenComplaint());
      expectNo5xx(odd, 'POST with generated headers');
      expect([401]).toContain(odd.status);
    }),
    { numRuns: 1000, seed: SEED },
  );
});
