/**
 * Issue 19, "what a desk expects": answer templates. An operator keeps them (Dutch and English) in the
 * register at /app/templates; a handler chooses one on the reply form, which fills in its text to edit;
 * the preview shows the result; what is sent is the edited text. In Chromium, the mail over real SMTP.
 */
import type { Page } from 'playwright-core';
import { seriousViolations, useBrowserApp } from './support/browser';
import { useHarness, writtenComplaint } from './support/harness';

const h = useHarness();
const b = useBrowserApp(h);
const PASSWORD = 'correct paard batterij nietje';

beforeAll(async () => {
  for (const id of ['operator-1', 'handler-1']) await b.givePassword(id, PASSWORD);
});

async function as(login: string): Promise<Page> {
  const page = await b.page();
  await b.signIn(page, login, PASSWORD);
  return page;
}

async function newTemplate(page: Page, title: string, language: 'Nederlands' | 'Engels', text: string) {
  const form = page.locator('form[action="/app/templates"]');
  await form.getByLabel('Titel').fill(title);
  await form.getByLabel(language, { exact: true }).check();
  await form.getByLabel('Tekst').fill(text);
  await form.getByRole('button', { name: 'Sjabloon opslaan' }).click();
  await page.waitForURL('**/app/templates?done=saved');
}

test('issue 19 desk: an operator keeps reply templates per language; a title is unique per language', async () => {
  const page = await as('operator-1');
  await page.getByRole('link', { name: 'Antwoordsjablonen' }).click();
  await page.waitForURL('**/app/templates');
  await newTemplate(page, 'Excuses en creditering', 'Nederlands', 'Onze excuses. Wij crediteren het bedrag.');
  await newTemplate(page, 'Apology and credit', 'Engels', 'Our apologies. We credit the amount.');

  // The same title in the same language again: refused at the field, nothing stored twice.
  const form = page.locator('form[action="/app/templates"]');
  await form.getByLabel('Titel').fill('Excuses en creditering');
  await form.getByLabel('Nederlands', { exact: true }).check();
  await form.getByLabel('Tekst').fill('Iets anders.');
  await form.getByRole('button', { name: 'Sjabloon opslaan' }).click();
  expect(
    await page
      .getByRole('alert')
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  ).toEqual(['#template-new-title']);
  expect(await h.register.db.answerTemplate.count()).toBe(2);
  expect(await seriousViolations(page)).toEqual([]);

  // Changed, then one deleted.
  const dutch = await h.register.db.answerTemplate.findFirstOrThrow({ where: { language: 'nl' } });
  await page.goto('/app/templates');
  await page.locator('details.action > summary', { hasText: 'Excuses en creditering' }).click();
  const edit = page.locator(`form[action="/app/templates/${dutch.id}"]`);
  await edit.getByLabel('Tekst').fill('Onze excuses. Wij crediteren het dubbel betaalde bedrag.');
  await edit.getByRole('button', { name: 'Sjabloon opslaan' }).click();
  await page.waitForURL('**/app/templates?done=saved');
  expect((await h.register.db.answerTemplate.findUniqueOrThrow({ where: { id: dutch.id } })).text).toContain(
    'dubbel betaalde',
  );
  expect(await page.locator('.app-nav').textContent()).toContain('Antwoordsjablonen');
});

test('issue 19 desk: a handler chooses a template in the complaint’s language, edits it, previews and sends it', async () => {
  const email = 'sjabloon@example.nl';
  const ref = await h.file(writtenComplaint({ complainant: { name: 'Zoë Çelik', email } }));
  const page = await as('handler-1');
  // A handler does not keep templates.
  expect(await page.locator('.app-nav').textContent()).not.toContain('Antwoordsjablonen');
  expect((await page.goto('/app/templates'))!.status()).toBe(403);

  await page.goto(`/app/complaints/${ref}`);
  await page.locator('details.action > summary', { hasText: 'Reactie versturen' }).click();
  const reply = page.locator('form[action$="/actions/reply-sent"]');
  // Only the Dutch ones for a Dutch complaint.
  expect(await reply.getByLabel('Antwoordsjabloon').locator('option').allTextContents()).toEqual([
    'Excuses en creditering',
  ]);
  await reply.getByLabel(/^Per e-mail/).check();
  await reply.getByRole('button', { name: 'Sjabloon invullen' }).click();
  const text = reply.getByLabel('Tekst van de reactie');
  expect(await text.inputValue()).toBe('Onze excuses. Wij crediteren het dubbel betaalde bedrag.');
  // The choice of channel stays as it was.
  expect(await reply.getByLabel(/^Per e-mail/).isChecked()).toBe(true);

  await text.fill(`${await text.inputValue()} U ziet het op uw volgende factuur.`);
  await reply.getByRole('button', { name: 'Voorbeeld' }).click();
  const shown = await page.locator('#reply-sent-preview .preview__body').innerText();
  expect(shown).toContain(
    'Onze excuses. Wij crediteren het dubbel betaalde bedrag. U ziet het op uw volgende factuur.',
  );

  await reply.getByRole('button', { name: 'Reactie versturen' }).click();
  await page.waitForURL('**?done=reply-sent');
  const [mail] = await h.smtp.waitFor(email, 1);
  expect(mail.text).toContain('dubbel betaalde bedrag. U ziet het op uw volgende factuur.');
});
