/**
 * The real app on a loopback port and one Chromium (Debian's, through playwright-core) for a whole test
 * file: launching a browser costs about half a second, a fresh context per test a few milliseconds.
 * Each test gets its own context, so cookies never leak from one test into the next.
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { setPassword } from '../../api/auth/accounts';
import type { Harness } from './harness';
import { ROOT } from './paths';

/** Debian's package; `npx playwright install` cannot download a browser here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** Where screenshots go: `.cache/` by default; SCREENSHOT_DIR=docs/screenshots refreshes the committed ones. */
export const SCREENSHOT_DIR = path.resolve(ROOT, process.env.SCREENSHOT_DIR ?? path.join('.cache', 'screenshots'));

export const LAPTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface BrowserApp {
  /** The app's address, e.g. http://127.0.0.1:40123 */
  base: string;
  browser: Browser;
  /** A new page in a context of its own (no cookies), at laptop size unless told. */
  page(viewport?: { width: number; height: number }): Promise<Page>;
  /** Signs in through the sign-in form and waits for the person's start (the inbox; an operator's: the accounts). */
  signIn(page: Page, login: string, password: string): Promise<void>;
  /** Gives account `id` a password. */
  givePassword(id: string, password: string): Promise<void>;
  screenshot(page: Page, name: string): Promise<string>;
  /**
   * What the browser's console reported as errors on any page so far, such as a refused inline style
   * (CSP); answers with an error status (a refused sign-in) are expected and left out.
   */
  consoleErrors: string[];
}

export function useBrowserApp(h: Harness): BrowserApp {
  const app = { consoleErrors: [] as string[] } as BrowserApp;
  let server: Server;

  beforeAll(async () => {
    server = await new Promise<Server>((resolve) => {
      const s = h.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    app.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    app.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await app.browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  app.page = async (viewport = LAPTOP) => {
    const context = await app.browser.newContext({ viewport, baseURL: app.base, locale: 'nl-NL' });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        app.consoleErrors.push(`${page.url()}: ${message.text()}`);
      }
    });
    return page;
  };
  app.signIn = async (page, login, password) => {
    await page.goto('/app/sign-in');
    await page.getByLabel('Loginnaam').fill(login);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => url.pathname === '/app' || url.pathname === '/app/accounts');
  };
  app.givePassword = (id, password) => setPassword(h.register.db, id, password);
  app.screenshot = async (page, name) => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  };
  return app;
}

/**
 * What axe finds serious or critical on the page as it is now, one line per rule and its elements. axe-core
 * runs in the page's own document (none of our pages has frames), put there once per document, and keeps
 * only what it finds wrong. @axe-core/playwright's AxeBuilder took 1.0–1.5 s a scan, most of it spent
 * putting frames' results together in a page it opened for that; this takes about 0.25 s. The evaluation
 * comes from the test, not the page, so the pages' Content-Security-Policy does not apply to it.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // The functions run in the page, on its globals (the project's types have no DOM); only types come along.
  type InPage = { axe?: typeof axe; document: axe.ElementContext };
  if (!(await page.evaluate(() => (globalThis as unknown as InPage).axe !== undefined)))
    await page.evaluate(axe.source);
  const { violations } = await page.evaluate(() => {
    const { axe: inPage, document } = globalThis as unknown as Required<InPage>;
    return inPage.run(document, { resultTypes: ['violations'] });
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${page.url()} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Waits until `check` holds: for what the worker does after a page has answered (a letter, a mail). */
export async function until<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
