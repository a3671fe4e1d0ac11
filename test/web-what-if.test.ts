/**
 * Issue 22, R6: the what-if page in a real browser (Debian's Chromium). A manager fills in a proposal,
 * waits on the page that reloads itself while the workflow replays, and reads the answer: the table side
 * by side, the complaint whose outcome changes linked to its page, faithfulness, the CSV. A setting that
 * cannot be read comes back at its field; a handler sees no way in and gets the 403 page.
 */
import type { Page } from 'playwright-core';
import { LAPTOP, seriousViolations, useBrowserApp } from './support/browser';
import { useHarness, writtenComplaint } from './support/harness';
import { at, nextDay } from './support/moments';
import { BUNDLE_PATH } from './support/paths';

const DAY = 24 * 60 * 60 * 1000;
const PASSWORD = 'correct paard batterij nietje';

const h = useHarness({ WORKFLOW_BUNDLE: BUNDLE_PATH });
const b = useBrowserApp(h);
let day: string;
let late: string;

// Under the harness's terms (14 calendar days) a written complaint's acknowledgement promises D+42, under
// 10 days D+38 (test/what-if.test.ts): a reply on day 40 keeps the one and breaks the other.
beforeAll(async () => {
  for (const id of ['manager-1', 'handler-1']) await b.givePassword(id, PASSWORD);
  day = nextDay(new Date((await h.now()).getTime() + DAY), () => true, '10:00').date;
  await h.sleepUntil(at(day, '10:00'));
  const early = await h.file(writtenComplaint({ receivedAt: at(day, '10:00') }));
  late = await h.file(writtenComplaint({ receivedAt: at(day, '10:00') }));
  const reply = { channel: 'email', text: 'Ons antwoord.' };
  await h.sleepUntil(new Date(Date.parse(at(day, '10:00')) + 5 * DAY).toISOString());
  expect((await h.act(early, 'reply-sent', reply, 'handler')).status).toBe(200);
  await h.sleepUntil(new Date(Date.parse(at(day, '10:00')) + 40 * DAY).toISOString());
  expect((await h.act(late, 'reply-sent', reply, 'handler')).status).toBe(200);
  await h.env.sleep(10 * DAY);
}, 120_000);

afterAll(() => {
  expect(b.consoleErrors).toEqual([]);
});

async function as(login: string): Promise<Page> {
  const page = await b.page(LAPTOP);
  await b.signIn(page, login, PASSWORD);
  return page;
}

test('R6/issue 22: a manager tries 10 days for a reply, waits on the running page, and reads the answer', async () => {
  const page = await as('manager-1');
  await page.goto('/app/reports');
  await page.getByRole('link', { name: /^Wat als de procedure anders was/ }).click();
  await page.waitForURL('**/app/reports/what-if');
  await page.getByLabel(/^Van/).fill(day);
  await page.getByLabel(/^Tot en met/).fill(day);
  await page.getByLabel(/^Antwoordtermijn in dagen/).fill('10');
  await page.getByRole('button', { name: 'Doorrekenen' }).click();
  await page.waitForURL(/\/app\/reports\/what-if\/runs\/what-if-[0-9a-f]{20}$/);
  const table = page.locator('table', { has: page.locator('caption', { hasText: 'naast elkaar' }) });
  // The running page reloads itself every 3 seconds until the answer is in.
  await table.waitFor({ timeout: 120_000 });
  expect(await page.locator('h1').textContent()).toBe('Wat als de procedure anders was');
  expect(await page.locator('.lead').textContent()).toContain('REPLY_TERM_DAYS=10');
  const row = (label: string) =>
    table
      .locator('tbody tr', { has: page.locator('th', { hasText: label }) })
      .first()
      .locator('td');
  expect((await row('Klachten').allTextContents()).map((s) => s.trim())).toEqual(['2', '2', '']);
  expect((await row('Toezeggingen niet nagekomen').allTextContents()).map((s) => s.trim())).toEqual(['0', '1', '+1']);
  const changed = page.locator('table', { has: page.locator('caption', { hasText: 'andere uitkomst' }) });
  expect(await changed.getByRole('link').allTextContents()).toEqual([late]);
  expect(await changed.getByRole('link').getAttribute('href')).toBe(`/app/complaints/${late}`);
  expect(await page.locator('#faithfulness').textContent()).toContain('2 van de 2 klachten');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Deze uitkomst als CSV' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe(`klachten-wat-als-${day}-${day}.csv`);
  expect(await seriousViolations(page)).toEqual([]);
  await b.screenshot(page, 'what-if-two-complaints-laptop');

  // The same request again joins the run: the same page, with the answer.
  const url = page.url();
  await page.goto('/app/reports/what-if?lang=en');
  await page.getByLabel(/^From/).fill(day);
  await page.getByLabel(/^Up to and including/).fill(day);
  await page.getByLabel(/^Reply term in days/).fill('10');
  await page.getByRole('button', { name: 'Work it out' }).click();
  await page.waitForURL(/\/runs\//);
  expect(page.url() === url || (await page.locator('h1').textContent()) === 'Working it out…').toBe(true);
  await page.context().close();
});

test('R6/issue 22: a setting that cannot be read comes back at its field, in our words', async () => {
  const page = await as('manager-1');
  await page.goto('/app/reports/what-if');
  await page.getByLabel(/^Antwoordtermijn in dagen/).fill('binnenkort');
  await page.getByRole('button', { name: 'Doorrekenen' }).click();
  const alert = page.getByRole('alert');
  expect(await alert.textContent()).toContain('Antwoordtermijn in dagen (REPLY_TERM_DAYS): dit is niet goed ingevuld.');
  expect(await alert.getByRole('link').first().getAttribute('href')).toBe('#what-if-replyTermDays');
  expect(await page.getByLabel(/^Antwoordtermijn in dagen/).inputValue()).toBe('binnenkort');
  await page.getByLabel(/^Antwoordtermijn in dagen/).fill('10');
  await page.getByLabel(/^Verdere instellingen/).fill('SMTP_URL=x');
  await page.getByRole('button', { name: 'Doorrekenen' }).click();
  expect(await alert.textContent()).toContain('Verdere instellingen: kies een van de mogelijkheden.');
  expect(await alert.getByRole('link').first().getAttribute('href')).toBe('#what-if-more');
  expect(await page.getByLabel(/^Verdere instellingen/).inputValue()).toBe('SMTP_URL=x');
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/app/reports/what-if/runs/what-if-0123456789abcdef0123');
  expect(await page.locator('h1').textContent()).toBe('Pagina niet gevonden');
  await page.context().close();
});

test('R6/issue 22: a handler has no way to the what-if and gets the 403 page', async () => {
  const page = await as('handler-1');
  expect(await page.getByRole('link', { name: 'Rapportage' }).count()).toBe(0);
  for (const path of ['/app/reports/what-if', '/app/reports/what-if/runs/what-if-0123456789abcdef0123']) {
    expect((await page.request.get(path)).status()).toBe(403);
  }
  await page.goto('/app/reports/what-if');
  expect(await page.locator('h1').textContent()).toBe('Geen toegang');
  await page.context().close();
});
