/**
 * The worker is down (crashed, or mid-deploy): staff actions answer 503 after ACTION_TIMEOUT instead
 * of hanging, the register still answers, and a repeat with the same key does the action once.
 */
import request from 'supertest';
import { startHarness, writtenComplaint, type Harness } from './support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ ACTION_TIMEOUT: '2 seconds' });
});
afterAll(async () => {
  await h?.stop();
});

test('worker down: an action is 503 with Retry-After; the complaint is still readable from the register', async () => {
  const created = await request(h.app).post('/api/complaints').set(h.as('intake')).send(writtenComplaint()).expect(201);
  const url = created.headers.location;
  await h.stopWorker();

  const started = Date.now();
  const res = await request(h.app)
    .post(`${url}/reply-sent`)
    .set(h.as('handler'))
    .set('Idempotency-Key', 'while-down')
    .send({ channel: 'elsewhere' });
  expect(res.status).toBe(503);
  expect(res.headers['retry-after']).toBe('30');
  expect(res.body.error).toBe(
    'the complaint service did not take the action in time; repeat it with the same Idempotency-Key',
  );
  expect(Date.now() - started).toBeLessThan(10_000);
  // The 5xx let go of the key: a repeat is not answered with the stored failure.
  expect(await h.register.db.idempotencyRecord.count({ where: { key: 'while-down' } })).toBe(0);

  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const shown = await request(h.app).get(url).set(h.as('handler'));
  expect(warn).toHaveBeenCalledWith(`status of ${created.body.complaint.reference} unavailable:`, expect.any(String));
  warn.mockRestore();
  expect(shown.status).toBe(200);
  expect(shown.body.state).toBeNull();
  expect(shown.body.complaint.reference).toBe(created.body.complaint.reference);
});
