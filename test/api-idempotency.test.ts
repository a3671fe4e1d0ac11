/** Idempotency-Key: a repeated POST does nothing twice and answers as the first time (R2). */
import request from 'supertest';
import { Client } from '@temporalio/client';
import { createApp } from '../api/app';
import { registerComplaint } from '../api/complaints/register';
import { startPendingWorkflows, startWorkflow } from '../api/complaints/start-workflow';
import { dataConverter } from '../infra/payload-codec';
import { asIntake, startHarness, writtenComplaint, type Harness } from './support/harness';
import { fieldCodes } from './support/problems';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const intake = (body: unknown, key: string) =>
  request(h.app)
    .post('/api/complaints')
    .set(h.as('intake'))
    .set('Idempotency-Key', key)
    .send(body as object);

/** As if IDEMPOTENCY_KEY_TTL had passed since `key` was first used. */
const expireKey = (key: string) =>
  h.register.db.idempotencyRecord.updateMany({ where: { key }, data: { expiresAt: new Date(Date.now() - 1000) } });

test('R2: the same intake 20 times at once with one key: one complaint, one workflow, 20 identical answers', async () => {
  const body = writtenComplaint({ subject: 'Twintig keer verstuurd' });
  const responses = await Promise.all(Array.from({ length: 20 }, () => intake(body, 'twenty-at-once')));
  expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
  expect(new Set(responses.map((r) => r.text)).size).toBe(1);
  expect(new Set(responses.map((r) => r.headers.location)).size).toBe(1);
  const { reference } = responses[0].body.complaint;
  expect(await h.register.db.complaint.count({ where: { subject: 'Twintig keer verstuurd' } })).toBe(1);
  expect(await h.register.db.complaintEvent.count({ where: { reference, action: 'registered' } })).toBe(1);
  expect((await h.env.client.workflow.getHandle(reference).describe()).status.name).toBe('RUNNING');
});

test('the same key with the same body in another field order is the same request', async () => {
  const body = writtenComplaint({ subject: 'Volgorde' });
  const first = await intake(body, 'field-order');
  const reordered = Object.fromEntries(Object.entries(body).reverse());
  const second = await intake(reordered, 'field-order');
  expect(second.status).toBe(201);
  expect(second.text).toBe(first.text);
});

test('the same key with another body is refused with 422 and registers nothing', async () => {
  await intake(writtenComplaint({ subject: 'Eerste' }), 'reused-key').expect(201);
  const before = await h.register.db.complaint.count();
  const other = await intake(writtenComplaint({ subject: 'Tweede' }), 'reused-key');
  expect(other.status).toBe(422);
  expect(other.body).toMatchObject({ code: 'key_reused' });
  expect(await h.register.db.complaint.count()).toBe(before);
});

test('a validation error is answered the same way again; a key is scoped to its account', async () => {
  const first = await intake({ channel: 'fax' }, 'bad-body');
  const again = await intake({ channel: 'fax' }, 'bad-body');
  expect(first.status).toBe(400);
  expect(again.text).toBe(first.text);
  const byAnother = await request(h.app)
    .post('/api/complaints')
    .set(h.as('handler'))
    .set('Idempotency-Key', 'bad-body')
    .send(writtenComplaint());
  expect(byAnother.status).toBe(201);
});

test('R9: a repeated "reply sent" with its key is one update: one e-mail to the complainant', async () => {
  const email = 'idem-reply@example.nl';
  const created = await intake(writtenComplaint({ complainant: { name: 'Iris Lam', email } }), 'reply-intake');
  const reply = () =>
    request(h.app)
      .post(`${created.headers.location}/reply-sent`)
      .set(h.as('handler'))
      .set('Idempotency-Key', 'reply-once')
      .send({ channel: 'email', text: 'Ons antwoord, één keer.' });
  const [a, b, c] = await Promise.all([reply(), reply(), reply()]);
  expect([a.status, b.status, c.status]).toEqual([200, 200, 200]);
  expect(b.text).toBe(a.text);
  await h.smtp.waitFor(email, 1);
  await h.env.sleep('1 hour');
  expect(h.smtp.to(email)).toHaveLength(1);
  expect(
    await h.register.db.complaintEvent.count({
      where: { reference: created.body.complaint.reference, action: 'reply_sent' },
    }),
  ).toBe(1);
});

test("privacy: the Update ID in Temporal's history is a keyed hash, not the client's key or the caller's login", async () => {
  const created = await intake(writtenComplaint(), 'hash-intake');
  const ref = created.body.complaint.reference;
  const key = 'mail-van-jan-jansen-2026';
  await request(h.app)
    .post(`${created.headers.location}/assign`)
    .set(h.as('handler'))
    .set('Idempotency-Key', key)
    .send({ handler: 'handler-1' })
    .expect(200);
  const history = await h.workflow(ref).fetchHistory();
  const accepted = history.events!.map((e) => e.workflowExecutionUpdateAcceptedEventAttributes).filter(Boolean);
  const updateIds = accepted.map((a) => a!.acceptedRequest!.meta!.updateId!);
  expect(updateIds).toHaveLength(1);
  expect(updateIds[0]).toMatch(/^[A-Za-z0-9_-]{32,}$/);
  expect(updateIds[0]).not.toContain(key);
  expect(updateIds[0]).not.toContain('handler-1');
});

test('keys expire after IDEMPOTENCY_KEY_TTL: the same key then makes a new request', async () => {
  const created = await intake(writtenComplaint(), 'note-intake');
  const note = () =>
    request(h.app)
      .post(`${created.headers.location}/notes`)
      .set(h.as('handler'))
      .set('Idempotency-Key', 'note-key')
      .send({ text: 'Gebeld, geen gehoor.' });
  const first = await note();
  expect((await note()).text).toBe(first.text);
  await expireKey('note-key');
  const later = await note();
  expect(later.status).toBe(201);
  expect(later.body.note.id).not.toBe(first.body.note.id);
  expect(h.config.idempotencyKeyTtlMs).toBe(24 * 3600_000);
});

test('expired keys leave the register: the first keyed request of a running API sweeps them, and at most once a minute', async () => {
  const expired = (key: string) =>
    h.register.db.idempotencyRecord.create({
      data: { scope: 'handler-1', key, requestHash: 'x', expiresAt: new Date(Date.now() - 1000) },
    });
  const left = (key: string) => h.register.db.idempotencyRecord.count({ where: { key } });
  const app = createApp({
    db: h.register.db,
    client: h.env.client,
    config: h.config,
    keys: h.keys,
    clock: () => h.now(),
    mailer: h.mailer,
  });
  const keyed = (key: string) =>
    request(app).post('/api/complaints').set(h.as('intake')).set('Idempotency-Key', key).send(writtenComplaint());
  await expired('verlopen-1');
  expect((await keyed('veeg-1')).status).toBe(201);
  expect(await left('verlopen-1')).toBe(0);
  // Within the minute the next request does not sweep again; the sweep after it will.
  await expired('verlopen-2');
  expect((await keyed('veeg-2')).status).toBe(201);
  expect(await left('verlopen-2')).toBe(1);
});

test('R2: an intake repeated with its key after the key expired registers nothing twice and leaves no gap in the references', async () => {
  const body = writtenComplaint({ subject: 'Na een dag nog eens' });
  const first = await intake(body, 'a-day-later');
  await expireKey('a-day-later');
  const again = await intake(body, 'a-day-later');
  expect(again.body.complaint.reference).toBe(first.body.complaint.reference);
  expect(await h.register.db.complaint.count({ where: { subject: 'Na een dag nog eens' } })).toBe(1);
  const next = await intake(writtenComplaint({ subject: 'De volgende' }), 'the-next-one');
  const sequence = (ref: string) => Number(ref.split('-').at(-1));
  expect(sequence(next.body.complaint.reference)).toBe(sequence(first.body.complaint.reference) + 1);
});

test('an unusable Idempotency-Key is a 400 that names the header', async () => {
  const res = await intake(writtenComplaint(), 'x'.repeat(201));
  expect(res.status).toBe(400);
  expect(fieldCodes(res.body)).toEqual([{ field: 'Idempotency-Key', code: 'idempotency_key' }]);
});

test('R2: the pending-start sweep leaves alone a complaint whose own start is still under way: no second start, and its log does not say Temporal was away', async () => {
  // A client whose starts wait until released: the intake request is in the middle of starting its workflow.
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const slow = new Client({
    connection: h.env.connection,
    namespace: h.env.namespace,
    dataConverter: dataConverter(h.keys),
    interceptors: { workflow: [{ start: async (input, next) => (await gate, next(input)) }] },
  });
  const { config, keys, mailer } = h;
  const app = createApp({ db: h.register.db, client: slow, config, keys, clock: () => h.now(), mailer });
  const body = writtenComplaint({ subject: 'Start onderweg' });
  const answer = request(app)
    .post('/api/complaints')
    .set(h.as('intake'))
    .send(body)
    .then((res) => res);
  const registered = { subject: 'Start onderweg' };
  while (!(await h.register.db.complaint.count({ where: registered })))
    await new Promise((resolve) => setTimeout(resolve, 20));

  const swept = await startPendingWorkflows(h.env.client, h.register.db).finally(release);
  const res = await answer;
  expect(swept).toBe(0);
  expect(res.status).toBe(201);
  const { reference } = res.body.complaint;
  expect((await h.env.client.workflow.getHandle(reference).describe()).status.name).toBe('RUNNING');
  expect((await h.register.db.complaint.findUniqueOrThrow({ where: { reference } })).workflowStartedAt).not.toBeNull();
});

test('R2: the sweep stamps a complaint whose procedure runs but whose start was never stamped, without starting it again or counting it as started', async () => {
  // As when the API stopped between starting the workflow and stamping the register.
  const reference = await h.file(writtenComplaint({ subject: 'Gestart, niet gestempeld' }));
  const runId = (await h.workflow(reference).describe()).runId;
  await h.register.db.complaint.update({ where: { reference }, data: { workflowStartedAt: null } });

  expect(await startPendingWorkflows(h.env.client, h.register.db)).toBe(0);
  expect((await h.register.db.complaint.findUniqueOrThrow({ where: { reference } })).workflowStartedAt).not.toBeNull();
  expect((await h.workflow(reference).describe()).runId).toBe(runId);
});

test('R2: a complaint whose own start finished while the sweep was busy with another is not started a second time', async () => {
  const away = async (subject: string) =>
    (
      await registerComplaint(h.register.db, asIntake(writtenComplaint({ subject })), h.config.terms, {
        now: await h.now(),
      })
    ).complaint;
  const first = await away('Eerst in de rij');
  const second = await away('Tweede in de rij');
  const starts: string[] = [];
  // While the sweep starts the first, the second's own start (the intake's) runs and finishes.
  const sweeping = new Client({
    connection: h.env.connection,
    namespace: h.env.namespace,
    dataConverter: dataConverter(h.keys),
    interceptors: {
      workflow: [
        {
          start: async (input, next) => {
            starts.push(input.options.workflowId);
            if (input.options.workflowId === first.reference) await startWorkflow(h.env.client, h.register.db, second);
            return next(input);
          },
        },
      ],
    },
  });

  expect(await startPendingWorkflows(sweeping, h.register.db)).toBe(1);
  expect(starts).toEqual([first.reference]);
  for (const { reference } of [first, second])
    expect((await h.workflow(reference).describe()).status.name).toBe('RUNNING');
});
