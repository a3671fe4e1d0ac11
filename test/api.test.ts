/** The HTTP API, in-process, against the real time-skipping Temporal server, register and SMTP server. */
import { execFileSync } from 'node:child_process';
import request from 'supertest';
import type { Role } from '../api/auth/roles';
import { startHarness, writtenComplaint, type Harness } from './support/harness';
import { fieldCodes } from './support/problems';
import { binaryBody } from './support/binary-body';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

/** The text of a PDF, as poppler's pdftotext reads it (installed by .ci/run). */
const pdfToText = (pdf: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();

/** A POST as `role` (default: the handler, who may do most). */
const post = (path: string, body: unknown, headers: Record<string, string> = {}, role: Role = 'handler') =>
  request(h.app)
    .post(path)
    .set(h.as(role))
    .set(headers)
    .send(body as object);
const get = (path: string, role: Role = 'handler') => request(h.app).get(path).set(h.as(role));

test('R1/R2: POST /api/complaints registers with a reference and starts its workflow under that reference', async () => {
  const res = await post('/api/complaints', writtenComplaint({ channel: 'web', service: 'fysiotherapie' }));
  expect(res.status).toBe(201);
  const { reference } = res.body.complaint;
  expect(reference).toMatch(/^KL-\d{4}-\d{5}$/);
  expect(res.headers.location).toBe(`/api/complaints/${reference}`);
  expect(res.body.complaint).toMatchObject({ channel: 'web', kind: 'written', service: 'fysiotherapie' });
  expect(res.body.complaint.intakeKey).toBeUndefined();

  const description = await h.env.client.workflow.getHandle(reference).describe();
  expect(description.status.name).toBe('RUNNING');
  expect(description.type).toBe('complaintWorkflow');

  const shown = await get(res.headers.location);
  expect(shown.status).toBe(200);
  expect(shown.body.state).toMatchObject({ reference, phase: 'in_handling' });
  expect(shown.body.state.deadlines.map((d: { name: string }) => d.name)).toEqual(['acknowledgement', 'reply']);
  expect(shown.body.state.next).toEqual({ step: 'reply', due: shown.body.state.replyDueAt });
  expect(shown.body.events[0]).toMatchObject({ action: 'registered', actor: 'handler-1' });
  expect(res.body.statusUrl).toMatch(/^http:\/\/localhost:3000\/status\/[A-Za-z0-9_-]{43}$/);
});

test('R2: references are unique and numbered in order', async () => {
  const a = await post('/api/complaints', writtenComplaint());
  const b = await post('/api/complaints', writtenComplaint());
  const number = (ref: string) => Number(ref.split('-')[2]);
  expect(number(b.body.complaint.reference)).toBe(number(a.body.complaint.reference) + 1);
});

test('R1: every channel of intake is accepted, oral and written', async () => {
  for (const channel of ['phone', 'in_person', 'letter', 'email', 'web']) {
    const res = await post('/api/complaints', writtenComplaint({ channel }));
    expect(res.status).toBe(201);
    expect(res.body.complaint.kind).toBe(channel === 'phone' || channel === 'in_person' ? 'oral' : 'written');
  }
});

test('bad input gets 400 with the field and the reason, and registers nothing', async () => {
  const before = await h.register.db.complaint.count();
  const res = await post('/api/complaints', { ...writtenComplaint(), channel: 'fax', complainant: { name: '' } });
  expect(res.status).toBe(400);
  expect(fieldCodes(res.body)).toEqual(
    expect.arrayContaining([
      { field: 'channel', code: 'choose' },
      { field: 'complainant.name', code: 'required' },
    ]),
  );
  const future = await post('/api/complaints', writtenComplaint({ receivedAt: '2999-01-01' }));
  expect(future.status).toBe(400);
  expect(fieldCodes(future.body)).toEqual([{ field: 'receivedAt', code: 'in_future' }]);

  const malformed = await request(h.app)
    .post('/api/complaints')
    .set(h.as('intake'))
    .set('content-type', 'application/json')
    .send('{"channel":');
  expect(malformed.status).toBe(400);
  expect(malformed.body).toMatchObject({ code: 'malformed_body' });

  const huge = await post('/api/complaints', writtenComplaint({ description: 'x'.repeat(200_000) }));
  expect(huge.status).toBe(413);
  expect(await h.register.db.complaint.count()).toBe(before);
});

test('R9: POST /reply-sent records the reply and sends it; afterwards closing works and a late reply is refused with 409', async () => {
  const email = 'api-reply@example.nl';
  const created = await post('/api/complaints', writtenComplaint({ complainant: { name: 'Mila Jong', email } }));
  const url = created.headers.location;

  const missingText = await post(`${url}/reply-sent`, { channel: 'email' });
  expect(missingText.status).toBe(400);
  expect(missingText.body.error).toBe('invalid request: text: the reply to send must be given');

  const replied = await post(`${url}/reply-sent`, { channel: 'email', text: 'Ons antwoord.' });
  expect(replied.status).toBe(200);
  expect(replied.body.state.phase).toBe('answered');
  const [mail] = await h.smtp.waitFor(email, 1);
  expect(mail.text).toContain('Ons antwoord.');

  const closed = await post(`${url}/close`, {
    resolution: 'Beantwoord',
    category: 'bejegening',
    cause: 'communicatie',
  });
  expect(closed.status).toBe(200);
  await h.env.client.workflow.getHandle(created.body.complaint.reference).result();

  const late = await post(`${url}/reply-sent`, { channel: 'elsewhere' });
  expect(late.status).toBe(409);
  expect(late.body.error).toBe(`complaint ${created.body.complaint.reference} is closed`);
});

test('an action the state does not allow is 409 with the reason; unknown complaints and actions are 404', async () => {
  const created = await post('/api/complaints', writtenComplaint());
  const url = created.headers.location;
  const callback = await post(
    `${url}/callback-done`,
    { outcome: 'resolved', answer: 'Opgelost.' },
    {},
    'representative',
  );
  expect(callback.status).toBe(409);
  expect(callback.body.error).toBe('a callback is not possible while the complaint is in_handling');

  expect((await get('/api/complaints/KL-1999-99999')).status).toBe(404);
  expect((await get('/api/complaints/../../etc/passwd')).status).toBe(404);
  expect((await post('/api/complaints/KL-1999-99999/withdraw', {})).status).toBe(404);
  const unknownAction = await post(`${url}/explode`, {});
  expect(unknownAction.status).toBe(404);
  expect(unknownAction.body.error).toBe('action explode not found');
});

test('GET /health answers when the API is ready', async () => {
  const res = await request(h.app).get('/health');
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ status: 'ok' });
});

test('R9/R8: a reply by letter becomes a printable PDF; marking it posted is on record, once', async () => {
  const created = await post(
    '/api/complaints',
    writtenComplaint({ complainant: { name: 'Gerrit Meijer', address: 'Grotestraat 1\n7622 GM Borne' } }),
  );
  const url = created.headers.location;
  const replied = await post(`${url}/reply-sent`, { channel: 'letter', text: 'Wij hebben uw factuur gecorrigeerd.' });
  expect(replied.status).toBe(200);
  expect(replied.body.state.next).toEqual({ step: 'close' });
  await h.env.sleep('1 minute');

  const shown = await get(url);
  const letter = shown.body.messages.find((m: { purpose: string }) => m.purpose === 'reply');
  expect(letter).toMatchObject({
    channel: 'letter',
    status: 'to_post',
    recipient: 'Gerrit Meijer\nGrotestraat 1\n7622 GM Borne',
  });

  const pdf = await get(`${url}/messages/${letter.id}/letter.pdf`).buffer(true).parse(binaryBody);
  expect(pdf.status).toBe(200);
  expect(pdf.headers['content-type']).toBe('application/pdf');
  const text = pdfToText(pdf.body as Buffer);
  expect(text).toContain('Balans Borne');
  expect(text).toContain('Beste Gerrit Meijer,');
  expect(text).toContain('7622 GM Borne');
  expect(text).toContain('Wij hebben uw factuur gecorrigeerd.');

  const posted = await post(`${url}/messages/${letter.id}/posted`, {}, {}, 'intake');
  expect(posted.status).toBe(200);
  expect(posted.body.message).toMatchObject({ status: 'posted', postedBy: 'desk' });
  const again = await post(`${url}/messages/${letter.id}/posted`, {}, {}, 'intake');
  expect(again.body.message.sentAt).toBe(posted.body.message.sentAt);
  const events = (await get(url)).body.events.filter((e: { action: string }) => e.action === 'letter_posted');
  expect(events).toEqual([
    expect.objectContaining({ actor: 'desk', detail: { messageId: letter.id, purpose: 'reply' } }),
  ]);

  expect((await get(`${url}/messages/999999/letter.pdf`)).status).toBe(404);
});
