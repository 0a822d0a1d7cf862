import { describe, expect, it } from 'vitest';
import { computeCycleTime } from '../../src/analytics/cycle-time.js';
import { EventLogBuilder } from '../../src/log/builder.js';
import { readLog } from '../../src/log/read-log.js';
import { logOf } from '../helpers/log-of.js';
import {
  fixtureLogs, fixtureRefs, hasShared, PM4PY_ORDER_DIFFERS, pm4pyReadOptions, refCases, sharedLogs, sharedRefs, xesHasSingleOffset,
  type Pm4pyRef,
} from '../helpers/pm4py-refs.js';

const HOUR = 3600;

/** cases given as [id, startIso, endIso, region?]. */
function logOfCases(cases: [string, string, string, string?][]) {
  const b = new EventLogBuilder({ format: 'test', columns: { case: 'c', activity: 'a', timestamp: 't' } });
  for (const [id, start, end, region] of cases) {
    const c = b.caseFor(id);
    b.addEvent(c, 'open', Date.parse(start));
    b.addEvent(c, 'close', Date.parse(end));
    if (region) b.caseAttribute('region').setString(c, region);
  }
  return b.build();
}

describe('computeCycleTime', () => {
  it('gives numpy percentiles of case durations', () => {
    // durations 1h, 2h, 3h, 4h, 10h
    const log = logOfCases([
      ['1', '2024-01-01T00:00:00Z', '2024-01-01T01:00:00Z'],
      ['2', '2024-01-01T00:00:00Z', '2024-01-01T02:00:00Z'],
      ['3', '2024-01-01T00:00:00Z', '2024-01-01T03:00:00Z'],
      ['4', '2024-01-01T00:00:00Z', '2024-01-01T04:00:00Z'],
      ['5', '2024-01-01T00:00:00Z', '2024-01-01T10:00:00Z'],
    ]);
    const r = computeCycleTime(log, { slaSeconds: 3 * HOUR, bins: 3 });
    const { p90, p95, ...exact } = r.stats;
    expect(exact).toEqual({ min: HOUR, p25: 2 * HOUR, median: 3 * HOUR, mean: 4 * HOUR, p75: 4 * HOUR, max: 10 * HOUR });
    expect(p90).toBeCloseTo(7.6 * HOUR, 6); // 4h + 0.6 × 6h
    expect(p95).toBeCloseTo(8.8 * HOUR, 6);
    expect(r.sla).toEqual({ thresholdSeconds: 3 * HOUR, within: 3, share: 0.6 });
    expect(r.histogram.counts).toEqual([3, 1, 1]); // bins [1h,4h) [4h,7h) [7h,10h]
    expect(r.histogram.binStartSeconds[0]).toBe(HOUR);
    expect(r.histogram.binEndSeconds[2]).toBe(10 * HOUR);
  });

  it('buckets cases by the month they end in, in the time zone asked for', () => {
    // ends 2024-01-31T23:30Z: January in UTC, February in Europe/Amsterdam (UTC+1)
    const log = logOfCases([
      ['1', '2024-01-31T20:00:00Z', '2024-01-31T23:30:00Z'],
      ['2', '2024-02-10T00:00:00Z', '2024-02-10T01:00:00Z'],
    ]);
    expect(computeCycleTime(log, { by: 'month' }).trend!.points.map((p) => [p.period, p.cases])).toEqual([
      ['2024-01', 1],
      ['2024-02', 1],
    ]);
    const amsterdam = computeCycleTime(log, { by: 'month', timeZone: 'Europe/Amsterdam' }).trend!;
    expect(amsterdam.points).toEqual([{ period: '2024-02', cases: 2, medianSeconds: 2.25 * HOUR }]);
  });

  it('labels ISO weeks by their Monday and days by date', () => {
    const log = logOfCases([
      ['1', '2024-03-03T10:00:00Z', '2024-03-03T11:00:00Z'], // Sunday → week of Mon 26 Feb
      ['2', '2024-03-04T10:00:00Z', '2024-03-04T12:00:00Z'], // Monday
    ]);
    expect(computeCycleTime(log, { by: 'week' }).trend!.points.map((p) => p.period)).toEqual(['2024-02-26', '2024-03-04']);
    expect(computeCycleTime(log, { by: 'day' }).trend!.points.map((p) => p.period)).toEqual(['2024-03-03', '2024-03-04']);
  });

  it('groups by a case attribute with SLA shares', () => {
    const log = logOfCases([
      ['1', '2024-01-01T00:00:00Z', '2024-01-01T01:00:00Z', 'north'],
      ['2', '2024-01-01T00:00:00Z', '2024-01-01T05:00:00Z', 'north'],
      ['3', '2024-01-01T00:00:00Z', '2024-01-01T02:00:00Z', 'south'],
      ['4', '2024-01-01T00:00:00Z', '2024-01-01T02:00:00Z'],
    ]);
    const g = computeCycleTime(log, { groupBy: 'region', slaSeconds: 2 * HOUR }).groups!;
    expect(g.groups.map((x) => [x.name, x.cases, x.stats.median / HOUR, x.slaShare])).toEqual([
      ['north', 2, 3, 0.5],
      ['(missing)', 1, 2, 1],
      ['south', 1, 2, 1],
    ]);
  });

  it('has zero-length cases for single events', () => {
    expect(computeCycleTime(logOf('a', 'a')).stats.max).toBe(0);
  });
});

async function compare(name: string, file: string, ref: Pm4pyRef): Promise<void> {
  const expected = ref.case_durations;
  if (!expected || !xesHasSingleOffset(file) || PM4PY_ORDER_DIFFERS[name]) return;
  const r = computeCycleTime(await readLog(file, pm4pyReadOptions(ref)));
  for (const key of ['min', 'p25', 'median', 'mean', 'p75', 'p90', 'p95', 'max'] as const) {
    expect(Math.abs(r.stats[key] - expected[key]), key).toBeLessThan(1e-3);
  }
}

describe('case durations equal pm4py on the fixtures', () => {
  it.each(refCases(fixtureLogs, fixtureRefs))('%s', async (name, file, ref) => compare(name, file, ref));
});

describe.skipIf(!hasShared)('case durations equal pm4py on every public log', () => {
  it.each(refCases(sharedLogs, sharedRefs))('%s', async (name, file, ref) => compare(name, file, ref), 120_000);
});
