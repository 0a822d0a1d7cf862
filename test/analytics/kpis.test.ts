import { describe, expect, it } from 'vitest';
import { choosePeriod, computeKpis, nextPeriodLabel, parseCostTable } from '../../src/analytics/kpis.js';
import { EventLogBuilder } from '../../src/log/builder.js';
import { InputError } from '../../src/errors.js';

const DAY = 86_400;
const at = (iso: string) => Date.parse(iso);

/**
 * Four cases over three ISO weeks (UTC):
 *   1: a 01-01, b 01-02, c 01-03                 2 days, week 1 → week 1
 *   2: a 01-02, b 01-02 12h, b 01-03, x 01-05    3 days, rework, week 1 → week 1
 *   3: a 01-08, c 01-09                          1 day,  week 2 → week 2
 *   4: a 01-09, fail 01-20                       11 days, week 2 → week 3
 */
function fourCases() {
  const b = new EventLogBuilder({ format: 'test', columns: { case: 'c', activity: 'a', timestamp: 't' } });
  const cases: [string, [string, string][]][] = [
    ['1', [['a', '2024-01-01T00:00Z'], ['b', '2024-01-02T00:00Z'], ['c', '2024-01-03T00:00Z']]],
    ['2', [['a', '2024-01-02T00:00Z'], ['b', '2024-01-02T12:00Z'], ['b', '2024-01-03T00:00Z'], ['x', '2024-01-05T00:00Z']]],
    ['3', [['a', '2024-01-08T00:00Z'], ['c', '2024-01-09T00:00Z']]],
    ['4', [['a', '2024-01-09T00:00Z'], ['fail', '2024-01-20T00:00Z']]],
  ];
  for (const [id, events] of cases) {
    const c = b.caseFor(id);
    for (const [activity, time] of events) b.addEvent(c, activity, at(time));
  }
  return b.build();
}

describe('computeKpis', () => {
  it('counts size, cycle time, SLA and rework', () => {
    const k = computeKpis(fourCases(), { by: 'week', slaSeconds: 3 * DAY });
    expect(k).toMatchObject({ cases: 4, events: 11, activities: 5, variants: 4 });
    expect(k.timeRange).toEqual({ start: '2024-01-01T00:00:00.000Z', end: '2024-01-20T00:00:00.000Z' });
    expect(k.cycleTime).toEqual({ medianSeconds: 2.5 * DAY, meanSeconds: 4.25 * DAY }); // 1, 2, 3, 11 days
    expect(k.sla).toEqual({ thresholdSeconds: 3 * DAY, within: 3, share: 0.75 });
    expect(k.rework).toEqual({ cases: 1, share: 0.25 });
  });

  it('gives arrivals, throughput and work in progress per period, gaps included', () => {
    const k = computeKpis(fourCases(), { by: 'week', slaSeconds: 3 * DAY });
    expect(k.period).toBe('week');
    expect(k.perPeriod).toEqual([
      { period: '2024-01-01', started: 2, completed: 2, wip: 0, medianCycleTimeSeconds: 2.5 * DAY, slaShare: 1 },
      { period: '2024-01-08', started: 2, completed: 1, wip: 1, medianCycleTimeSeconds: 1 * DAY, slaShare: 1 },
      { period: '2024-01-15', started: 0, completed: 1, wip: 0, medianCycleTimeSeconds: 11 * DAY, slaShare: 0 },
    ]);
    // starts 01-01, 01-02, 01-08, 01-09: 3 gaps over 8 days; ends 01-03 … 01-20: 3 gaps over 17 days
    expect(k.arrivalRate).toEqual({ perDay: 3 / 8, perWeek: 21 / 8 });
    expect(k.throughputRate.perDay).toBeCloseTo(3 / 17, 12);
    expect(k.wip).toEqual({ mean: 1 / 3, max: 1, last: 0 });
  });

  it('fills empty days and cuts periods in the time zone given', () => {
    const k = computeKpis(fourCases(), { by: 'day', timeZone: 'America/Sao_Paulo' });
    // 2024-01-01T00:00Z is 2023-12-31 21:00 in São Paulo (UTC−3)
    expect(k.perPeriod[0]).toMatchObject({ period: '2023-12-31', started: 1, completed: 0, wip: 1 });
    expect(k.perPeriod.at(-1)).toMatchObject({ period: '2024-01-19', completed: 1, wip: 0 });
    expect(k.perPeriod).toHaveLength(20); // 2023-12-31 … 2024-01-19
    expect(k.perPeriod.find((p) => p.period === '2024-01-12')).toMatchObject({ started: 0, completed: 0, wip: 1 });
    expect(Number.isNaN(k.perPeriod.find((p) => p.period === '2024-01-12')!.medianCycleTimeSeconds)).toBe(true);
  });

  it('chooses a readable period when none is given', () => {
    expect(computeKpis(fourCases()).period).toBe('day');
    expect(choosePeriod(30 * DAY * 1000)).toBe('day');
    expect(choosePeriod(200 * DAY * 1000)).toBe('week');
    expect(choosePeriod(4 * 365 * DAY * 1000)).toBe('month');
  });

  it('measures the error rate from failure activities', () => {
    const k = computeKpis(fourCases(), { by: 'week', failureActivities: ['fail', 'x', 'never'] });
    expect(k.errorRate).toEqual({
      rule: 'failure-activities',
      activities: ['fail', 'x', 'never'],
      cases: 2,
      share: 0.5,
      byActivity: [{ activity: 'fail', cases: 1 }, { activity: 'x', cases: 1 }, { activity: 'never', cases: 0 }],
    });
    expect(k.perPeriod.map((p) => p.errorShare)).toEqual([0.5, 0, 1]);
  });

  it('measures the error rate from success end activities', () => {
    const k = computeKpis(fourCases(), { successEndActivities: ['c'] });
    expect(k.errorRate).toMatchObject({ rule: 'success-end-activities', cases: 2, share: 0.5 });
    expect(k.errorRate!.byActivity).toEqual([{ activity: 'fail', cases: 1 }, { activity: 'x', cases: 1 }]);
  });

  it('prices executions and waiting time from a cost table', () => {
    const table = parseCostTable('activity,per_execution,per_waiting_hour\na,10,\nb,,1\n*,1,0\n', 'costs.csv');
    const cost = computeKpis(fourCases(), { cost: { kind: 'table', table } }).cost!;
    // case 1: a 10 + b 24h waiting 24 + c 1 = 35; case 2: 10 + 12 + 12 + 1 = 35; cases 3 and 4: 10 + 1 = 11
    expect(cost.total).toBe(92);
    expect(cost.perCase).toEqual({ mean: 23, median: 23, p90: 35, max: 35 });
    expect(cost.perActivity.map((a) => [a.activity, a.executions, a.total])).toEqual([
      ['b', 3, 48], ['a', 4, 40], ['c', 2, 2], ['fail', 1, 1], ['x', 1, 1],
    ]);
    expect(cost.perActivity[0].share).toBeCloseTo(48 / 92, 12);
    expect(cost.perVariant.map((v) => [v.activities.join(' '), v.total])).toEqual([
      ['a b b x', 35], ['a b c', 35], ['a c', 11], ['a fail', 11],
    ]);
    expect(cost.costliestCases).toEqual([
      { caseId: '1', total: 35 }, { caseId: '2', total: 35 }, { caseId: '3', total: 11 }, { caseId: '4', total: 11 },
    ]);
    expect(cost.unpricedActivities).toEqual([]);
  });

  it('lists unpriced activities and prices service hours where starts exist', () => {
    const b = new EventLogBuilder({ format: 'test', columns: { case: 'c', activity: 'a', timestamp: 't' } });
    const c = b.caseFor('1');
    const h = (x: number) => at('2024-01-01T00:00Z') + x * 3_600_000;
    b.setStartTimestamp(b.addEvent(c, 'a', h(2)), h(0));
    b.setStartTimestamp(b.addEvent(c, 'b', h(4)), h(3));
    b.addEvent(c, 'z', h(5));
    const table = parseCostTable('activity,per_service_hour,per_waiting_hour\na,5,0\nb,1,2', 'costs.csv');
    const cost = computeKpis(b.build(), { cost: { kind: 'table', table } }).cost!;
    // a: 2 h service × 5 = 10; b: 1 h service × 1 + 1 h waiting × 2 = 3; z: no rate
    expect(cost.total).toBe(13);
    expect(cost.unpricedActivities).toEqual(['z']);
  });

  it('sums a numeric cost attribute of events', () => {
    const b = new EventLogBuilder({ format: 'test', columns: { case: 'c', activity: 'a', timestamp: 't' } });
    const add = (id: string, activity: string, minute: number, cost?: number) => {
      const row = b.addEvent(b.caseFor(id), activity, at('2024-01-01T00:00Z') + minute * 60_000);
      if (cost !== undefined) b.eventAttribute('cost:total').setNumber(row, cost, 'float');
    };
    add('1', 'a', 0, 2.5);
    add('1', 'b', 1, 4);
    add('2', 'a', 2, 1.5);
    add('2', 'b', 3);
    const cost = computeKpis(b.build(), { cost: { kind: 'attribute', attribute: 'cost:total' } }).cost!;
    expect(cost).toMatchObject({ source: 'attribute', attribute: 'cost:total', total: 8, missingValues: 1 });
    expect(cost.perActivity.map((a) => [a.activity, a.total, a.meanPerExecution])).toEqual([['a', 4, 2], ['b', 4, 2]]);
    expect(cost.costliestCases).toEqual([{ caseId: '1', total: 6.5 }, { caseId: '2', total: 1.5 }]);
  });
});

describe('nextPeriodLabel', () => {
  it('steps over month, year and leap-day boundaries', () => {
    expect(nextPeriodLabel('2024-12', 'month')).toBe('2025-01');
    expect(nextPeriodLabel('2024-02-28', 'day')).toBe('2024-02-29');
    expect(nextPeriodLabel('2024-12-30', 'week')).toBe('2025-01-06');
  });
});

describe('parseCostTable', () => {
  it('reads rates, blank cells as 0, and the * fallback', () => {
    const t = parseCostTable('\uFEFFActivity,Per Execution\r\n"pay, now",3\r\n*,1\r\n', 'costs.csv');
    expect(t.rates.get('pay, now')).toEqual({ perExecution: 3, perServiceHour: 0, perWaitingHour: 0 });
    expect(t.fallback).toEqual({ perExecution: 1, perServiceHour: 0, perWaitingHour: 0 });
  });

  it('names the file, line and column of a bad value', () => {
    const read = () => parseCostTable('activity,per_execution\na,1\nb,lots\n', 'costs.csv');
    expect(read).toThrow(InputError);
    expect(read).toThrow(/lots/);
    try {
      read();
    } catch (error) {
      expect((error as InputError).where).toBe('costs.csv:3:2');
    }
    expect(() => parseCostTable('name,price\n', 'costs.csv')).toThrow(/header/);
  });
});
