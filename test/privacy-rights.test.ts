/**
 * AVG/GDPR, the complainant's rights (issue 18), for operators: access — everything held about one
 * complainant, by e-mail address or by reference, as JSON and as a readable Dutch PDF — and erasure of
 * one complaint now, with a reason on record: a running complaint is withdrawn through its workflow first,
 * its history leaves Temporal, and the reports keep counting it.
 */
import { execFileSync } from 'node:child_process';
import request from 'supertest';
import { createApp } from '../api/app';
import { useHarness, writtenComplaint } from './support/harness';
import { until } from './support/until';
import { fieldCodes } from './support/problems';

const h = useHarness({ RECEIPT_CONFIRMATION: 'true' });

const pdfToText = (pdf: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
const erase = (body: object, role: Parameters<typeof h.as>[0] = 'operator') =>
  request(h.app).post('/api/privacy/erasures').set(h.as(role)).send(body);
const access = (query: string, role: Parameters<typeof h.as>[0] = 'operator', file = 'access') =>
  request(h.app).get(`/api/privacy/${file}?${query}`).set(h.as(role));

async function file(name: string, email: string, subject = 'Factuur klopt niet'): Promise<string> {
  const res = await h.intake(writtenComplaint({ complainant: { name, email }, subject }));
  expect(res.status).toBe(201);
  return res.body.complaint.reference;
}

const steps = async (reference: string) =>
  (await h.register.db.complaintEvent.findMany({ where: { reference }, orderBy: { id: 'asc' } })).map((e) => ({
    action: e.action,
    actor: e.actor,
    detail: JSON.parse(e.detail),
  }));

test('AVG: an operator erases a running complaint — withdrawn through its workflow first, then anonymised, the reason on record; repeating it changes nothing', async () => {
  const ref = await file('Erik Verwijder', 'erik.verwijder@example.nl');
  expect((await h.status(ref)).phase).toBe('in_handling');
  const reason = 'Verzoek van de klager per brief van vandaag (AVG art. 17).';

  const res = await erase({ reference: ref, reason });
  expect(res.status).toBe(200);
  // The time-skipping test server cannot delete a history (UNIMPLEMENTED): it is left to the namespace's
  // retention, as on any Temporal that refuses. On the dev server it is deleted (privacy-temporal.test.ts).
  expect(res.body.erasure).toMatchObject({ reference: ref, withdrawn: true, history: 'left to retention' });

  const row = await h.register.db.complaint.findUniqueOrThrow({ where: { reference: ref } });
  expect(row).toMatchObject({ status: 'withdrawn', complainantName: '', complainantEmail: null, subject: '' });
  expect(row.anonymisedAt!.toISOString()).toBe(res.body.erasure.anonymisedAt);
  const recorded = await steps(ref);
  expect(recorded).toContainEqual({ action: 'withdrawn', actor: 'operator-1', detail: {} });
  expect(recorded.at(-1)).toEqual({ action: 'anonymised', actor: 'operator-1', detail: { reason } });
  expect((await h.workflow(ref).result()).phase).toBe('withdrawn');

  const again = await erase({ reference: ref, reason: 'nogmaals' });
  expect(again.status).toBe(200);
  expect(again.body.erasure).toMatchObject({
    anonymisedAt: res.body.erasure.anonymisedAt,
    withdrawn: false,
  });
  expect((await steps(ref)).filter((s) => s.action === 'anonymised')).toHaveLength(1);
});

test('AVG: erasing a closed complaint leaves the report figures as they were, and it cannot be reopened', async () => {
  const ref = await file('Carla Gesloten', 'carla@example.nl');
  await h.act(ref, 'reply-sent', { channel: 'email', text: 'Wij hebben het opgelost.' }, 'handler').expect(200);
  const close = { resolution: 'Opgelost', category: 'facturatie', cause: 'dubbel', correctiveAction: 'Controle' };
  await h.act(ref, 'close', close, 'handler').expect(200);
  const at = await h.now();
  const today = await h.today();
  const app = createApp({
    db: h.register.db,
    client: h.env.client,
    config: h.config,
    keys: h.keys,
    mailer: h.mailer,
    clock: async () => at,
  });
  const summary = async () =>
    (await request(app).get(`/api/reports/summary?from=${today}&to=${today}`).set(h.as('manager')).expect(200)).body;
  // The messages are written by the workflow's activities, beside the test: the figures are read once the
  // receipt is on record and nothing is still being sent.
  const settled = async () =>
    (await h.register.db.message.count({ where: { reference: ref, purpose: 'receipt' } })) === 1 &&
    (await h.register.db.message.count({ where: { reference: ref, status: 'pending' } })) === 0;
  await until(settled);
  const before = await summary();
  expect(before.current.correctiveActions.count).toBeGreaterThan(0);

  const res = await erase({ reference: ref, reason: 'Op verzoek.' });
  expect(res.body.erasure).toMatchObject({ withdrawn: false });
  expect(await summary()).toEqual(before);
  const reopen = await h.act(ref, 'reopen', { reason: 'Toch niet eens.' }, 'handler');
  expect(reopen.status).toBe(409);
});

test('AVG: an erasure names what is wrong (400), is for operators only (403), and needs a complaint that exists (404)', async () => {
  const ref = await file('Rita Regel', 'rita@example.nl');
  const noReason = await erase({ reference: ref });
  expect(noReason.status).toBe(400);
  expect(fieldCodes(noReason.body)).toEqual([{ field: 'reason', code: 'required' }]);
  expect((await erase({ reference: 'KL-12', reason: 'x' })).body.fields[0].field).toBe('reference');
  expect((await erase({ reference: ref, reason: 'x' }, 'manager')).status).toBe(403);
  expect((await erase({ reference: 'KL-2001-99999', reason: 'x' })).status).toBe(404);
  expect((await h.register.db.complaint.findUniqueOrThrow({ where: { reference: ref } })).anonymisedAt).toBeNull();
});

test('AVG: access — every complaint of one complainant by e-mail address (in any case) or by reference, as JSON and as a Dutch PDF; each export on record', async () => {
  const email = 'Anna.Inzage@example.nl';
  const first = await file('Anna Inzage', email, 'Wachttijd te lang');
  const second = await file('Anna Inzage', email.toLowerCase(), 'Factuur dubbel');
  const other = await file('Bert Ander', 'bert@example.nl');
  await h.post(`/api/complaints/${first}/notes`, { text: 'Belde om 10 uur.' }, 'handler').expect(201);
  // The receipts are written by the workflows' activities, beside the test: wait until both are sent.
  const receiptsSent = async () =>
    (await h.register.db.message.count({
      where: { reference: { in: [first, second] }, purpose: 'receipt', status: { not: 'pending' } },
    })) === 2;
  await until(receiptsSent);

  const json = await access(`email=${encodeURIComponent(email.toUpperCase())}`);
  expect(json.status).toBe(200);
  const refs = json.body.complaints.map((c: { reference: string }) => c.reference);
  expect(refs.sort()).toEqual([first, second].sort());
  const held = json.body.complaints.find((c: { reference: string }) => c.reference === first);
  expect(held.complainant).toMatchObject({ name: 'Anna Inzage', email });
  expect(held.subject).toBe('Wachttijd te lang');
  expect(held.messages.map((m: { purpose: string }) => m.purpose)).toContain('receipt');
  expect(held.steps).toContainEqual(
    expect.objectContaining({ action: 'note', by: 'handler-1', detail: { text: 'Belde om 10 uur.' } }),
  );
  expect(JSON.stringify(json.body)).not.toMatch(/statusToken|intakeKey|Bert Ander/);

  const byReference = await access(`reference=${other}`, 'operator', 'access.json');
  expect(byReference.headers['content-disposition']).toMatch(
    /^attachment; filename="?inzage-\d{4}-\d{2}-\d{2}\.json"?$/,
  );
  expect(byReference.body.complaints.map((c: { reference: string }) => c.reference)).toEqual([other]);

  const pdf = await access(`email=${encodeURIComponent(email)}`, 'operator', 'access.pdf').buffer(true);
  expect(pdf.headers['content-type']).toBe('application/pdf');
  const text = pdfToText(pdf.body as Buffer);
  expect(text).toContain('Inzage in persoonsgegevens');
  expect(text).toContain(`Klacht ${first}`);
  expect(text).toContain('Wachttijd te lang');
  expect(text).toContain('Interne notitie');
  expect(text).toContain('Belde om 10 uur.');
  expect(text).not.toContain('Bert Ander');

  const exported = (await steps(first)).filter((s) => s.action === 'data_exported');
  expect(exported).toEqual([
    { action: 'data_exported', actor: 'operator-1', detail: { format: 'json' } },
    { action: 'data_exported', actor: 'operator-1', detail: { format: 'pdf' } },
  ]);
});

test('AVG: access needs an e-mail address or a reference (400 naming the field), and is for operators only', async () => {
  const none = await access('');
  expect(none.status).toBe(400);
  expect(fieldCodes(none.body)).toEqual([{ field: 'email', code: 'email_or_reference' }]);
  expect((await access('email=geen-adres')).body.fields[0].field).toBe('email');
  expect((await access('email=a@example.nl', 'handler')).status).toBe(403);
  const nobody = await access('email=niemand@example.nl');
  expect(nobody.body.complaints).toEqual([]);
});
