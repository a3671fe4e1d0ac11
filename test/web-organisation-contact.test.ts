/**
 * Issue 19 item 6, R5: every letter and e-mail to the complainant says how to reach the organisation
 * (ORGANISATION_ADDRESS, _PHONE, _EMAIL, _WEBSITE, ORGANISATION_CONTACT), and the public pages' footer
 * shows the same. Read back as the complainant reads it: the e-mail over real SMTP, the letter with
 * pdftotext, the footer in Chromium.
 */
import { execFileSync } from 'node:child_process';
import { loadConfig } from '../infra/config';
import { useBrowserApp } from './support/browser';
import { useHarness, writtenComplaint } from './support/harness';
import { binaryBody } from './support/binary-body';

const CONTACT = {
  ORGANISATION_ADDRESS: 'Grotestraat 1, 7622 GM Borne',
  ORGANISATION_PHONE: '074 123 45 67',
  ORGANISATION_EMAIL: 'klachten@balansborne.nl',
  ORGANISATION_WEBSITE: 'www.balansborne.nl',
  ORGANISATION_CONTACT: 'Bereikbaar op werkdagen van 9 tot 17 uur',
};
const DUTCH_LINES = [
  'Balans Borne',
  'Grotestraat 1, 7622 GM Borne',
  'Telefoon: 074 123 45 67',
  'E-mail: klachten@balansborne.nl',
  'Website: www.balansborne.nl',
  'Bereikbaar op werkdagen van 9 tot 17 uur',
];

const h = useHarness({ ...CONTACT, RECEIPT_CONFIRMATION: 'true' });
const b = useBrowserApp(h);

const pdfToText = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString();

/** The lines of a text, trimmed, without the empty ones. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

test('issue 19 item 6: R5: an e-mail to the complainant is signed with every way to reach the organisation, in order', async () => {
  const email = 'contact-mail@example.nl';
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Łucja Nowak', email } }));

  const [receipt] = await h.smtp.waitFor(email, 1);
  expect(receipt.subject).toContain(ref);
  const lines = linesOf(receipt.text!);
  const at = lines.indexOf('Balans Borne');
  expect(lines.slice(at, at + DUTCH_LINES.length)).toEqual(DUTCH_LINES);
});

test('issue 19 item 6: R5: an English e-mail carries the same details with English words', async () => {
  const email = 'contact-mail-en@example.nl';
  await h.file(writtenComplaint({ complainant: { name: 'Zoë Çelik', email, language: 'en' } }));

  const [receipt] = await h.smtp.waitFor(email, 1);
  const lines = linesOf(receipt.text!);
  expect(lines).toEqual(expect.arrayContaining(['Phone: 074 123 45 67', 'E-mail: klachten@balansborne.nl']));
  expect(lines).not.toContain('Telefoon: 074 123 45 67');
});

test('issue 19 item 6: R5: a printed letter carries the same lines (pdftotext)', async () => {
  const ref = await h.file(
    writtenComplaint({
      channel: 'letter',
      complainant: { name: 'Đorđe Šarić', address: 'Kerkstraat 2\n7622 AB Borne' },
    }),
  );
  await h.env.sleep('1 minute');
  const letter = await h.register.db.message.findFirstOrThrow({ where: { reference: ref, channel: 'letter' } });

  const pdf = await h.get(`/api/complaints/${ref}/messages/${letter.id}/letter.pdf`).buffer(true).parse(binaryBody);
  expect(pdf.status).toBe(200);
  const lines = linesOf(pdfToText(pdf.body as Buffer));
  const signature = lines.lastIndexOf('Balans Borne');
  expect(lines.slice(signature, signature + DUTCH_LINES.length)).toEqual(DUTCH_LINES);
});

test('issue 19 item 6: the public pages show the contact details in their footer', async () => {
  const page = await b.page();
  await page.goto('/klacht');
  const footer = page.locator('footer address');
  expect(linesOf(await footer.innerText())).toEqual(DUTCH_LINES.slice(1));

  await page.goto('/klacht?lang=en');
  expect(linesOf(await footer.innerText())).toContain('Phone: 074 123 45 67');
});

test('issue 19 item 6: without ORGANISATION_EMAIL the sender address of MAIL_FROM is the way back', () => {
  const config = loadConfig({ MAIL_FROM: 'Klachtenservice <klachten@voorbeeld.nl>' });
  expect(config.organisationContact).toEqual({ email: 'klachten@voorbeeld.nl' });
});
