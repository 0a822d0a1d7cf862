/**
 * Reference tier: readXes with every lifecycle event kept (`lifecycle: 'all'`, pm4py's view) gives pm4py's cases,
 * events, activity counts and start/end activities, computed here straight from the EventLog. The committed
 * fixtures always run; every XES log in ../shared/data/logs runs when that folder exists.
 * Where a file is not in time order (`events_before_predecessor_in_file` > 0 in the reference), pm4py's start and
 * end activities follow file order while procmine orders each case by time, so those two are not compared.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventLog } from '../../../src/log/event-log.js';
import { readXes } from '../../../src/log/xes/read-xes.js';

interface Ref {
  log?: {
    cases?: number;
    events: number;
    activities: { name: string; count: number }[];
    start_activities: Record<string, number>;
    end_activities: Record<string, number>;
    events_before_predecessor_in_file?: number;
  };
}

const root = join(__dirname, '..', '..', '..');
const sharedLogs = join(root, '..', 'shared', 'data', 'logs');
const sharedRefs = join(root, '..', 'shared', 'refs', 'pm4py');

function countsOf(log: EventLog): { activities: Record<string, number>; start: Record<string, number>; end: Record<string, number> } {
  const activities: Record<string, number> = {};
  const start: Record<string, number> = {};
  const end: Record<string, number> = {};
  const name = (e: number): string => log.activityNames[log.activities[e]];
  for (let e = 0; e < log.activities.length; e++) activities[name(e)] = (activities[name(e)] ?? 0) + 1;
  for (let c = 0; c + 1 < log.caseOffsets.length; c++) {
    const first = name(log.caseOffsets[c]);
    const last = name(log.caseOffsets[c + 1] - 1);
    start[first] = (start[first] ?? 0) + 1;
    end[last] = (end[last] ?? 0) + 1;
  }
  return { activities, start, end };
}

const sorted = (r: Record<string, number>): [string, number][] => Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** [name, path, reference] for each XES log in `logDir` whose pm4py reference has counts. */
function cases(logDir: string, refDir: string): [string, string, Ref][] {
  if (!existsSync(logDir) || !existsSync(refDir)) return [];
  return readdirSync(logDir)
    .filter((f) => /\.xes(\.gz)?$/.test(f) && existsSync(join(refDir, `${f}.json`)))
    .sort()
    .map((f) => [f, join(logDir, f), JSON.parse(readFileSync(join(refDir, `${f}.json`), 'utf8')) as Ref] as [string, string, Ref])
    .filter(([, , ref]) => ref.log?.cases !== undefined);
}

async function compare(path: string, ref: Ref): Promise<void> {
  const expected = ref.log!;
  const log = await readXes(path, { lifecycle: 'all' });
  const counts = countsOf(log);
  expect(log.caseIds.length).toBe(expected.cases);
  expect(log.activities.length).toBe(expected.events);
  expect(sorted(counts.activities)).toEqual(sorted(Object.fromEntries(expected.activities.map((a) => [a.name, a.count]))));
  if (!expected.events_before_predecessor_in_file) {
    expect(sorted(counts.start)).toEqual(sorted(expected.start_activities));
    expect(sorted(counts.end)).toEqual(sorted(expected.end_activities));
  }
  expect(log.info.dropped.count).toBe(0);
}

describe('same counts as pm4py on the committed XES fixtures', () => {
  const list = cases(join(root, 'fixtures', 'logs'), join(root, 'fixtures', 'refs', 'pm4py'));
  it('has the fixtures', () => expect(list.map(([name]) => name)).toContain('Sepsis Cases - Event Log.xes.gz'));
  it.each(list)('%s', async (_name, path, ref) => compare(path, ref));

  it('xes_20.xes (pm4py could not count it: no case id, no activity) is refused, or read with its one event dropped', async () => {
    const path = join(root, 'fixtures', 'logs', 'xes_20.xes');
    await expect(readXes(path)).rejects.toMatchObject({ code: 'xes-no-activity', line: 3 });
    const log = await readXes(path, { skipInvalid: true });
    expect(log.info.dropped.reasons).toEqual({ 'event without concept:name': 1 });
  });
});

describe.skipIf(!existsSync(sharedLogs))('same counts as pm4py on every XES log in ../shared/data/logs', () => {
  it.each(cases(sharedLogs, sharedRefs))('%s', async (_name, path, ref) => compare(path, ref), 120_000);

  it('reads the other XES logs there, pm4py counted or not (xes_20.xes: its one event has no activity)', async () => {
    const counted = new Set(cases(sharedLogs, sharedRefs).map(([name]) => name));
    const names = readdirSync(sharedLogs).filter((f) => /\.xes(\.gz)?$/.test(f) && !counted.has(f));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const log = await readXes(join(sharedLogs, name), { lifecycle: 'all', skipInvalid: true });
      expect(log.info.dropped.count, name).toBe(name === 'xes_20.xes' ? 1 : 0);
      expect(log.activities.length, name).toBe(name === 'xes_20.xes' ? 0 : log.info.eventsRead);
    }
  }, 300_000);
});
