/**
 * Fixtures for the HTML report tests: a small hand-made log whose activity, resource and case-attribute values
 * try to inject markup and script, a stub SVG renderer, and the real Graphviz renderer for browser tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLog } from '../../src/log/read-log.js';
import type { EventLog } from '../../src/log/event-log.js';
import type { RenderSvg } from '../../src/report/html/build-report-data.js';

export const XSS = '<script>alert(1)</script>';
export const XSS_CLOSE = '</script><script>alert(3)</script>';
export const XSS_QUOTE = 'close "done" & <b>bold</b>';
export const XSS_COMMENT = '<!-- x';
export const XSS_JS = "'); alert(2); //";
export const XSS_RESOURCE = '<img src=x onerror=alert(4)>';
export const XSS_REGION = '<svg onload=alert(5)>';

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** [case, activity, time, resource, region] */
const ROWS: [string, string, string, string, string][] = [
  ['c1', 'register', '2024-01-01T09:00:00Z', XSS_RESOURCE, 'north'],
  ['c1', XSS, '2024-01-01T10:00:00Z', 'ann', 'north'],
  ['c1', XSS, '2024-01-01T12:00:00Z', 'ann', 'north'],
  ['c1', XSS_QUOTE, '2024-01-02T10:00:00Z', 'bob', 'north'],
  ['c2', 'register', '2024-01-02T09:00:00Z', 'ann', XSS_REGION],
  ['c2', XSS_CLOSE, '2024-01-03T09:00:00Z', 'bob', XSS_REGION],
  ['c2', XSS_QUOTE, '2024-01-04T10:00:00Z', 'ann', XSS_REGION],
  ['c3', 'register', '2024-01-03T08:00:00Z', 'bob', 'north'],
  ['c3', XSS, '2024-01-03T11:00:00Z', 'ann', 'north'],
  ['c3', XSS_COMMENT, '2024-01-05T10:00:00Z', 'bob', 'north'],
  ['c3', XSS_QUOTE, '2024-01-06T10:00:00Z', 'ann', 'north'],
  ['c4', 'register', '2024-01-04T08:00:00Z', 'ann', XSS_REGION],
  ['c4', XSS_JS, '2024-01-04T09:00:00Z', 'bob', XSS_REGION],
  ['c4', XSS_QUOTE, '2024-01-04T18:00:00Z', 'ann', XSS_REGION],
  ['c5', 'register', '2024-01-05T08:00:00Z', 'ann', 'north'],
  ['c5', XSS, '2024-01-05T12:00:00Z', XSS_RESOURCE, 'north'],
  ['c5', XSS_QUOTE, '2024-01-07T10:00:00Z', 'bob', 'north'],
  ['c6', 'register', '2024-01-06T08:00:00Z', 'bob', XSS_REGION],
  ['c6', XSS_CLOSE, '2024-01-06T09:00:00Z', 'ann', XSS_REGION],
  ['c6', XSS, '2024-01-06T10:00:00Z', 'bob', XSS_REGION],
  ['c6', XSS_QUOTE, '2024-01-08T08:00:00Z', 'ann', XSS_REGION],
];

export const XSS_CSV =
  'case:concept:name,concept:name,time:timestamp,org:resource,case:region\n' +
  ROWS.map((row) => row.map(q).join(',')).join('\n') +
  '\n';

/** Costs for the XSS log, the hostile name included. */
export const XSS_COSTS_CSV = `activity,per_execution,per_waiting_hour\n${q(XSS)},10,0.5\nregister,2,\n*,1,0\n`;

/** Writes the XSS log (and its costs file) to a fresh temporary folder. */
export function writeXssFiles(): { dir: string; log: string; costs: string } {
  const dir = mkdtempSync(join(tmpdir(), 'procmine-report-'));
  const log = join(dir, 'xss.csv');
  const costs = join(dir, 'costs.csv');
  writeFileSync(log, XSS_CSV);
  writeFileSync(costs, XSS_COSTS_CSV);
  return { dir, log, costs };
}

export async function readXssLog(): Promise<EventLog> {
  return readLog(writeXssFiles().log, { delimiter: ',' });
}

/** A stand-in for Graphviz: an SVG that carries the DOT text (escaped, as Graphviz does) so tests can look. */
export const stubRenderSvg: RenderSvg = async (dot) => {
  const text = dot.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0"?>\n<!-- stub -->\n<svg xmlns="http://www.w3.org/2000/svg" width="200pt" height="100pt" viewBox="0 0 200 100"><g id="graph0" class="graph"><text x="0" y="10">${text}</text></g></svg>\n`;
};

/** The real renderer: Graphviz compiled to WebAssembly. */
export { renderSvg as realRenderSvg } from '../../src/model/io/render-svg.js';
