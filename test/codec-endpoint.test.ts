/**
 * Temporal Web decodes for operators only: /codec/decode speaks Temporal's codec-server protocol to an
 * account with the operator role, answers Temporal Web's origin with CORS, and refuses everyone else.
 */
import request from 'supertest';
import type { Payload } from '@temporalio/common';
import { EncryptionCodec } from '../infra/payload-codec';
import { useHarness } from './support/harness';

const h = useHarness({ TEMPORAL_UI_ORIGIN: 'http://localhost:8233' });

const asJson = (p: Payload) => ({
  metadata: Object.fromEntries(Object.entries(p.metadata!).map(([k, v]) => [k, Buffer.from(v!).toString('base64')])),
  data: Buffer.from(p.data!).toString('base64'),
});

async function encrypted(value: unknown) {
  const plain: Payload = {
    metadata: { encoding: Buffer.from('json/plain') },
    data: Buffer.from(JSON.stringify(value)),
  };
  return asJson((await new EncryptionCodec(h.keys).encode([plain]))[0]);
}

const decode = (body: unknown) =>
  request(h.app)
    .post('/codec/decode')
    .set('X-Namespace', 'default')
    .send(body as object);

test('an operator decodes payloads through the codec-server protocol', async () => {
  const payload = await encrypted({ answer: 'Excuses aangeboden.' });
  const res = await decode({ payloads: [payload] }).set(h.as('operator'));
  expect(res.status).toBe(200);
  const [plain] = res.body.payloads;
  expect(Buffer.from(plain.metadata.encoding, 'base64').toString()).toBe('json/plain');
  expect(JSON.parse(Buffer.from(plain.data, 'base64').toString())).toEqual({ answer: 'Excuses aangeboden.' });
});

test('anyone but an operator is refused: no token 401, other roles 403, and nothing is decoded', async () => {
  const payload = await encrypted({ answer: 'geheim' });
  expect((await decode({ payloads: [payload] })).status).toBe(401);
  for (const role of ['intake', 'handler', 'representative', 'manager'] as const) {
    const res = await decode({ payloads: [payload] }).set(h.as(role));
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('geheim');
  }
});

test("Temporal Web's origin may call with credentials (CORS); another origin gets no CORS answer", async () => {
  const preflight = await request(h.app)
    .options('/codec/decode')
    .set('Origin', 'http://localhost:8233')
    .set('Access-Control-Request-Method', 'POST')
    .set('Access-Control-Request-Headers', 'content-type,x-namespace');
  expect(preflight.status).toBe(204);
  expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:8233');
  expect(preflight.headers['access-control-allow-credentials']).toBe('true');
  expect(preflight.headers['access-control-allow-headers']).toMatch(/X-Namespace/);
  const evil = await request(h.app).options('/codec/decode').set('Origin', 'https://evil.example');
  expect(evil.headers['access-control-allow-origin']).toBeUndefined();
});

test('bad input is 400; a payload with an unknown key is 422 with the reason', async () => {
  expect((await decode({ payloads: 'x' }).set(h.as('operator'))).status).toBe(400);
  const foreign = await encrypted('x');
  foreign.metadata['encryption-key-id'] = Buffer.from('other').toString('base64');
  const res = await decode({ payloads: [foreign] }).set(h.as('operator'));
  expect(res.status).toBe(422);
  expect(res.body.error).toBe('payload encrypted with unknown key "other": add it to ENCRYPTION_KEYS');
});
