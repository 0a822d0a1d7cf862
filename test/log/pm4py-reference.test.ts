/**
 * Reference tier: for every log pm4py read, with every lifecycle event kept (`lifecycle: 'all'`, pm4py's view),
 * procmine reads the same cases, events, activity counts and start/end activities. The committed fixtures always
 * run; the whole public set in ../shared/data/logs runs when that folder is there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/log/read-log.js';
import { summarizeLog } from '../../src/analytics/log-summary.js';
import type { ReadLogOptions } from '../../src/log/read-options.js';

interface Pm4pyRef {
  input: { columns_used?: { case: string; activity: string; timestamp: string }; csv_separator?: string; separator?: string };
  log?: {
    cases: number;
    events: number;
    activities: { name: string; count: number }[];
    start_activities: Record<string, number>;
    end_activities: Record<string, number>;
  };
}

const root = join(__dirname, '..', '..');
const sharedLogs = join(root, '..', 'shared', 'data', 'logs');
const sharedRefs = join(root, '..', 'shared', 'refs', 'pm4py');

function optionsFor(ref: Pm4pyRef): ReadLogOptions {
  const options: ReadLogOptions = { lifecycle: 'all' };
  const cols = ref.input.columns_used;
  if (cols) Object.assign(options, { case: cols.case, activity: cols.activity, timestamp: cols.timestamp });
  const sep = ref.input.csv_separator ?? ref.input.separator;
  if (sep) options.delimiter = sep;
  return options;
}

function sorted(record: Record<string, number>): [string, number][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

async function compare(file: string, ref: Pm4pyRef): Promise<void> {
  const log = await readLog(file, optionsFor(ref));
  const s = summarizeLog(log);
  const expected = ref.log!;
  expect(s.cases).toBe(expected.cases);
  expect(s.events).toBe(expected.events);
  expect(sorted(Object.fromEntries(s.activities.map((a) => [a.name, a.count])))).toEqual(
    sorted(Object.fromEntries(expected.activities.map((a) => [a.name, a.count]))),
  );
  expect(sorted(s.startActivities)).toEqual(sorted(expected.start_activities));
  expect(sorted(s.endActivities)).toEqual(sorted(expected.end_activities));
}

function cases(logDir: string, refDir: string): [string, string, Pm4pyRef][] {
  if (!existsSync(logDir) || !existsSync(refDir)) return [];
  return readdirSync(refDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(refDir, f), 'utf8')) as Pm4pyRef] as const)
    .filter(([name, ref]) => ref.log?.cases !== undefined && existsSync(join(logDir, name)))
    .map(([name, ref]) => [name, join(logDir, name), ref]);
}

describe('same counts as pm4py on the committed fixtures', () => {
  const list = cases(join(root, 'fixtures', 'logs'), join(root, 'fixtures', 'refs', 'pm4py'));
  it('has fixtures to compare', () => expect(list.length).toBeGreaterThanOrEqual(15));
  it.each(list)('%s', async (_name, file, ref) => compare(file, ref));
});

describe.skipIf(!existsSync(sharedLogs))('same counts as pm4py on every public log in ../shared', () => {
  it.each(cases(sharedLogs, sharedRefs))('%s', async (_name, file, ref) => compare(file, ref), 120_000);
});
