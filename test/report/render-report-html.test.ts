import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findBottlenecks } from '../../src/analytics/bottlenecks.js';
import { computeCycleTime } from '../../src/analytics/cycle-time.js';
import { parseCostTable } from '../../src/analytics/kpis.js';
import { computeVariants } from '../../src/analytics/variants.js';
import { buildReportData, type BuildReportOptions } from '../../src/report/html/build-report-data.js';
import { renderBottlenecksHtml, renderCycleTimeHtml, renderVariantsHtml } from '../../src/report/html/render-analytics-html.js';
import { renderReportHtml } from '../../src/report/html/render-report-html.js';
import { logOf } from '../helpers/log-of.js';
import { readXssLog, stubRenderSvg, XSS, XSS_CLOSE, XSS_COMMENT, XSS_COSTS_CSV, XSS_JS, XSS_QUOTE, XSS_REGION, XSS_RESOURCE } from './report-fixtures.js';

const HOSTILE = [XSS, XSS_CLOSE, XSS_QUOTE, XSS_COMMENT, XSS_RESOURCE, XSS_REGION];

const FULL: Omit<BuildReportOptions, 'source'> = {
  slaSeconds: 2 * 86400,
  by: 'day',
  groupBy: 'region',
  failureActivities: [XSS_JS],
  conformance: { fitness: 0.9, precision: 0.8, fittingShare: 0.5, deviations: [{ activity: XSS, kind: 'skipped', count: 2, share: 1 / 3 }], model: '<model>.bpmn' },
};

async function renderXssReport(extra: Partial<BuildReportOptions> = {}): Promise<string> {
  const log = await readXssLog();
  const cost = { kind: 'table' as const, table: parseCostTable(XSS_COSTS_CSV, 'costs.csv') };
  return renderReportHtml(await buildReportData(log, { source: 'xss.csv', ...FULL, cost, ...extra }, stubRenderSvg));
}

/** The page without its inlined library bundles, which are not ours to inspect. */
function ownMarkup(html: string): string {
  return html.replace(/<script>[\s\S]*?<\/script>/g, '<script>…</script>');
}

function dataBlock(html: string): { charts: Record<string, unknown>; variants: { activities: string[] }[] } {
  const m = html.match(/<script type="application\/json" id="procmine-data">([\s\S]*?)<\/script>/);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]);
}

describe('renderReportHtml', () => {
  it('escapes every string from the log, in markup, in the SVG and in the data block', async () => {
    const html = await renderXssReport();
    for (const text of HOSTILE) expect(html.includes(text), text).toBe(false);
    expect(ownMarkup(html).match(/<img|<svg onload|<b>bold/i)).toBeNull();
    expect(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'), 'as text in tables').toBe(true);
    expect(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'as text in the SVG').toBe(true);
    // exactly one data block and the four scripts of the page (vega, vega-lite, vega-embed, the page script)
    expect(html.match(/<script\b/g)).toHaveLength(5);
    const data = dataBlock(html);
    expect(JSON.stringify(data)).toContain(XSS);
    expect(data.variants.some((v) => v.activities.includes(XSS_CLOSE))).toBe(true);
  });

  it('has every section and a chart placeholder for every spec', async () => {
    const html = await renderXssReport();
    const ids = [...html.matchAll(/<section id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids).toEqual(['overview', 'map', 'variants', 'cycle-time', 'sla', 'bottlenecks', 'rework', 'outcomes', 'costs', 'conformance']);
    const placeholders = [...html.matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(placeholders).toEqual(Object.keys(dataBlock(html).charts).sort());
    expect(placeholders).toEqual([
      'activity-times', 'bottleneck-edges', 'cases-per-period', 'cost-per-activity', 'cycle-time-groups', 'cycle-time-histogram',
      'cycle-time-trend', 'deviations', 'error-trend', 'rework', 'sla-trend', 'variants-pareto', 'wip',
    ]);
    expect(html.includes('data-map-view="performance"')).toBe(true);
  });

  it('leaves out the optional sections when not asked for', async () => {
    const log = logOf('a b c', 'a c b', 'a b c');
    const html = renderReportHtml(await buildReportData(log, { source: 'small.csv' }, stubRenderSvg));
    const ids = [...html.matchAll(/<section id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids).toEqual(['overview', 'map', 'variants', 'cycle-time', 'bottlenecks', 'rework']);
  });

  it('draws at most 50 activities on the map unless told otherwise', async () => {
    const chain = Array.from({ length: 60 }, (_, i) => `x${String(i).padStart(2, '0')}`);
    const traces = chain.map((_, i) => chain.slice(0, i + 1).join(' ')); // x00 most frequent, x59 least
    const data = await buildReportData(logOf(...traces), { source: 'chain.csv' }, stubRenderSvg);
    expect(data.map!.caption).toMatch(/^83% of activities \(10 hidden\)/);
    expect(data.map!.frequencySvg.includes('x49')).toBe(true);
    expect(data.map!.frequencySvg.includes('x50')).toBe(false);
    const all = await buildReportData(logOf(...traces), { source: 'chain.csv', activities: 1, paths: 1 }, stubRenderSvg);
    expect(all.map!.caption).toMatch(/^100% of activities \(0 hidden\), 100% of paths \(0 hidden\)/);
  });

  it('says so when no map renderer is available', async () => {
    const html = renderReportHtml(await buildReportData(logOf('a b'), { source: 'small.csv' }, null));
    expect(html.includes('The process map is not available')).toBe(true);
    expect(ownMarkup(html)).not.toContain('data-map-view');
  });

  it('is offline: libraries inline, no external reference, a CSP allowing no request and only its own scripts', async () => {
    const html = await renderXssReport();
    const own = ownMarkup(html);
    expect(own.match(/<script[^>]+src=|<link\b|@import|url\(|<iframe|<img/i)).toBeNull();
    expect(html.includes('sourceMappingURL')).toBe(false);
    expect(own.match(/Charts drawn with vega 6\.\d+\.\d+, vega-lite 6\.\d+\.\d+, vega-embed 7\.\d+\.\d+/)).not.toBeNull();
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1];
    expect(csp).toContain("default-src &#39;none&#39;");
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(4);
    for (const s of scripts) expect(csp).toContain(`sha256-${createHash('sha256').update(s).digest('base64')}`);
  });

  it('gives the same bytes for the same input', async () => {
    const [a, b] = [await renderXssReport(), await renderXssReport()];
    expect(a === b).toBe(true);
  });

  it('shows the time of generation only when given', async () => {
    expect((await renderXssReport()).match(/Made with procmine[^<]*/)![0]).toBe('Made with procmine.');
    const dated = await renderXssReport({ generatedAt: '2024-05-01 12:00', generator: 'procmine 9.9.9' });
    expect(dated.includes('Made with procmine 9.9.9 on 2024-05-01 12:00')).toBe(true);
  });
});

describe('single-section pages (--format html)', () => {
  it('render variants, cycle time and bottlenecks with their charts, escaped', async () => {
    const log = await readXssLog();
    const pages = {
      variants: renderVariantsHtml(computeVariants(log, { top: 50 }), { source: 'xss.csv' }),
      cycleTime: renderCycleTimeHtml(computeCycleTime(log, { by: 'day', slaSeconds: 86400, groupBy: 'region' }), { source: 'xss.csv' }),
      bottlenecks: renderBottlenecksHtml(findBottlenecks(log), { source: 'xss.csv' }),
    };
    const charts = Object.fromEntries(Object.entries(pages).map(([name, html]) => [name, Object.keys(dataBlock(html).charts)]));
    expect(charts).toEqual({
      variants: ['variants-pareto'],
      cycleTime: ['cycle-time-histogram', 'cycle-time-trend', 'cycle-time-groups', 'sla-trend'],
      bottlenecks: ['bottleneck-edges', 'activity-times'],
    });
    for (const html of Object.values(pages)) for (const text of HOSTILE) expect(html.includes(text), text).toBe(false);
  });
});
