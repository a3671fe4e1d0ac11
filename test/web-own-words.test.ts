/**
 * Issue 19 item 5: every message a page shows is ours, in the page's language, worded from a code — never
 * the validation library's English — and one submission shows all of its problems at once.
 */
import type { Page } from 'playwright-core';
import { useBrowserApp } from './support/browser';
import { useHarness, writtenComplaint } from './support/harness';

const h = useHarness();
const b = useBrowserApp(h);
const PASSWORD = 'correct paard batterij nietje';

beforeAll(async () => {
  await b.givePassword('desk', PASSWORD);
});

async function signedIn(): Promise<Page> {
  const page = await b.page();
  await b.signIn(page, 'desk', PASSWORD);
  return page;
}

/** The validation library's own wording, as it would read if it reached a page. */
const LIBRARY_ENGLISH = /Invalid input|Invalid email|Expected |Required|String must|Too (big|small)|Unrecognized/i;

test('issue 19 item 5: the contact correction form answers a wrong e-mail address in Dutch at its field, keeping what was typed', async () => {
  const reference = await h.file(writtenComplaint());
  const desk = await signedIn();
  await desk.goto(`/app/complaints/${reference}`);
  await desk.locator('details.action > summary', { hasText: 'Contactgegevens corrigeren' }).click();
  const form = desk.locator(`form[action$="/${reference}/complainant"]`);
  await form.getByLabel(/^E-mailadres/).fill('jan-at-example.nl');
  await form.getByRole('button', { name: 'Gegevens opslaan' }).click();

  const summary = await desk.getByRole('alert').textContent();
  const atField = await desk.locator('[id$="complainant-email-error"]').textContent();
  expect(atField).toMatch(/^E-mailadres: /);
  expect(atField).toMatch(/e-mailadres/i);
  expect(`${summary} ${atField}`).not.toMatch(LIBRARY_ENGLISH);
  expect(
    await desk
      .locator(`form[action$="/${reference}/complainant"]`)
      .getByLabel(/^E-mailadres/)
      .inputValue(),
  ).toBe('jan-at-example.nl');
  // Nothing changed in the register.
  const row = await h.register.db.complaint.findUniqueOrThrow({ where: { reference } });
  expect(row.complainantEmail).toBe('jan@example.nl');
  await desk.context().close();
});

test('issue 19 item 5: an intake with four problems names all four after one submission, each in Dutch', async () => {
  const desk = await signedIn();
  await desk.goto('/app/complaints/new');
  await desk.getByLabel('E-mail', { exact: true }).check();
  await desk.getByLabel('Naam van de klager').fill('Zoë Øvergaard');
  await desk.getByLabel(/^E-mailadres/).fill('geen adres');
  // A receipt in the future: a date the desk cannot have received it on.
  const inTenDays = new Date((await h.now()).getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
  await desk.getByLabel(/^Datum van ontvangst/).fill(inTenDays);
  await desk.getByRole('button', { name: 'Klacht registreren' }).click();

  const links = await desk
    .getByRole('alert')
    .locator('a')
    .evaluateAll((a) => a.map((l) => l.getAttribute('href')));
  expect(links).toEqual(
    expect.arrayContaining([
      '#intake-subject',
      '#intake-description',
      '#intake-complainant-email',
      '#intake-receivedAt',
    ]),
  );
  const summary = (await desk.getByRole('alert').textContent()) ?? '';
  expect(summary).not.toMatch(LIBRARY_ENGLISH);
  expect(await desk.getByLabel('Naam van de klager').inputValue()).toBe('Zoë Øvergaard');
  await desk.context().close();
});
