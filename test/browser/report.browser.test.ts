/**
 * The HTML report in a real browser: headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core)
 * opens reports of a shipped fixture and of a hostile hand-made log, and checks that every chart draws, the
 * process map is there, nothing is requested from the network, no error is logged, and the injected names show
 * as text without running. Screenshots go to test/artifacts/. Skips (with a message) only on a developer
 * machine without Chromium; under CI a missing browser fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { artifacts, chartMarks, guardChromium, launchOfflineBrowser, openOffline, type OfflineBrowser } from './offline-browser.js';
import { findBottlenecks } from '../../src/analytics/bottlenecks.js';
import { computeCycleTime } from '../../src/analytics/cycle-time.js';
import { parseCostTable } from '../../src/analytics/kpis.js';
import { computeVariants } from '../../src/analytics/variants.js';
import { readLog } from '../../src/log/read-log.js';
import { buildReportData } from '../../src/report/html/build-report-data.js';
import { renderBottlenecksHtml, renderCycleTimeHtml, renderVariantsHtml } from '../../src/report/html/render-analytics-html.js';
import { renderReportHtml } from '../../src/report/html/render-report-html.js';
import { readXssLog, realRenderSvg, XSS, XSS_CLOSE, XSS_COSTS_CSV, XSS_QUOTE } from '../report/report-fixtures.js';

const root = join(__dirname, '..', '..');
const available = guardChromium('browser tests');

describe.runIf(available)('HTML report in headless Chromium', () => {
  let browser: OfflineBrowser;
  let context: BrowserContext;
  const pages = new Map<string, string>();

  beforeAll(async () => {
    browser = await launchOfflineBrowser();
    context = browser.context;
    mkdirSync(artifacts, { recursive: true });
    const renderSvg = realRenderSvg;
    const write = (name: string, html: string) => {
      const file = join(artifacts, `report-${name}.html`);
      writeFileSync(file, html);
      pages.set(name, file);
    };
    const sepsis = await readLog(join(root, 'fixtures', 'logs', 'Sepsis Cases - Event Log.xes.gz'));
    write('sepsis', renderReportHtml(await buildReportData(sepsis, {
      source: 'Sepsis Cases - Event Log.xes.gz', slaSeconds: 7 * 86400, failureActivities: ['Return ER'],
    }, renderSvg)));
    const xss = await readXssLog();
    write('xss', renderReportHtml(await buildReportData(xss, {
      source: 'xss.csv', slaSeconds: 2 * 86400, by: 'day', groupBy: 'region', failureActivities: [XSS_CLOSE],
      cost: { kind: 'table', table: parseCostTable(XSS_COSTS_CSV, 'costs.csv') },
      conformance: { fitness: 0.9, fittingShare: 0.5, deviations: [{ activity: XSS, kind: 'skipped', count: 2, share: 1 / 3 }] },
    }, renderSvg)));
    write('variants', renderVariantsHtml(computeVariants(xss, { top: 50 }), { source: 'xss.csv' }));
    write('cycle-time', renderCycleTimeHtml(computeCycleTime(xss, { by: 'day', slaSeconds: 86400, groupBy: 'region' }), { source: 'xss.csv' }));
    write('bottlenecks', renderBottlenecksHtml(findBottlenecks(xss), { source: 'xss.csv' }));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const open = (name: string) => openOffline(context, pages.get(name)!);

  it.each(['sepsis', 'xss', 'variants', 'cycle-time', 'bottlenecks'])('%s: draws every chart, offline and without errors', async (name) => {
    const { page, seen } = await open(name);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-charts'))).toBe('ready');
    const charts = await page.evaluate(chartMarks);
    const specs = await page.evaluate(() => Object.keys(JSON.parse(document.getElementById('procmine-data')!.textContent!).charts));
    expect(charts.map((c) => c.id).sort()).toEqual([...specs].sort());
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.svg, chart.id).toBe(true);
      expect(chart.marks, `${chart.id} has marks`).toBeGreaterThan(0);
    }
    await page.screenshot({ path: join(artifacts, `report-${name}.png`), fullPage: true });
    expect(seen.requests).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    await page.close();
  });

  it('sepsis: shows the process map in both views', async () => {
    const { page, seen } = await open('sepsis');
    const visible = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.map-view')].map((el) => [el.dataset.view, !el.hidden, el.querySelectorAll('svg g.node').length]));
    const before = await visible();
    expect(before.map(([view, shown]) => [view, shown])).toEqual([['frequency', true], ['performance', false]]);
    for (const [, , nodes] of before) expect(nodes).toBeGreaterThan(5);
    expect(await page.locator('.map-view[data-view="frequency"] svg').isVisible()).toBe(true);
    await page.click('button[data-map-view="performance"]');
    expect((await visible()).map(([view, shown]) => [view, shown])).toEqual([['frequency', false], ['performance', true]]);
    expect(seen.consoleErrors).toEqual([]);
    await page.close();
  });

  it('xss: shows hostile names as text, in tables, the map, the selector and tooltips, and runs none of them', async () => {
    const { page, seen } = await open('xss');
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain(XSS);
    expect(text).toContain(XSS_QUOTE);
    const inMap = await page.evaluate((name) => [...document.querySelectorAll('.map-view text')].some((t) => t.textContent!.includes(name)), XSS);
    expect(inMap).toBe(true);
    // only the page's own scripts: the data block, three libraries and the page script; no injected element
    expect(await page.evaluate(() => document.scripts.length)).toBe(5);
    const injected = await page.evaluate(() =>
      document.querySelectorAll('main img, main [onload], main [onerror]').length + [...document.querySelectorAll('main b')].filter((b) => b.textContent === 'bold').length);
    expect(injected).toBe(0);

    // the variant selector fills the detail with the chosen variant, as text, and highlights its bar
    const ranks = await page.evaluate(() => [...document.querySelectorAll<HTMLOptionElement>('#variant-select option')].map((o) => o.value));
    for (const rank of ranks) {
      await page.selectOption('#variant-select', rank);
      expect(await page.textContent('#variant-detail')).toContain(`Variant ${rank}`);
    }
    const detail = await page.evaluate(() => [...document.querySelectorAll('#variant-detail .act')].map((a) => a.textContent));
    expect(detail.length).toBeGreaterThan(0);
    const highlighted = await page.evaluate(() => document.querySelectorAll('#chart-variants-pareto path[fill="#e65100"]').length);
    expect(highlighted).toBe(1);

    // a tooltip over the longest waiting path shows the names escaped
    const bar = page.locator('#chart-bottleneck-edges g.role-mark > path').first();
    await bar.hover();
    await page.waitForSelector('#vg-tooltip-element.visible', { timeout: 5000 });
    const tooltip = await page.evaluate(() => {
      const el = document.getElementById('vg-tooltip-element')!;
      return { text: el.textContent ?? '', elements: el.querySelectorAll('script, img, b').length };
    });
    expect(tooltip.text).toContain('→');
    expect(tooltip.elements).toBe(0);
    await page.screenshot({ path: join(artifacts, 'report-xss-interacted.png'), fullPage: false });
    expect(seen.dialogs).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.requests).toEqual([]);
    await page.close();
  });
});
