/**
 * R6: the report page in a real browser (Debian's Chromium), on the register of known complaints in
 * support/report-fixture.ts, measured at its fixed moment: the figures the fixture's table gives by hand,
 * each beside the period before; the charts load as images; both CSVs download through the session; a
 * bad period comes back at its fields; axe finds nothing serious; only managers and operators see it.
 */
import type { Page } from 'playwright-core';
import { createApp } from '../api/app';
import { todayIn } from '../domain/report-period';
import { LAPTOP, PHONE, seriousViolations, useBrowserApp } from './support/browser';
import { useHarness } from './support/harness';
import { fillReportFixture, MEASURED_AT } from './support/report-fixture';

const h = useHarness();
beforeAll(async () => {
  // The figures are measured at the fixture's moment, whatever day the tests run on (before the browser's app starts).
  h.app = createApp({
    db: h.register.db,
    client: h.env.client,
    config: h.config,
    keys: h.keys,
    mailer: h.mailer,
    clock: async () => MEASURED_AT,
  });
  await fillReportFixture(h.register.db);
});
const b = useBrowserApp(h);

/** What the test reads of an <img> (the DOM's types are not in this project's lib). */
interface Img {
  complete: boolean;
  naturalWidth: number;
  decode(): Promise<void>;
}

const PASSWORD = 'correct paard batterij nietje';
const REPORT = '/app/reports?from=2026-04-01&to=2026-11-30';

beforeAll(async () => {
  for (const id of ['manager-1', 'handler-1', 'operator-1']) await b.givePassword(id, PASSWORD);
});

async function as(login: string, viewport = LAPTOP): Promise<Page> {
  const page = await b.page(viewport);
  await b.signIn(page, login, PASSWORD);
  return page;
}

/** The row of table `caption` whose header is `label`: [this period, the period before]. */
async function figures(page: Page, caption: string, label: string): Promise<string[]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  const row = table.locator('tbody tr', { has: page.locator('th', { hasText: label }) });
  return (await row.first().locator('td').allTextContents()).map((s) => s.trim());
}

afterAll(() => {
  expect(b.consoleErrors).toEqual([]);
});

test('R6: a manager reads the report of a period — every figure beside the period before, as counted by hand', async () => {
  const page = await as('manager-1');
  await page.getByRole('link', { name: 'Rapportage' }).click();
  await page.waitForURL('**/app/reports');
  // Issue 19 item 10: the year so far, today included, as the API; the form says so.
  const today = todayIn(MEASURED_AT, h.config.terms.timeZone);
  expect(await page.getByLabel(/^Van/).inputValue()).toBe(`${today.slice(0, 4)}-01-01`);
  expect(await page.getByLabel(/^Tot en met/).inputValue()).toBe(today);
  expect(await page.locator('#period-shown').textContent()).toMatch(/^Getoond: dit jaar tot en met vandaag \(/);
  await page.getByLabel(/^Van/).fill('2026-04-01');
  await page.getByLabel(/^Tot en met/).fill('2026-11-30');
  await page.getByRole('button', { name: 'Rapportage tonen' }).click();
  await page.waitForURL((url) => url.pathname + url.search === REPORT);
  expect(await page.locator('h1').textContent()).toBe('Rapportage');
  expect(await page.locator('.lead').textContent()).toContain('1 apr 2026 t/m 30 nov 2026');
  expect(await page.locator('#period-shown').textContent()).toBe('Getoond: 1 apr 2026 t/m 30 nov 2026.');

  expect(await figures(page, 'Ontvangen klachten', 'Ontvangen klachten')).toEqual(['12', '3']);
  expect(await figures(page, 'Klachten per maand', 'november 2026')).toEqual(['5', '2 (maart 2026)']);
  expect(await figures(page, 'Per kanaal', 'E-mail')).toEqual(['8', '2']);
  expect(await figures(page, 'Per dienst', 'Niet vastgelegd')).toEqual(['7', '3']);
  expect(await figures(page, 'Tijdigheid', 'Binnen de termijn')).toEqual([
    '88% (7 van 8); 1 loopt nog',
    '100% (2 van 2)',
  ]);
  expect(await figures(page, 'Tijdigheid', 'Toezeggingen nagekomen')).toEqual([
    '33% (1 van 3); 1 loopt nog',
    'nog niets beslist',
  ]);
  expect(await figures(page, 'Tijdigheid', 'Op tijd teruggebeld')).toEqual(['50% (1 van 2)', '100% (1 van 1)']);
  expect(await figures(page, 'Tijdigheid', 'mediaan')).toEqual(['6 dagen (5 antwoorden)', '0,4 dagen (2 antwoorden)']);
  expect(await figures(page, 'Tijdigheid', '90% binnen')).toEqual([
    '20 dagen (5 antwoorden)',
    '5 dagen (2 antwoorden)',
  ]);
  expect(await figures(page, 'Openstaand op 30 nov 2026', 'Totaal openstaand')).toEqual(['8', '1']);
  expect(await figures(page, 'Openstaand op 30 nov 2026', '>56 dagen')).toEqual(['2', '0']);
  expect(await figures(page, 'Verbetermaatregelen', 'Maatregelen genomen')).toEqual(['3', '1']);
  expect(await page.locator('table', { hasText: 'De meest recente' }).locator('tbody th').allTextContents()).toEqual([
    'KL-2026-00004',
    'KL-2026-00001',
    'KL-2026-00012',
  ]);
  expect(await figures(page, 'Tevredenheid', 'Gemiddeld cijfer')).toEqual(['3', '5']);
  expect(await figures(page, 'Tevredenheid', 'Cijfer 2')).toEqual(['1', '0']);

  // The charts: images of the web app's own SVGs, each with words for those who cannot see it.
  const images = page.locator('img');
  expect(await images.count()).toBe(5);
  for (const img of await images.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect(
      img.evaluate((e) => ((e as unknown as Img).complete ? (e as unknown as Img).naturalWidth : 0)),
    ).resolves.toBeGreaterThan(0);
    expect(await img.getAttribute('alt')).toMatch(/^(Lijngrafiek|Staafdiagram) van .{40,}/);
    const chart = await page.request.get((await img.getAttribute('src'))!);
    expect(chart.status()).toBe(200);
    expect(chart.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  }

  // Both files download through the session.
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
    return { name: file.suggestedFilename(), text: (await (await file.createReadStream()).toArray()).join('') };
  };
  const summary = await download('Deze cijfers als CSV');
  expect(summary.name).toBe('klachten-samenvatting-2026-04-01-2026-11-30.csv');
  expect(summary.text).toContain('volume,total,,12,3\r\n');
  const complaints = await download('De klachten van deze periode als CSV');
  expect(complaints.text.split('\r\n').filter((l) => /^KL-/.test(l))).toHaveLength(12);
  expect(complaints.text).not.toContain('@');

  expect(await seriousViolations(page)).toEqual([]);
  await page.context().close();
});

test('R6: a period that cannot be read comes back to the form, each problem at its field', async () => {
  const page = await as('manager-1');
  await page.goto('/app/reports?from=2026-12-01&to=2026-11-30');
  expect(await page.getByRole('alert').textContent()).toContain('Van: kies een datum die niet na de laatste dag ligt.');
  expect(await page.getByRole('alert').getByRole('link').getAttribute('href')).toBe('#period-from');
  expect(await page.locator('#period-from').getAttribute('aria-invalid')).toBe('true');
  expect(await page.locator('table').count()).toBe(0);
  await page.goto('/app/reports?from=2026-02-30&to=2026-03-31');
  expect(await page.locator('.field__error').allTextContents()).toEqual(['Van: vul een datum in.']);
  await page.goto('/app/reports?from=2026-01-01&to=');
  expect(await page.locator('.field__error').allTextContents()).toEqual([
    'Tot en met: vul beide datums in, of laat beide leeg.',
  ]);
  expect(await page.getByLabel(/^Van/).inputValue()).toBe('2026-01-01');
  expect(await seriousViolations(page)).toEqual([]);
  await page.context().close();
});

test('R6: a handler sees no report in the menu and gets the 403 page; an operator reads it, in English too', async () => {
  const handler = await as('handler-1');
  expect(await handler.getByRole('link', { name: 'Rapportage' }).count()).toBe(0);
  for (const path of [
    REPORT,
    '/app/reports/summary.csv',
    '/app/reports/charts/channels.svg',
    '/app/reports/complaints.csv',
  ]) {
    const res = await handler.request.get(path);
    expect(res.status()).toBe(403);
  }
  await handler.goto(REPORT);
  expect(await handler.locator('h1').textContent()).toBe('Geen toegang');
  await handler.context().close();

  const operator = await as('operator-1');
  await operator.goto(`${REPORT}&lang=en`);
  expect(await operator.locator('h1').textContent()).toBe('Reports');
  expect(await figures(operator, 'Timeliness', 'Replied to or acknowledged')).toEqual([
    '88% (7 of 8); 1 still running',
    '100% (2 of 2)',
  ]);
  // An operator reads reports, not complaints: the references are no links.
  expect(await operator.locator('table', { hasText: 'The most recent' }).getByRole('link').count()).toBe(0);
  await operator.context().close();
});

test('screenshots of the report at laptop and phone widths', async () => {
  for (const [size, viewport] of [
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ] as const) {
    const page = await as('manager-1', viewport);
    await page.goto(REPORT);
    for (const img of await page.locator('img').all()) {
      await img.scrollIntoViewIfNeeded();
      await img.evaluate((e) => (e as unknown as Img).decode());
    }
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
    await b.screenshot(page, `reports-${size}`);
    await page.context().close();
  }
});
