/**
 * The comparison report in headless Chromium (/usr/bin/chromium via playwright-core), for receipt split by channel
 * and a hostile pair of logs: every chart drawn with marks, the difference map whole, no request, no console error,
 * injected names shown as text. Screenshots go to test/artifacts/. Skips only without Chromium outside CI.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { artifacts, chartMarks, guardChromium, launchOfflineBrowser, openOffline, type OfflineBrowser } from './offline-browser.js';
import { compareGroups, type CompareOptions } from '../../src/analytics/compare/compare-groups.js';
import type { LogGroup } from '../../src/analytics/compare/log-group.js';
import { buildCompareReportData } from '../../src/report/html/compare/build-compare-report-data.js';
import { renderCompareHtml } from '../../src/report/html/compare/render-compare-html.js';
import { realRenderSvg } from '../report/report-fixtures.js';
import { readReceiptGroups, readXssPair, XSS, XSS_CLOSE, XSS_GROUP, XSS_QUOTE } from '../report/compare/compare-fixtures.js';

const available = guardChromium('comparison browser tests');

describe.runIf(available)('HTML comparison report in headless Chromium', () => {
  let browser: OfflineBrowser;
  let context: BrowserContext;
  const pages = new Map<string, string>();

  beforeAll(async () => {
    browser = await launchOfflineBrowser();
    context = browser.context;
    mkdirSync(artifacts, { recursive: true });
    const write = async (name: string, groups: LogGroup[], source: string, options: CompareOptions, notes: string[] = []) => {
      const result = compareGroups(groups, { resamples: 1000, ...options });
      const html = renderCompareHtml(result, await buildCompareReportData(result, groups, { source, notes }, realRenderSvg));
      const file = join(artifacts, `compare-${name}.html`);
      writeFileSync(file, html);
      pages.set(name, file);
    };
    await write('receipt', await readReceiptGroups(), '08_receipt.xes.gz, split by channel', { slaSeconds: 5 * 86400 });
    await write('receipt-three', await readReceiptGroups(['Internet', 'Desk', 'Post']), '08_receipt.xes.gz, split by channel', {});
    await write('xss', await readXssPair(), 'before.csv vs after.csv', { slaSeconds: 86400, splitInTime: true }, [`filter --where (team = ${XSS}): removed 0 case(s)`]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const open = (name: string) => openOffline(context, pages.get(name)!);

  /** Per difference map: its view, whether it shows, how many activities it draws, and how many of them have a box. */
  function mapViews() {
    return [...document.querySelectorAll<HTMLElement>('.map-view')].map((el) => ({
      view: el.dataset.view!,
      shown: !el.hidden,
      nodes: el.querySelectorAll('svg g.node').length,
      boxes: el.querySelectorAll('svg g.node path, svg g.node polygon').length,
    }));
  }

  it.each([
    ['receipt', 1, ['cycle-time-difference', 'duration-bands', 'edge-changes-1', 'variant-shift-1']],
    ['receipt-three', 2, ['cycle-time-difference', 'duration-bands', 'edge-changes-1', 'edge-changes-2', 'variant-shift-1', 'variant-shift-2']],
    ['xss', 1, ['cycle-time-difference', 'duration-bands', 'edge-changes-1', 'variant-shift-1']],
  ] as const)('%s: draws every chart and the difference map, offline and without errors', async (name, comparisons, expected) => {
    const { page, seen } = await open(name);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-charts'))).toBe('ready');
    const charts = await page.evaluate(chartMarks);
    const specs = await page.evaluate(() => Object.keys(JSON.parse(document.getElementById('procmine-data')!.textContent!).charts));
    expect(charts.map((c) => c.id).sort()).toEqual([...specs].sort());
    expect(charts.map((c) => c.id).sort()).toEqual(expected);
    for (const chart of charts) {
      expect(chart.svg, chart.id).toBe(true);
      expect(chart.marks, `${chart.id} has marks`).toBeGreaterThan(0);
    }
    const maps = await page.evaluate(mapViews);
    // two views (frequency, waiting) per comparison
    expect(maps.length).toBe(2 * comparisons);
    for (const map of maps) {
      expect(map.nodes, `${map.view} map has activities`).toBeGreaterThan(3);
      expect(map.boxes, `${map.view} map draws a box per activity`).toBe(map.nodes);
    }
    expect(await page.locator('.map-view[data-view="frequency"] svg').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(artifacts, `compare-${name}.png`), fullPage: true });
    expect(seen.requests).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    await page.close();
  });

  it('receipt: leads with the verdict, and switches the difference map to waiting time', async () => {
    const { page, seen } = await open('receipt');
    const first = await page.evaluate(() => {
      const section = document.querySelector('main section')!;
      return { id: section.id, verdict: section.querySelector('.card.verdict p')?.textContent ?? '' };
    });
    expect(first.id).toBe('verdict');
    expect(first.verdict).toMatch(/^No significant difference in median cycle time between Desk and Internet/);
    expect((await page.evaluate(mapViews)).map(({ view, shown }) => [view, shown])).toEqual([['frequency', true], ['waiting', false]]);
    await page.click('button[data-map-view="waiting"]');
    expect((await page.evaluate(mapViews)).map(({ view, shown }) => [view, shown])).toEqual([['frequency', false], ['waiting', true]]);
    expect(await page.locator('.map-view[data-view="waiting"] svg').isVisible()).toBe(true);
    expect(seen.consoleErrors).toEqual([]);
    await page.close();
  });

  it('xss: shows hostile names as text, in the verdict, tables, the map and tooltips, and runs none of them', async () => {
    const { page, seen } = await open('xss');
    const text = await page.evaluate(() => document.body.innerText);
    for (const name of [XSS, XSS_CLOSE, XSS_QUOTE, XSS_GROUP]) expect(text, name).toContain(name);
    expect(await page.evaluate(() => document.title)).toBe(`Comparison: ${XSS_GROUP} against before`);
    const verdict = await page.evaluate(() => document.querySelector('.card.verdict .label')!.textContent);
    expect(verdict).toBe(`${XSS_GROUP} against before`);
    const inMap = await page.evaluate((name) => [...document.querySelectorAll('.map-view text')].some((t) => t.textContent!.includes(name)), XSS);
    expect(inMap).toBe(true);
    // the map's tooltips carry the names whole, as text
    const tooltips = await page.evaluate(() => [...document.querySelectorAll('.map-view[data-view="frequency"] g.node a')].map((a) => a.getAttribute('xlink:title')));
    expect(tooltips).toContain(`${XSS}: 30 events in before, 20 in ${XSS_GROUP}`);
    // only the page's own scripts: the data block, three libraries and the page script; no injected element
    expect(await page.evaluate(() => document.scripts.length)).toBe(5);
    const injected = await page.evaluate(() =>
      document.querySelectorAll('main img, main [onload], main [onerror], header img').length + [...document.querySelectorAll('main b')].filter((b) => b.textContent === 'bold').length);
    expect(injected).toBe(0);
    // the chart legend shows the group name as text
    const legend = await page.evaluate(() => [...document.querySelectorAll('#chart-duration-bands .role-legend text')].map((t) => t.textContent));
    expect(legend).toContain(XSS_GROUP);

    // a tooltip over a variant-shift bar shows the names as text
    await page.locator('#chart-variant-shift-1 g.role-mark > path').first().hover();
    await page.waitForSelector('#vg-tooltip-element.visible', { timeout: 5000 });
    const tooltip = await page.evaluate(() => {
      const el = document.getElementById('vg-tooltip-element')!;
      return { text: el.textContent ?? '', elements: el.querySelectorAll('script, img, b').length };
    });
    expect(tooltip.text).toContain(XSS_GROUP);
    expect(tooltip.elements).toBe(0);
    await page.screenshot({ path: join(artifacts, 'compare-xss-interacted.png'), fullPage: false });
    expect(seen.dialogs).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.requests).toEqual([]);
    await page.close();
  });
});
