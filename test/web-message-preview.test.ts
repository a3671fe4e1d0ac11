/**
 * Issue 19 item 4 (the double greeting): a form that writes to the complainant says what the message holds
 * around the text, and "Voorbeeld" shows the exact message — made by the composer that sends it — before it
 * goes. Proven in Chromium against what then arrives over real SMTP.
 */
import type { Page } from 'playwright-core';
import { seriousViolations, useBrowserApp } from './support/browser';
import { useHarness, writtenComplaint } from './support/harness';

const h = useHarness({ ORGANISATION_PHONE: '074 123 45 67' });
const b = useBrowserApp(h);
const PASSWORD = 'correct paard batterij nietje';
const LINK_WORDS = '[persoonlijke statuslink]';

beforeAll(() => b.givePassword('handler-1', PASSWORD));

async function replyForm(reference: string): Promise<Page> {
  const page = await b.page();
  await b.signIn(page, 'handler-1', PASSWORD);
  await page.goto(`/app/complaints/${reference}`);
  await page.locator('details.action > summary', { hasText: 'Reactie versturen' }).click();
  return page;
}
const reply = (page: Page) => page.locator('form[action$="/actions/reply-sent"]');

test('issue 19 item 4: the reply form says what the message holds around the text, and the preview is exactly the e-mail that goes', async () => {
  const email = 'dorde@example.nl';
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Đorđe Šarić', email } }));
  const page = await replyForm(ref);
  expect(await reply(page).locator('.message-frame').textContent()).toContain('(Đorđe Šarić)');

  await reply(page)
    .getByLabel(/^Per e-mail/)
    .check();
  await reply(page)
    .getByLabel('Tekst van de reactie')
    .fill('Wij hebben de factuur gecrediteerd.\n\nHet bedrag staat binnen een week op uw rekening.');
  await reply(page).getByRole('button', { name: 'Voorbeeld' }).click();
  await page.waitForURL(`**/app/complaints/${ref}/actions/reply-sent/preview`);

  const preview = page.locator('#reply-sent-preview');
  expect(await preview.locator('.preview__head').innerText()).toContain(`Reactie op uw klacht (${ref})`);
  expect(await preview.locator('.preview__head').innerText()).toContain(email);
  const shown = await preview.locator('.preview__body').innerText();
  expect(shown.startsWith('Beste Đorđe Šarić,\n\nWij hebben de factuur gecrediteerd.')).toBe(true);
  // One greeting: the composer's, never a second one.
  expect(shown.match(/Beste/g)).toHaveLength(1);
  expect(shown).toContain(LINK_WORDS);
  expect(shown).toContain('Telefoon: 074 123 45 67');
  expect(await seriousViolations(page)).toEqual([]);
  // The form is still filled in: the person sends what they saw.
  expect(await reply(page).getByLabel('Tekst van de reactie').inputValue()).toContain('binnen een week');

  await reply(page).getByRole('button', { name: 'Reactie versturen' }).click();
  await page.waitForURL('**?done=reply-sent');
  const [mail] = await h.smtp.waitFor(email, 1);
  expect(mail.subject).toBe(`Reactie op uw klacht (${ref})`);
  const link = new RegExp(`^${h.config.publicUrl}/status/[A-Za-z0-9_-]+$`, 'm').exec(mail.text!)![0];
  expect(mail.text!.trim()).toBe(shown.replace(LINK_WORDS, link).trim());
});

test('issue 19 item 4: a letter previews with its address; a preview without text names the field', async () => {
  const ref = await h.file(
    writtenComplaint({ complainant: { name: 'Ñúñez Øvergaard', address: 'Kerkstraat 2\n7622 AB Borne' } }),
  );
  const page = await replyForm(ref);
  await reply(page)
    .getByLabel(/^Per brief/)
    .check();
  await reply(page).getByRole('button', { name: 'Voorbeeld' }).click();
  expect(
    await page
      .getByRole('alert')
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  ).toEqual(['#reply-sent-text']);

  await reply(page).getByLabel('Tekst van de reactie').fill('Wij sturen u een nieuwe factuur.');
  await reply(page).getByRole('button', { name: 'Voorbeeld' }).click();
  const head = await page.locator('#reply-sent-preview .preview__head').innerText();
  expect(head).toContain('per brief');
  expect(head).toContain('Kerkstraat 2');
  expect(await h.register.db.message.count({ where: { reference: ref, purpose: 'reply' } })).toBe(0);
});
