/**
 * Reference tier: the two Parquet files pm4py wrote (pandas/pyarrow, timestamp[ns] columns, dictionary pages)
 * read with every event kept (`lifecycle: 'all'`, pm4py's view) give pm4py's cases, events, activity counts,
 * start/end activities and time range.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventLog } from '../../../src/log/event-log.js';
import { readParquet } from '../../../src/log/parquet/read-parquet.js';

interface Ref {
  log: {
    cases: number;
    events: number;
    activities: { name: string; count: number }[];
    start_activities: Record<string, number>;
    end_activities: Record<string, number>;
    time_range: { start: string; end: string };
  };
}

function counts(names: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of names) out[n] = (out[n] ?? 0) + 1;
  return out;
}

function summarize(log: EventLog) {
  const cases = log.caseIds.length;
  const first: string[] = [];
  const last: string[] = [];
  for (let c = 0; c < cases; c++) {
    first.push(log.activityNames[log.activities[log.caseOffsets[c]]]);
    last.push(log.activityNames[log.activities[log.caseOffsets[c + 1] - 1]]);
  }
  let min = Infinity;
  let max = -Infinity;
  for (const t of log.timestamps) {
    min = Math.min(min, t);
    max = Math.max(max, t);
  }
  return {
    cases,
    events: log.activities.length,
    activities: counts(Array.from(log.activities, (a) => log.activityNames[a])),
    start: counts(first),
    end: counts(last),
    range: [min, max],
  };
}

describe.each(['running-example', 'receipt'])('%s.parquet against pm4py', (name) => {
  const ref = (JSON.parse(readFileSync(`fixtures/refs/pm4py/${name}.parquet.json`, 'utf8')) as Ref).log;

  it('has the same cases, events, activities, start/end activities and time range', async () => {
    const s = summarize(await readParquet(`fixtures/logs/${name}.parquet`, { lifecycle: 'all' }));
    expect(s.cases).toBe(ref.cases);
    expect(s.events).toBe(ref.events);
    expect(s.activities).toEqual(Object.fromEntries(ref.activities.map((a) => [a.name, a.count])));
    expect(s.start).toEqual(ref.start_activities);
    expect(s.end).toEqual(ref.end_activities);
    expect(s.range).toEqual([Date.parse(ref.time_range.start), Date.parse(ref.time_range.end)]);
  });
});

describe('receipt.parquet columns', () => {
  it('maps pm4py column names, keeps case attributes typed and pairs lifecycle with concept:instance', async () => {
    const log = await readParquet('fixtures/logs/receipt.parquet', { lifecycle: 'all' });
    expect(log.info.format).toBe('parquet');
    expect(log.info.columns).toEqual({
      case: 'case:concept:name',
      activity: 'concept:name',
      timestamp: 'time:timestamp',
      resource: 'org:resource',
      lifecycle: 'lifecycle:transition',
    });
    expect(log.caseAttributes.get('startdate')?.type).toBe('date');
    expect(log.caseAttributes.get('channel')?.type).toBe('string');
    expect(log.eventAttributes.get('concept:instance')?.type).toBe('string');
    // case:enddate is null for unfinished cases: missing, not the epoch.
    const enddate = log.caseAttributes.get('enddate')!;
    expect(enddate.type).toBe('date');
    const values = (enddate as { values: Float64Array }).values;
    expect(values.some((v) => Number.isNaN(v))).toBe(true);
    expect(values.some((v) => v > Date.UTC(2010, 0, 1))).toBe(true);
    expect(log.info.lifecycle?.transitions).toEqual({ complete: { count: 8577, treatment: 'kept' } });
  });

  it('reads zone-less pandas timestamps as UTC by default and in --timezone when given', async () => {
    const utc = await readParquet('fixtures/logs/running-example.parquet', { lifecycle: 'all' });
    const amsterdam = await readParquet('fixtures/logs/running-example.parquet', { lifecycle: 'all', timezone: 'Europe/Amsterdam' });
    // Winter time: one hour east of UTC.
    expect(amsterdam.timestamps[0]).toBe(utc.timestamps[0] - 3_600_000);
  });
});
