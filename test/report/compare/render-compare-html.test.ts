/**
 * The comparison report page: every string from the logs escaped (markup, SVG, data block), the sections and
 * charts it promises, one block per comparison, no external reference, and the same bytes for the same input.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compareGroups, type CompareOptions } from '../../../src/analytics/compare/compare-groups.js';
import type { LogGroup } from '../../../src/analytics/compare/log-group.js';
import { buildCompareReportData, type BuildCompareReportOptions } from '../../../src/report/html/compare/build-compare-report-data.js';
import { renderCompareHtml } from '../../../src/report/html/compare/render-compare-html.js';
import { SCHEMA } from '../../../src/report/html/specs/spec-common.js';
import { stubRenderSvg } from '../report-fixtures.js';
import { BASELINE, readReceiptGroups, readXssPair, XSS, XSS_CLOSE, XSS_COMMENT, XSS_GROUP, XSS_JS, XSS_QUOTE } from './compare-fixtures.js';

const HOSTILE = [XSS, XSS_CLOSE, XSS_QUOTE, XSS_COMMENT, XSS_GROUP];
const SETTINGS: CompareOptions = { slaSeconds: 86400, resamples: 500 };

async function renderPair(groups?: LogGroup[], options: Partial<BuildCompareReportOptions> = {}, render = stubRenderSvg): Promise<string> {
  const pair = groups ?? (await readXssPair());
  const result = compareGroups(pair, SETTINGS);
  return renderCompareHtml(result, await buildCompareReportData(result, pair, { source: 'before.csv vs after.csv', ...options }, render));
}

/** The page without its inlined library bundles and page script, which are not ours to inspect here. */
function ownMarkup(html: string): string {
  return html.replace(/<script>[\s\S]*?<\/script>/g, '<script>…</script>');
}

function dataBlock(html: string): { charts: Record<string, unknown> } {
  const m = html.match(/<script type="application\/json" id="procmine-data">([\s\S]*?)<\/script>/);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]);
}

const sectionIds = (html: string) => [...html.matchAll(/<section id="([^"]+)">/g)].map((m) => m[1]);
const placeholders = (html: string) => [...html.matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1]);

describe('renderCompareHtml', () => {
  it('escapes every string from the logs, in markup, in the SVG and in the data block', async () => {
    const html = await renderPair();
    for (const text of HOSTILE) expect(html.includes(text), text).toBe(false);
    // a quote needs no escape in JSON or in SVG text: this name may appear as is there only, where it is data or text
    const outsideDataAndMaps = html.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '').replace(/<svg[\s\S]*?<\/svg>/g, '');
    expect(outsideDataAndMaps.includes(XSS_JS), XSS_JS).toBe(false);
    expect(outsideDataAndMaps.includes('&#39;); alert(2); //'), 'as text in tables').toBe(true);
    expect(ownMarkup(html).match(/<img|<b>bold|<!-- x/i)).toBeNull();
    expect(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'), 'as text in tables').toBe(true);
    expect(html.includes('&#60;img src=x onerror=alert(4)&#62;'), 'the group name as text').toBe(true);
    expect(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'as text in the SVG').toBe(true);
    // the data block and the four scripts of the page (vega, vega-lite, vega-embed, the page script)
    expect(html.match(/<script\b/g)).toHaveLength(5);
    const data = JSON.stringify(dataBlock(html));
    expect(data).toContain(XSS);
    expect(data).toContain(XSS_GROUP);
  });

  it('has the verdict first, every section, and a placeholder for every chart', async () => {
    const html = await renderPair();
    expect(sectionIds(html)).toEqual(['verdict', 'groups', 'cycle-time', 'variants', 'map', 'changes']);
    expect(placeholders(html).sort()).toEqual(Object.keys(dataBlock(html).charts).sort());
    expect(placeholders(html).sort()).toEqual(['cycle-time-difference', 'duration-bands', 'edge-changes-1', 'variant-shift-1']);
    const verdict = html.slice(html.indexOf('<section id="verdict">'), html.indexOf('<section id="groups">'));
    // the after group is hours, the baseline days: significantly faster, in green, with the sentence in bold
    expect(verdict).toMatch(/<div class="card verdict good"><div class="label">&#60;img src=x onerror=alert\(4\)&#62; against before<\/div><p><strong>&#60;img src=x onerror=alert\(4\)&#62; is [\d.]+ days? faster than before in median/);
    expect(verdict).toContain('Cases within the SLA of 1 day:');
    expect(html.match(/data-map-view="(frequency|waiting)"/g)).toHaveLength(2);
    expect(html.match(/<div class="map-view" data-view="frequency"><svg/g)).toHaveLength(1);
    expect(html.match(/<div class="map-view" data-view="waiting" hidden><svg/g)).toHaveLength(1);
  });

  it('lists the caveats under the verdict', async () => {
    const groups = await readXssPair();
    const result = compareGroups(groups, { ...SETTINGS, splitInTime: true });
    const html = renderCompareHtml(result, await buildCompareReportData(result, groups, { source: 'x' }, stubRenderSvg));
    const items = [...html.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);
    expect(items.length).toBe(result.comparisons[0].caveats.length);
    expect(items.some((x) => x.startsWith('A before/after split shows association, not cause'))).toBe(true);
  });

  it('writes the tests in plain words', async () => {
    const html = await renderPair();
    const section = html.slice(html.indexOf('<section id="cycle-time">'), html.indexOf('<section id="variants">'));
    for (const text of ['Mann–Whitney U, two-sided', "Welch&#39;s t-test, two-sided", 'Cliff&#39;s delta', 'Ratio of medians',
      'Two-proportion z-test', 'In plain words', 'Significant at α = 0.05', '95% CI']) {
      expect(section, text).toContain(text);
    }
    expect(section).toMatch(/U = [\d,.]+, p = /);
    expect(section).toMatch(/t = −?[\d.]+, df = [\d.]+, p = /);
  });

  it('gives the same bytes for the same input', async () => {
    const [a, b] = [await renderPair(), await renderPair()];
    expect(createHash('sha256').update(a).digest('hex')).toBe(createHash('sha256').update(b).digest('hex'));
  });

  it('refers to nothing outside the file', async () => {
    const html = await renderPair();
    const own = ownMarkup(html);
    expect(own.match(/<script[^>]+src=|<link\b|@import|url\(|<iframe|<img|<object|<embed/i)).toBeNull();
    // the only URLs are names, never fetched: the SVG namespaces and the Vega-Lite schema id in the data block
    const urls = new Set([...own.matchAll(/https?:\/\/[^\s"'<>)\\]+/g)].map((m) => m[0]));
    expect([...urls].filter((u) => ![SCHEMA, 'http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink'].includes(u))).toEqual([]);
    expect([...own.matchAll(/\s(?:xlink:)?href="([^"]*)"/g)].map((m) => m[1]).filter((h) => !h.startsWith('#'))).toEqual([]);
    expect(html.includes('sourceMappingURL')).toBe(false);
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1];
    expect(csp).toContain('default-src &#39;none&#39;');
  });

  it('shows the waiting-time map first when asked, and says so when no map renderer is available', async () => {
    const waiting = await renderPair(undefined, { mapView: 'waiting' });
    expect(waiting.match(/<div class="map-view" data-view="frequency" hidden><svg/g)).toHaveLength(1);
    expect(waiting).toContain('<button type="button" data-map-view="waiting" aria-pressed="true">');
    const pair = await readXssPair();
    const result = compareGroups(pair, SETTINGS);
    const none = renderCompareHtml(result, await buildCompareReportData(result, pair, { source: 'x' }, null));
    expect(none).toContain('The difference map is not available');
    expect(ownMarkup(none)).not.toContain('data-map-view');
  });

  it('names the source, the groups and the filters under the title', async () => {
    const html = await renderPair(undefined, { notes: [`filter --where (x = ${XSS}): removed 1 case(s)`] });
    expect(html).toContain('<title>Comparison: &#60;img src=x onerror=alert(4)&#62; against before</title>');
    expect(html).toContain(`<p>before.csv vs after.csv · ${BASELINE}: 24 cases · &#60;img src=x onerror=alert(4)&#62;: 20 cases</p>`);
    expect(html).toContain('<p>filter --where (x = &#60;script&#62;alert(1)&#60;/script&#62;): removed 1 case(s)</p>');
  });

  it('gives each of several comparisons its own verdict, tests, variant shift, map and changes', async () => {
    const groups = await readReceiptGroups(['Internet', 'Desk', 'Post']);
    const result = compareGroups(groups, { resamples: 200 });
    const html = renderCompareHtml(result, await buildCompareReportData(result, groups, { source: '08_receipt.xes.gz, split by channel' }, stubRenderSvg));
    expect(placeholders(html).sort()).toEqual(['cycle-time-difference', 'duration-bands', 'edge-changes-1', 'edge-changes-2', 'variant-shift-1', 'variant-shift-2']);
    expect(html.match(/<div class="card verdict/g)).toHaveLength(2);
    expect(html.match(/the tests in plain words/g)).toHaveLength(2);
    expect(html.match(/<div class="map-view" data-view="frequency"/g)).toHaveLength(2);
    expect(new Set([...html.matchAll(/<svg[^>]*>\s*<g id="([^"]+)"/g)].map((m) => m[1])).size).toBe(4);
    // the difference chart has a median and a mean row per comparison
    const spec = dataBlock(html).charts['cycle-time-difference'] as { layer: { data: { values: { row: string }[] } }[] };
    expect(spec.layer[1].data.values.map((v) => v.row)).toEqual(['Desk − Internet: median', 'Desk − Internet: mean', 'Post − Internet: median', 'Post − Internet: mean']);
  });
});
