/**
 * Fixtures for the comparison report tests: a hand-made pair of logs (before / after) whose activity names and
 * group name try to inject markup and script, and a real log split by an attribute (receipt by channel).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogGroup } from '../../../src/analytics/compare/log-group.js';
import { splitByAttribute } from '../../../src/analytics/compare/split-log.js';
import { readLog } from '../../../src/log/read-log.js';
import { XSS, XSS_CLOSE, XSS_COMMENT, XSS_JS, XSS_QUOTE, XSS_RESOURCE } from '../report-fixtures.js';

export { XSS, XSS_CLOSE, XSS_COMMENT, XSS_JS, XSS_QUOTE, XSS_RESOURCE };

/** The name of the compared group: markup that must show as text. */
export const XSS_GROUP = XSS_RESOURCE;
export const BASELINE = 'before';

export const RECEIPT = join(__dirname, '..', '..', '..', 'fixtures', 'logs', '08_receipt.xes.gz');

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2024, 0, 1, 8);

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
const iso = (ms: number) => new Date(ms).toISOString();

/** 24 cases taking one to three days, a quarter of them repeating the script-named activity. */
function beforeRows(): [string, string, number][] {
  const rows: [string, string, number][] = [];
  for (let i = 0; i < 24; i++) {
    const id = `a${i + 1}`;
    let t = T0 + i * DAY;
    rows.push([id, 'register', t]);
    rows.push([id, XSS, (t += (2 + (i % 5)) * HOUR)]);
    if (i % 4 === 0) rows.push([id, XSS, (t += HOUR)]);
    if (i % 6 === 0) rows.push([id, XSS_COMMENT, (t += 2 * HOUR)]);
    rows.push([id, XSS_QUOTE, t + (1 + (i % 3)) * DAY]);
  }
  return rows;
}

/** 20 cases taking hours, with two activities the baseline never has. */
function afterRows(): [string, string, number][] {
  const rows: [string, string, number][] = [];
  for (let i = 0; i < 20; i++) {
    const id = `b${i + 1}`;
    let t = T0 + 30 * DAY + i * DAY;
    rows.push([id, 'register', t]);
    rows.push([id, XSS_CLOSE, (t += HOUR)]);
    rows.push([id, XSS, (t += (1 + (i % 4)) * HOUR)]);
    if (i % 5 === 0) rows.push([id, XSS_JS, (t += HOUR)]);
    rows.push([id, XSS_QUOTE, t + (4 + (i % 6)) * HOUR]);
  }
  return rows;
}

function toCsv(rows: [string, string, number][]): string {
  return 'case:concept:name,concept:name,time:timestamp\n' + rows.map(([c, a, t]) => [c, a, iso(t)].map(q).join(',')).join('\n') + '\n';
}

/** Writes before.csv and after.csv to a fresh temporary folder. */
export function writeXssPair(): { dir: string; before: string; after: string } {
  const dir = mkdtempSync(join(tmpdir(), 'procmine-compare-'));
  const before = join(dir, 'before.csv');
  const after = join(dir, 'after.csv');
  writeFileSync(before, toCsv(beforeRows()));
  writeFileSync(after, toCsv(afterRows()));
  return { dir, before, after };
}

/** The hostile pair as groups: `before` (the baseline) and the after log named {@link XSS_GROUP}. */
export async function readXssPair(): Promise<LogGroup[]> {
  const { before, after } = writeXssPair();
  return [
    { name: BASELINE, log: await readLog(before, { delimiter: ',' }) },
    { name: XSS_GROUP, log: await readLog(after, { delimiter: ',' }) },
  ];
}

/** The receipt log split by channel, Internet the baseline; `Post` too when asked (three groups). */
export async function readReceiptGroups(values = ['Internet', 'Desk']): Promise<LogGroup[]> {
  return splitByAttribute(await readLog(RECEIPT), 'channel', { values });
}
