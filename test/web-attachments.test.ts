/**
 * Issue 19, attachments, in a browser (Debian's Chromium): a scanned letter, a photo or a PDF on the
 * public form and added by staff; checked by content (not by name) and size; kept encrypted outside the
 * register's rows; listed on the complaint's page and (the complainant's own) on the status page; sent
 * with the reply staff chose them for; in the right-of-access export; gone with anonymisation; never in
 * Temporal.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { fieldCodes } from './support/problems';
import { historyJson, holds } from './support/history-payloads';
import { seriousViolations, useBrowserApp } from './support/browser';
import { useHarness } from './support/harness';

const MAX_BYTES = 100_000;
const h = useHarness({ ATTACHMENT_MAX_BYTES: String(MAX_BYTES), ATTACHMENT_MAX_FILES: '3' });
const b = useBrowserApp(h);
const PASSWORD = 'correct paard batterij nietje';

beforeAll(async () => {
  for (const id of ['desk', 'handler-1']) await b.givePassword(id, PASSWORD);
});

const SCAN = Buffer.from('%PDF-1.4\n% Brief van Łucja Ŝmit over de factuur\n%%EOF\n');
const PHOTO = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('foto-inhoud'),
]);
const PROGRAM = Buffer.from('MZ\x90\x00 dit is een programma, geen foto');
const STAFF_PDF = Buffer.from('%PDF-1.7\n% Toelichting van de afdeling\n%%EOF\n');

async function fillComplaint(page: Page, subject: string) {
  await page.goto('/klacht');
  await page.getByLabel('Waar gaat uw klacht over?').fill(subject);
  await page.getByLabel('Wat is er gebeurd?').fill('Zie de brief en de foto.');
  await page.getByLabel('Uw naam').fill('Łucja Ŝmit');
  await page.getByLabel('Uw e-mailadres').fill('lucja@example.nl');
}

const filesIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);

test('issue 19 item "attachments": the public form takes a scanned letter and a photo (by content, within the limits); the status page, the complaint page, the reply, the export and anonymisation all know them; Temporal never', async () => {
  const visitor = await b.page();
  // By content, not by name: a program named foto.jpg is refused, and so is a file over the limit, both at once.
  await fillComplaint(visitor, 'Verkeerde factuur');
  await visitor.getByLabel(/^Bijlagen/).setInputFiles([
    { name: 'foto.jpg', mimeType: 'image/jpeg', buffer: PROGRAM },
    { name: 'groot.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([SCAN, Buffer.alloc(MAX_BYTES)]) },
  ]);
  const complaintsBefore = await h.register.db.complaint.count();
  await visitor.getByRole('button', { name: 'Klacht versturen' }).click();
  expect(await visitor.locator('#complaint-attachments-error').textContent()).toBe(
    'Bijlagen: foto.jpg is geen PDF, foto (JPEG) of afbeelding (PNG).',
  );
  expect(await visitor.getByRole('alert').locator('a').allTextContents()).toEqual([
    'Bijlagen: foto.jpg is geen PDF, foto (JPEG) of afbeelding (PNG).',
  ]);
  expect(await visitor.getByRole('alert').textContent()).not.toContain('groot.pdf'); // one message per field
  expect(await h.register.db.complaint.count()).toBe(complaintsBefore);
  expect(await seriousViolations(visitor)).toEqual([]);

  await fillComplaint(visitor, 'Verkeerde factuur');
  await visitor.getByLabel(/^Bijlagen/).setInputFiles([
    { name: 'brief-scan.pdf', mimeType: 'application/pdf', buffer: SCAN },
    { name: 'foto.png', mimeType: 'image/png', buffer: PHOTO },
  ]);
  await visitor.getByRole('button', { name: 'Klacht versturen' }).click();
  await visitor.waitForURL('**/status/*?filed=1');
  const sent = visitor.locator('ul.attachments li');
  expect(await sent.locator('a').allTextContents()).toEqual(['brief-scan.pdf', 'foto.png']);
  const download = await visitor.request.get((await sent.first().locator('a').getAttribute('href'))!);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(download.headers()['content-disposition']).toContain('attachment');
  expect(Buffer.from(await download.body()).equals(SCAN)).toBe(true);
  expect(await seriousViolations(visitor)).toEqual([]);

  // Outside the register's rows, encrypted: the files in ATTACHMENTS_DIR do not hold the text.
  const row = await h.register.db.complaint.findFirstOrThrow({ where: { subject: 'Verkeerde factuur' } });
  const reference = row.reference;
  const stored = await h.register.db.attachment.findMany({ where: { reference } });
  expect(stored.map((a) => [a.fileName, a.mediaType, a.source])).toEqual([
    ['brief-scan.pdf', 'application/pdf', 'complainant'],
    ['foto.png', 'image/png', 'complainant'],
  ]);
  const dir = h.config.attachments.dir;
  for (const a of stored) {
    const raw = fs.readFileSync(path.join(dir, a.storedAs));
    expect(raw.includes('Brief van')).toBe(false);
    expect(raw.includes('foto-inhoud')).toBe(false);
  }

  // Staff see both on the complaint's page and add a PDF to go with the reply.
  const desk = await b.page();
  await b.signIn(desk, 'desk', PASSWORD);
  await desk.goto(`/app/complaints/${reference}`);
  const panel = desk.locator('[aria-labelledby=attachments-title]');
  expect(await panel.locator('ul.attachments a').allTextContents()).toEqual(['brief-scan.pdf', 'foto.png']);
  expect(await panel.locator('ul.attachments').textContent()).toContain('van de klager');
  expect(await seriousViolations(desk)).toEqual([]);
  await panel.getByLabel('Bestanden').setInputFiles({
    name: 'toelichting.pdf',
    mimeType: 'application/pdf',
    buffer: STAFF_PDF,
  });
  await panel.getByLabel(/^Meesturen met het volgende bericht/).check();
  await panel.getByRole('button', { name: 'Bijlage toevoegen' }).click();
  await desk.waitForURL(`**/app/complaints/${reference}?done=attached`);
  expect(await desk.locator('.notice[role=status]').textContent()).toBe('De bijlage is toegevoegd.');
  expect(await panel.locator('ul.attachments li', { hasText: 'toelichting.pdf' }).textContent()).toContain(
    'gaat mee met het volgende bericht aan de klager',
  );
  // Staff's file is no part of the complainant's status page.
  await visitor.reload();
  expect(await visitor.locator('ul.attachments a').allTextContents()).toEqual(['brief-scan.pdf', 'foto.png']);

  // The reply form says so, and the reply by e-mail carries it.
  const handler = await b.page();
  await b.signIn(handler, 'handler-1', PASSWORD);
  await handler.goto(`/app/complaints/${reference}`);
  await handler.locator('details.action > summary', { hasText: 'Reactie versturen' }).click();
  const replyForm = handler.locator('form[action$="/actions/reply-sent"]');
  expect(await handler.locator('#action-reply-sent .hint').allTextContents()).toContain(
    'Gaat als bijlage mee als dit bericht per e-mail gaat: toelichting.pdf.',
  );
  await replyForm.getByLabel(/^Per e-mail/).check();
  await replyForm.getByLabel('Tekst van de reactie').fill('Zie de toelichting.');
  await replyForm.getByRole('button', { name: 'Reactie versturen' }).click();
  await handler.waitForURL('**?done=reply-sent');
  await handler.context().close();
  const mails = await h.smtp.waitFor('lucja@example.nl', 1);
  const reply = mails.find((m) => m.text?.includes('Zie de toelichting.'))!;
  expect(reply.attachments.map((a) => [a.filename, a.contentType])).toEqual([['toelichting.pdf', 'application/pdf']]);
  expect(reply.attachments[0].content.equals(STAFF_PDF)).toBe(true);
  const claimed = await h.register.db.attachment.findFirstOrThrow({ where: { fileName: 'toelichting.pdf' } });
  expect(claimed.messageKey).not.toBeNull();

  // Never in Temporal: neither the names nor the contents.
  const history = historyJson(await h.workflow(reference).fetchHistory());
  for (const text of ['brief-scan.pdf', 'toelichting.pdf', 'Brief van', 'Toelichting van de afdeling']) {
    expect({ text, inHistory: holds(history, text) }).toEqual({ text, inHistory: false });
  }

  // The right of access: every file, with its content.
  const access = (await h.get(`/api/privacy/access.json?reference=${reference}`, 'operator').expect(200)).body;
  const held = access.complaints[0].attachments as { fileName: string; contentBase64: string }[];
  expect(held.map((a) => a.fileName)).toEqual(['brief-scan.pdf', 'foto.png', 'toelichting.pdf']);
  expect(Buffer.from(held[0].contentBase64, 'base64').equals(SCAN)).toBe(true);

  // The JSON API, as the page: add (checked by content), list, download.
  const added = await request(h.app)
    .post(`/api/complaints/${reference}/attachments`)
    .set(h.as('handler'))
    .attach('attachments', PHOTO, 'tweede-foto.png')
    .expect(201);
  const refused = await request(h.app)
    .post(`/api/complaints/${reference}/attachments`)
    .set(h.as('handler'))
    .attach('attachments', PROGRAM, 'scan.pdf')
    .expect(400);
  expect(fieldCodes(refused.body)).toEqual([{ field: 'attachments', code: 'attachment_type' }]);
  const many = request(h.app).post(`/api/complaints/${reference}/attachments`).set(h.as('handler'));
  for (const n of [1, 2, 3, 4]) void many.attach('attachments', PHOTO, `foto-${n}.png`);
  expect(fieldCodes((await many.expect(400)).body)).toEqual([{ field: 'attachments', code: 'attachment_count' }]);
  const listed = (await h.get(`/api/complaints/${reference}/attachments`, 'intake').expect(200)).body.items;
  expect(listed.map((a: { fileName: string }) => a.fileName)).toEqual([
    'brief-scan.pdf',
    'foto.png',
    'toelichting.pdf',
    'tweede-foto.png',
  ]);
  const one = await h.get(`/api/complaints/${reference}/attachments/${added.body.ids[0]}`, 'intake').expect(200);
  expect(one.headers['content-type']).toBe('image/png');
  const apiFile = (await h.register.db.attachment.findUniqueOrThrow({ where: { id: added.body.ids[0] } })).storedAs;

  // Anonymisation removes them: rows and files.
  const files = stored.map((a) => a.storedAs).concat(claimed.storedAs, apiFile);
  expect(files.every((f) => filesIn(dir).includes(f))).toBe(true);
  await h.post('/api/privacy/erasures', { reference, reason: 'Verzoek van de klager' }, 'operator').expect(200);
  expect(await h.register.db.attachment.count({ where: { reference } })).toBe(0);
  expect(files.filter((f) => filesIn(dir).includes(f))).toEqual([]);
  await visitor.context().close();
  await desk.context().close();
});
