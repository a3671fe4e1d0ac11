/**
 * Issue 19 item 7: a paper complainant follows the complaint with a short address, the reference and a
 * code a person can type (no look-alike characters), printed so that no line break falls inside them;
 * attempts are counted per reference, whoever asks; nothing secret is stored for the code. The letter is
 * read with pdftotext, the page is used in Chromium.
 */
import { execFileSync } from 'node:child_process';
import { CODE_ALPHABET } from '../activities/status-code';
import { useBrowserApp } from './support/browser';
import { useHarness, writtenComplaint } from './support/harness';
import { binaryBody } from './support/binary-body';

// Many tries from one client: the limit per reference must be the one that stops them.
const h = useHarness({ RECEIPT_CONFIRMATION: 'true', PUBLIC_INTAKE_MAX: '50' });
const b = useBrowserApp(h);

const pdfToText = (pdf: Buffer) => execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString();

/** A letter complaint's receipt, printed: the reference and the text of its PDF. */
async function printedReceipt(name: string): Promise<{ reference: string; text: string }> {
  const reference = await h.file(
    writtenComplaint({ channel: 'letter', complainant: { name, address: 'Kerkstraat 2\n7622 AB Borne' } }),
  );
  await h.env.sleep('1 minute');
  const letter = await h.register.db.message.findFirstOrThrow({ where: { reference, channel: 'letter' } });
  const pdf = await h
    .get(`/api/complaints/${reference}/messages/${letter.id}/letter.pdf`)
    .buffer(true)
    .parse(binaryBody);
  expect(pdf.status).toBe(200);
  return { reference, text: pdfToText(pdf.body as Buffer) };
}

const codeIn = (text: string) => /^\s*Code: (\S{4}) (\S{4}) (\S{4})\s*$/m.exec(text.replace(/\u00a0/g, ' '));

test('issue 19 item 7: a letter prints a short address, the reference and a typeable code, each whole on its line; no long link', async () => {
  const { reference, text } = await printedReceipt('Łucja Brzęczyszczykiewicz');
  const lines = text.split('\n').map((line) => line.trim());
  expect(lines).toContain(`${h.config.publicUrl}/s`);
  expect(lines).toContain(`Kenmerk: ${reference}`);
  const code = codeIn(text);
  expect(code).not.toBeNull();
  const typed = code!.slice(1).join('');
  expect(typed).toHaveLength(12);
  for (const c of typed) expect(CODE_ALPHABET).toContain(c);
  expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
  expect(text).not.toMatch(/\/status\/[A-Za-z0-9_-]{43}/);
  // Not stored: no column of the complaint holds the code.
  const row = await h.register.db.complaint.findUniqueOrThrow({ where: { reference } });
  expect(JSON.stringify(row)).not.toContain(typed);
});

test('issue 19 item 7: reference and code, typed as a person types them, open the status page', async () => {
  const { reference, text } = await printedReceipt('Đorđe Petrović');
  const [, a, b2, c] = codeIn(text)!;
  const page = await b.page();
  await page.goto('/s');
  await page.getByLabel('Kenmerk van uw klacht').fill(reference.toLowerCase());
  await page.getByLabel('Code', { exact: true }).fill(`${a.toLowerCase()} ${b2}-${c}`);
  await page.getByRole('button', { name: 'Naar mijn klacht' }).click();
  await page.waitForURL(/\/status\/[A-Za-z0-9_-]{43}$/);
  expect(await page.locator('h1').textContent()).toContain(reference);
});

test('issue 19 item 7: a wrong code is refused at its field; past 10 tries for one reference even the right code waits', async () => {
  const { reference, text } = await printedReceipt('Øystein Ñúñez');
  const right = codeIn(text)!.slice(1).join('');
  const page = await b.page();
  const attempt = async (code: string) => {
    await page.goto('/s');
    await page.getByLabel('Kenmerk van uw klacht').fill(reference);
    await page.getByLabel('Code', { exact: true }).fill(code);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Naar mijn klacht' }).click(),
    ]);
    return response.status();
  };
  const wrong = right.slice(0, 11) + (right[11] === 'A' ? 'B' : 'A');
  expect(await attempt(wrong)).toBe(400);
  expect(
    await page
      .getByRole('alert')
      .locator('a')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href'))),
  ).toEqual(['#code-code']);
  for (let i = 2; i <= 10; i++) expect(await attempt(wrong)).toBe(400);
  expect(await attempt(right)).toBe(429);
  expect(await page.getByRole('alert').textContent()).toContain('te vaak een verkeerde code');
});

test('issue 19 item 7: a paper complainant gets the code again by post with reference and postcode; a wrong postcode sends nothing, with the same answer', async () => {
  const { reference } = await printedReceipt('Søren Kierkegaard');
  const page = await b.page();
  const ask = async (postcode: string) => {
    await page.goto('/status');
    const form = page.locator('form[action="/status-by-post"]');
    await form.getByLabel('Kenmerk van uw klacht').fill(reference);
    await form.getByLabel('Postcode van uw adres').fill(postcode);
    await form.getByRole('button', { name: 'Stuur mij de code per post' }).click();
    await page.waitForURL('**/status?requested=post');
    return page.locator('.notice[role=status]').textContent();
  };
  const letters = () =>
    h.register.db.message.findMany({ where: { reference, purpose: 'status_link', channel: 'letter' } });

  const wrongAnswer = await ask('1234 XY');
  await h.env.sleep('1 minute');
  expect(await letters()).toHaveLength(0);

  expect(await ask('7622ab')).toBe(wrongAnswer);
  await h.env.sleep('1 minute');
  const [letter] = await letters();
  expect(letter).toMatchObject({ status: 'to_post', recipient: 'Søren Kierkegaard\nKerkstraat 2\n7622 AB Borne' });
  const pdf = await h
    .get(`/api/complaints/${reference}/messages/${letter.id}/letter.pdf`)
    .buffer(true)
    .parse(binaryBody);
  expect(codeIn(pdfToText(pdf.body as Buffer))).not.toBeNull();
});
