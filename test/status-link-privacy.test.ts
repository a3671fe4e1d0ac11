/**
 * R4: the complainant's private status link goes to the complainant only (issue 17, item 1). Every message
 * that is sent carries the working link; what the register keeps of it, and what staff read in the API, on
 * the complaint's page and in a copy of the register, says "[persoonlijke statuslink]" instead, and the
 * sealed token never leaves the register. A message sent again renders the link again, at sending.
 */
import { execFileSync } from 'node:child_process';
import request from 'supertest';
import { SESSION_COOKIE } from '../api/auth/cookies';
import { sessionStore } from '../api/auth/sessions';
import { ACCOUNTS, useHarness, writtenComplaint, type Harness } from './support/harness';

const h = useHarness({ RECEIPT_CONFIRMATION: 'true', TRUST_PROXY: 'loopback' });

const tokenOf = (statusUrl: string) => statusUrl.split('/status/')[1];
const pdfToText = (pdf: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();

/** The message of `reference` for `purpose` (in `status`), once the worker has put it on record. */
async function messageOf(reference: string, purpose: string, status?: string) {
  for (let i = 0; i < 400; i++) {
    const found = await h.register.db.message.findFirst({ where: { reference, purpose, ...(status && { status }) } });
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no ${purpose} message${status ? ` (${status})` : ''} of ${reference}`);
}

/** The web app's pages as a signed-in handler sees them. */
async function asHandlerOnPage(harness: Harness, path: string) {
  const sessions = sessionStore(harness.register.db, harness.now, harness.config.sessions);
  const { id } = await sessions.start(ACCOUNTS.handler);
  return request(harness.app).get(path).set('Cookie', `${SESSION_COOKIE}=${id}`);
}

/** Everything the register holds about complaint `reference`, as a copy of the database file would show it. */
async function registerCopy(reference: string) {
  const db = h.register.db;
  const [complaint, messages, events, idempotency] = await Promise.all([
    db.complaint.findUniqueOrThrow({ where: { reference } }),
    db.message.findMany({ where: { reference } }),
    db.complaintEvent.findMany({ where: { reference } }),
    db.idempotencyRecord.findMany(),
  ]);
  return { complaint, text: JSON.stringify({ complaint, messages, events, idempotency }) };
}

/** What must not be found in `text`: the token, the link, the sealed token, or its column's name. */
function expectNoWayIn(text: string, token: string, sealed: string | null) {
  expect(text).not.toContain(token);
  expect(text).not.toContain('statusTokenSealed');
  if (sealed) expect(text).not.toContain(sealed);
}

test('R4: the receipt confirmation is sent with the working link, but the register keeps it with "[persoonlijke statuslink]", and no staff answer or page holds the link or the sealed token', async () => {
  const email = 'prive@example.nl';
  const filed = await request(h.app)
    .post('/api/public/complaints')
    .set('X-Forwarded-For', '10.17.1.1')
    .send({
      complainant: { name: 'Petra Privé', email },
      subject: 'Privé link',
      description: 'Mijn link is van mij.',
    })
    .expect(201);
  const token = tokenOf(filed.body.statusUrl);
  const reference: string = filed.body.reference;

  const [mail] = await h.smtp.waitFor(email, 1);
  expect(mail.text).toContain(`${h.config.publicUrl}/status/${token}`);
  expect((await request(h.app).get(`/status/${token}`)).status).toBe(200);

  const { complaint, text: stored } = await registerCopy(reference);
  expect(complaint.statusTokenSealed).toBeTruthy();
  expect(stored).not.toContain(token);
  const receipt = await h.register.db.message.findFirstOrThrow({ where: { reference, purpose: 'receipt' } });
  expect(receipt.body).toContain('[persoonlijke statuslink]');
  expect(receipt.body).not.toContain('/status/');

  const sealed = complaint.statusTokenSealed;
  const answers = [
    await h.get(`/api/complaints/${reference}`),
    await h.get(`/api/complaints?q=${encodeURIComponent('Privé link')}`),
    await h.get(`/api/complaints/${reference}/proof`),
    await h.get('/api/letters'),
    await request(h.app)
      .patch(`/api/complaints/${reference}/complainant`)
      .set(h.as('intake'))
      .send({ phone: '074 000 0000' }),
    await h.act(reference, 'assign', { handler: ACCOUNTS.handler }, 'intake'),
    await h.get(`/api/reports/complaints.csv`, 'manager'),
  ];
  for (const answer of answers) {
    expect(answer.status).toBe(200);
    expectNoWayIn(answer.text, token, sealed);
  }
  const record = answers[0].body;
  expect(Object.keys(record.complaint)).not.toContain('statusTokenSealed');
  // Nor the register's bookkeeping: the folded search text (the name and address again) and the projection's counter.
  expect(Object.keys(record.complaint).filter((k) => ['searchText', 'projectedEvent'].includes(k))).toEqual([]);
  expect(record.messages.find((m: { purpose: string }) => m.purpose === 'receipt').body).toContain(
    '[persoonlijke statuslink]',
  );
  for (const path of [`/app/complaints/${reference}`, '/app', '/app/letters']) {
    const page = await asHandlerOnPage(h, path);
    expect(page.status).toBe(200);
    expectNoWayIn(page.text, token, sealed);
  }
  expect((await asHandlerOnPage(h, `/app/complaints/${reference}`)).text).toContain('[persoonlijke statuslink]');
});

test('R4: an English message keeps "[personal status link]" in the register; the staff intake answer still gives the link once, as the desk registered it', async () => {
  const email = 'private@example.com';
  const filed = await h
    .intake(writtenComplaint({ complainant: { name: 'Pat Private', email, language: 'en' } }))
    .expect(201);
  const token = tokenOf(filed.body.statusUrl);
  expect(JSON.stringify(filed.body.complaint)).not.toContain('statusTokenSealed');
  const [mail] = await h.smtp.waitFor(email, 1);
  expect(mail.text).toContain(`/status/${token}`);
  const receipt = await messageOf(filed.body.complaint.reference, 'receipt');
  expect(receipt.body).toContain('[personal status link]');
  expect(receipt.body).not.toContain(token);
});

test('R4: a receipt that failed on a wrong address and is sent again carries the working link again; the register still only the words', async () => {
  const wrong = 'onbekend-adres@example.nl';
  h.smtp.refuse(wrong);
  const filed = await h.intake(writtenComplaint({ complainant: { name: 'Rob Opnieuw', email: wrong } })).expect(201);
  const reference: string = filed.body.complaint.reference;
  const token = tokenOf(filed.body.statusUrl);
  const failed = await messageOf(reference, 'receipt', 'failed');
  await request(h.app)
    .patch(`/api/complaints/${reference}/complainant`)
    .set(h.as('intake'))
    .send({ email: 'goed-adres@example.nl' })
    .expect(200);
  await h.act(reference, 'resend-message', { messageId: failed.id }, 'intake').expect(200);
  const [again] = await h.smtp.waitFor('goed-adres@example.nl', 1);
  expect(again.text).toContain(`${h.config.publicUrl}/status/${token}`);
  expect((await request(h.app).get(`/status/${token}`)).status).toBe(200);
  const { text: stored } = await registerCopy(reference);
  expect(stored).not.toContain(token);
});

test('R4/R8: a letter carries the way to the status page (short address, reference, code: issue 19 item 7) while it waits to be printed; once posted, its PDF shows the words instead', async () => {
  const filed = await h
    .intake(
      writtenComplaint({
        channel: 'letter',
        complainant: { name: 'Bep Brief', address: 'Marktplein 3\n7622 CD Borne' },
      }),
    )
    .expect(201);
  const reference: string = filed.body.complaint.reference;
  const token = tokenOf(filed.body.statusUrl);
  const letter = await messageOf(reference, 'receipt', 'to_post');
  expect(letter.body).not.toContain(token);
  const pdf = `/api/complaints/${reference}/messages/${letter.id}/letter.pdf`;
  const toPrint = await h.get(pdf).buffer(true).expect(200);
  const printed = pdfToText(toPrint.body);
  expect(printed).toContain(`${h.config.publicUrl}/s\n`);
  expect(printed).toMatch(/^Code: \S{4}[ \u00a0]\S{4}[ \u00a0]\S{4}$/m);
  expect(printed.replace(/\s+/g, '')).not.toContain(token);

  await h.post(`/api/complaints/${reference}/messages/${letter.id}/posted`, {}, 'intake').expect(200);
  const posted = pdfToText((await h.get(pdf).buffer(true).expect(200)).body);
  expect(posted.replace(/\s+/g, '')).not.toContain(token);
  expect(posted).toContain('[persoonlijke statuslink]');
});

test('R4: messages stored before this change lose their link when the service starts', async () => {
  const { forgetStoredStatusLinks } = await import('../api/complaints/forget-status-links');
  const filed = await h.intake(writtenComplaint({ complainant: { name: 'Oud Bericht', email: 'oud@example.nl' } }));
  const reference: string = filed.body.complaint.reference;
  const token = tokenOf(filed.body.statusUrl);
  await h.smtp.waitFor('oud@example.nl', 1);
  const old = `Beste Oud Bericht,\n\nHoe het met uw klacht staat, ziet u altijd via uw persoonlijke link:\n${h.config.publicUrl}/status/${token}\n\nMet vriendelijke groet`;
  await h.register.db.message.updateMany({ where: { reference }, data: { body: old } });
  expect(await forgetStoredStatusLinks(h.register.db)).toBeGreaterThanOrEqual(1);
  const { text: stored } = await registerCopy(reference);
  expect(stored).not.toContain(token);
  const message = await h.register.db.message.findFirstOrThrow({ where: { reference } });
  expect(message.body).toContain('via uw persoonlijke link:\n[persoonlijke statuslink]\n');
  expect(await forgetStoredStatusLinks(h.register.db)).toBe(0);
});
