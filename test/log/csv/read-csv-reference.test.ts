/**
 * Reference tier for the CSV reader: every committed CSV fixture gives pm4py's cases, events, activity counts
 * and start/end activities (read with pm4py's column choice and every lifecycle event kept, as pm4py does), and
 * every CSV in ../shared/data/logs is read when that folder is there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/log/csv/read-csv.js';
import type { EventLog } from '../../../src/log/event-log.js';
import type { ReadLogOptions } from '../../../src/log/read-options.js';

interface Pm4pyRef {
  input: { name: string; columns_used: { case: string; activity: string; timestamp: string }; csv_separator: string };
  log: {
    cases: number;
    events: number;
    activities: { name: string; count: number }[];
    start_activities: Record<string, number>;
    end_activities: Record<string, number>;
    time_range: { start: string; end: string } | null;
  };
}

const root = join(__dirname, '..', '..', '..');
const fixtures = join(root, 'fixtures', 'logs');
const fixtureRefs = join(root, 'fixtures', 'refs', 'pm4py');
const sharedLogs = join(root, '..', 'shared', 'data', 'logs');
const sharedRefs = join(root, '..', 'shared', 'refs', 'pm4py');

function counts(log: EventLog) {
  const activities: Record<string, number> = {};
  const starts: Record<string, number> = {};
  const ends: Record<string, number> = {};
  const bump = (r: Record<string, number>, k: string) => (r[k] = (r[k] ?? 0) + 1);
  for (let e = 0; e < log.activities.length; e++) bump(activities, log.activityNames[log.activities[e]]);
  for (let c = 0; c < log.caseIds.length; c++) {
    // pm4py orders a case by completion time only; the builder orders events with a start time by their start
    // (as Disco does). To compare, reorder by completion time (stable, so ties keep the builder's order).
    const events: number[] = [];
    for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) events.push(e);
    events.sort((a, b) => log.timestamps[a] - log.timestamps[b]);
    bump(starts, log.activityNames[log.activities[events[0]]]);
    bump(ends, log.activityNames[log.activities[events[events.length - 1]]]);
  }
  let min = Infinity;
  let max = -Infinity;
  for (const t of log.timestamps) {
    min = Math.min(min, t);
    max = Math.max(max, t);
  }
  return { cases: log.caseIds.length, events: log.activities.length, activities, starts, ends, min, max };
}

function byName(list: { name: string; count: number }[]): Record<string, number> {
  return Object.fromEntries(list.map((a) => [a.name, a.count]));
}

/** pm4py's own column choice, every lifecycle event kept. */
function pm4pyOptions(ref: Pm4pyRef): ReadLogOptions {
  const cols = ref.input.columns_used;
  return { case: cols.case, activity: cols.activity, timestamp: cols.timestamp, lifecycle: 'all' };
}

/** Logs where pm4py reads day-first dates month-first wherever the day is 12 or less (pandas' inference). */
const PM4PY_MISREADS_DATES = new Set(['mobis_challenge_log_2019_snippet.csv']);

async function expectSameAsPm4py(file: string, ref: Pm4pyRef, options: ReadLogOptions = pm4pyOptions(ref)): Promise<EventLog> {
  const log = await readCsv(file, options);
  const got = counts(log);
  expect(log.info.delimiter).toBe(ref.input.csv_separator);
  expect(got.cases).toBe(ref.log.cases);
  expect(got.events).toBe(ref.log.events);
  expect(got.activities).toEqual(byName(ref.log.activities));
  if (PM4PY_MISREADS_DATES.has(ref.input.name)) {
    // The snippet runs from January to March 2017 (`16.01.2017 13:29`, day-first: days up to 31). pm4py's time
    // range ends on 2017-12-01T14:26, which is the file's `12.01.2017 14:26` read month-first, so its event
    // order, and with it the start and end activities, differ from the file's real order. Our range is the
    // file's earliest and latest `end` (02.01.2017 06:10 and 31.03.2017 09:17).
    expect(ref.log.time_range!.end).toBe('2017-12-01T14:26:00+00:00');
    expect(new Date(got.min).toISOString()).toBe('2017-01-02T06:10:00.000Z');
    expect(new Date(got.max).toISOString()).toBe('2017-03-31T09:17:00.000Z');
    return log;
  }
  expect(got.starts).toEqual(ref.log.start_activities);
  expect(got.ends).toEqual(ref.log.end_activities);
  if (ref.log.time_range) {
    expect(new Date(got.min).toISOString()).toBe(new Date(ref.log.time_range.start).toISOString());
    expect(new Date(got.max).toISOString()).toBe(new Date(ref.log.time_range.end).toISOString());
  }
  return log;
}

function csvFixtures(dir: string, refs: string): [string, string, Pm4pyRef][] {
  if (!existsSync(dir) || !existsSync(refs)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv') && existsSync(join(refs, `${f}.json`)))
    .map((f) => [f, join(dir, f), JSON.parse(readFileSync(join(refs, `${f}.json`), 'utf8')) as Pm4pyRef]);
}

describe('the committed CSV fixtures read as pm4py reads them', () => {
  const list = csvFixtures(fixtures, fixtureRefs);
  it('has the fixtures', () => expect(list.length).toBeGreaterThanOrEqual(8));
  it.each(list)('%s', async (_name, file, ref) => {
    await expectSameAsPm4py(file, ref);
  });

  it.each(list)('%s with the columns and delimiter detected', async (_name, file, ref) => {
    await expectSameAsPm4py(file, ref, { lifecycle: 'all' });
  });
});

describe('details of the fixtures', () => {
  it('running_example_broken.csv: pm4py keeps all 34 rows, and so do we', async () => {
    // The file is "broken" as an event log (case 1 has no registration, some activities are renamed), not as
    // CSV: every row has its six fields and a valid timestamp. pm4py reads all 34 rows; nothing is dropped here
    // either, with or without skipInvalid.
    const file = join(fixtures, 'running_example_broken.csv');
    const ref = JSON.parse(readFileSync(join(fixtureRefs, 'running_example_broken.csv.json'), 'utf8')) as Pm4pyRef;
    const log = await expectSameAsPm4py(file, ref, { skipInvalid: true, lifecycle: 'all' });
    expect(log.info.dropped.count).toBe(0);
    expect(log.info.eventsRead).toBe(34);
  });

  it('mobis: day-first dotted timestamps, start and end columns, decimal commas kept as text', async () => {
    const log = await readCsv(join(fixtures, 'mobis_challenge_log_2019_snippet.csv'));
    expect(log.info.delimiter).toBe(';');
    expect(log.info.columns).toMatchObject({ case: 'case', activity: 'activity', timestamp: 'end', startTimestamp: 'start', resource: 'org:resource' });
    expect(log.info.timestampFormat).toBe('DD.MM.YYYY HH:mm');
    expect(log.startTimestamps).not.toBeNull();
    expect(log.eventAttributes.get('cost')?.type).toBe('string');
    expect(log.eventAttributes.get('org:role')?.type).toBe('string');
    // Dates outside the core columns stay text.
    expect(log.eventAttributes.get('travel_start')?.type).toBe('string');
  });

  it('running-example.csv: case attributes from case:*, the unnamed index column as pandas names it', async () => {
    const log = await readCsv(join(fixtures, 'running-example.csv'));
    expect([...log.caseAttributes.keys()]).toEqual(['creator']);
    expect(log.eventAttributes.get('Unnamed: 0')?.type).toBe('int');
    expect(log.eventAttributes.get('Costs')?.type).toBe('int');
    expect(log.resources).not.toBeNull();
  });

  it('interval_event_log.csv: the start_timestamp column becomes start times', async () => {
    const log = await readCsv(join(fixtures, 'interval_event_log.csv'));
    expect(log.info.columns.startTimestamp).toBe('start_timestamp');
    expect(new Date(log.startTimestamps![0]).toISOString()).toBe('2015-01-05T09:00:07.000Z');
    expect(new Date(log.timestamps[0]).toISOString()).toBe('2015-01-05T09:02:50.000Z');
  });

  it('roadtraffic100traces.csv: lifecycle column, float attributes written as 35.0', async () => {
    const log = await readCsv(join(fixtures, 'roadtraffic100traces.csv'), { lifecycle: 'all' });
    expect(log.info.columns.lifecycle).toBe('lifecycle:transition');
    expect(log.eventAttributes.get('amount')?.type).toBe('float');
    expect(log.eventAttributes.get('lifecycle:transition')?.type).toBe('string');
  });
});

describe.skipIf(!existsSync(sharedLogs))('every CSV in ../shared/data/logs', () => {
  const withRefs = csvFixtures(sharedLogs, sharedRefs);
  it.each(withRefs)('%s reads as pm4py reads it', async (_name, file, ref) => {
    await expectSameAsPm4py(file, ref);
  }, 120_000);

  const all = existsSync(sharedLogs) ? readdirSync(sharedLogs).filter((f) => f.endsWith('.csv')) : [];
  it.each(all)('%s reads with everything detected, or fails with a user error', async (name) => {
    try {
      const log = await readCsv(join(sharedLogs, name));
      expect(log.activities.length).toBeGreaterThan(0);
    } catch (error) {
      // Only a missing column may stop a log without flags (eventlog.csv names its case column "ID").
      expect((error as { code?: string }).code).toBe('column-not-found');
    }
  }, 120_000);

  it('eventlog.csv with its columns named: trailing delimiter, NULL values, millisecond timestamps', async () => {
    const file = join(sharedLogs, 'eventlog.csv');
    if (!existsSync(file)) return;
    const log = await readCsv(file, { case: 'ID', activity: 'Event', timestamp: 'Date' });
    expect(log.info.delimiter).toBe(';');
    expect(log.activities.length).toBe(12151);
    // 'Role' is taken as the resource (a common name for it); the trailing ';' makes an unnamed last column
    // that is empty on every row: it leaves no attribute.
    expect(log.info.columns.resource).toBe('Role');
    expect([...log.eventAttributes.keys()]).toEqual(['Title']);
  });
});
