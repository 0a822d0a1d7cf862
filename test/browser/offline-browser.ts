/**
 * The headless-Chromium harness the browser tests share: Debian's /usr/bin/chromium through playwright-core with
 * a fresh profile, pages opened with every request other than the file itself refused and recorded, console
 * errors and dialogs collected, and a probe counting the marks of every Vega chart.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, it } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);
export const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';
export const artifacts = join(__dirname, '..', 'artifacts');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Declares how a browser suite behaves without Chromium: skipped with a message on a developer machine, a failing
 * test under CI (where .ci/run installs it). Returns whether the suite can run.
 */
export function guardChromium(suite: string): boolean {
  if (!chromiumAvailable && !inCi) {
    console.warn(`${suite} skipped: ${CHROMIUM} not found (Debian: apt-get install -y --no-install-recommends chromium)`);
  }
  describe.runIf(!chromiumAvailable && inCi)(`${suite} under CI`, () => {
    it('find Chromium', () => {
      throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt-get`);
    });
  });
  return chromiumAvailable;
}

export interface PageReport {
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
}

export interface OfflineBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchOfflineBrowser(): Promise<OfflineBrowser> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'procmine-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a file with every other request refused and recorded; waits until the page says its charts are done. */
export async function openOffline(context: BrowserContext, file: string): Promise<{ page: Page; seen: PageReport }> {
  const url = pathToFileURL(file).href;
  const seen: PageReport = { consoleErrors: [], requests: [], dialogs: [] };
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    seen.requests.push(route.request().url());
    return route.abort();
  });
  page.on('request', (request) => {
    if (request.url() !== url && !seen.requests.includes(request.url())) seen.requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') seen.consoleErrors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.consoleErrors.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-charts'), null, { timeout: 30_000 });
  return { page, seen };
}

/** Runs in the page: per chart placeholder, whether Vega drew an SVG and how many data marks it holds. */
export function chartMarks() {
  return [...document.querySelectorAll<HTMLElement>('[data-chart]')].map((el) => ({
    id: el.dataset.chart!,
    svg: el.querySelector('svg') !== null,
    marks: el.querySelectorAll('g.role-mark > path, g.role-mark > rect, g.role-mark > line, g.role-mark > g, g.role-mark > text').length,
  }));
}
