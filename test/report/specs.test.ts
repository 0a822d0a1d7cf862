import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { findBottlenecks } from '../../src/analytics/bottlenecks.js';
import { computeCycleTime } from '../../src/analytics/cycle-time.js';
import { computeKpis, parseCostTable } from '../../src/analytics/kpis.js';
import { computeRework } from '../../src/analytics/rework.js';
import { computeVariants } from '../../src/analytics/variants.js';
import { createActivityTimesSpec } from '../../src/report/html/specs/activity-times-spec.js';
import { createBottleneckEdgesSpec } from '../../src/report/html/specs/bottleneck-edges-spec.js';
import { createCasesPerPeriodSpec } from '../../src/report/html/specs/cases-per-period-spec.js';
import { createCostPerActivitySpec } from '../../src/report/html/specs/cost-per-activity-spec.js';
import { createCycleTimeHistogramSpec } from '../../src/report/html/specs/cycle-time-histogram-spec.js';
import { createCycleTimeTrendSpec } from '../../src/report/html/specs/cycle-time-trend-spec.js';
import { createDeviationsSpec } from '../../src/report/html/specs/deviations-spec.js';
import { createGroupsSpec } from '../../src/report/html/specs/groups-spec.js';
import { createReworkSpec } from '../../src/report/html/specs/rework-spec.js';
import { createShareTrendSpec } from '../../src/report/html/specs/share-trend-spec.js';
import { chooseDurationUnit, SCHEMA, type VegaLiteSpec } from '../../src/report/html/specs/spec-common.js';
import { createVariantsParetoSpec, SELECTED_VARIANT_PARAM } from '../../src/report/html/specs/variants-pareto-spec.js';
import { createWipSpec } from '../../src/report/html/specs/wip-spec.js';
import { logOf } from '../helpers/log-of.js';
import { readXssLog, XSS, XSS_CLOSE, XSS_COSTS_CSV, XSS_JS, XSS_QUOTE, XSS_REGION } from './report-fixtures.js';
import { specExpressions as expressions } from './spec-expressions.js';

const DAY = 86400;

/** Every spec of the report, built from the hostile log. */
async function buildAllSpecs(): Promise<Record<string, VegaLiteSpec>> {
  const log = await readXssLog();
  const k = computeKpis(log, { by: 'day', slaSeconds: 2 * DAY, failureActivities: [XSS_JS], cost: { kind: 'table', table: parseCostTable(XSS_COSTS_CSV, 'costs.csv') } });
  const ct = computeCycleTime(log, { groupBy: 'region', slaSeconds: 2 * DAY });
  const b = findBottlenecks(log);
  return {
    pareto: createVariantsParetoSpec(computeVariants(log).variants),
    histogram: createCycleTimeHistogramSpec(ct.histogram, [{ label: 'median', seconds: ct.stats.median }, { label: 'SLA', seconds: 2 * DAY }]),
    trend: createCycleTimeTrendSpec(k.perPeriod.map((p) => ({ period: p.period, cases: p.completed, medianSeconds: p.medianCycleTimeSeconds })), 'day'),
    casesPerPeriod: createCasesPerPeriodSpec(k.perPeriod, 'day'),
    wip: createWipSpec(k.perPeriod, 'day'),
    sla: createShareTrendSpec(k.perPeriod.map((p) => ({ period: p.period, share: p.slaShare, cases: p.completed })), 'day', 'SLA', 'within SLA', '#2e7d32'),
    edges: createBottleneckEdgesSpec(b.edges),
    activities: createActivityTimesSpec(b.activities),
    rework: createReworkSpec(computeRework(log)),
    groups: createGroupsSpec('region', ct.groups!.groups),
    cost: createCostPerActivitySpec(k.cost!.perActivity),
    deviations: createDeviationsSpec([{ activity: XSS, kind: 'skipped', count: 3, share: 0.5 }, { activity: 'register', kind: 'inserted', count: 1, share: 1 / 6 }]),
  };
}


const values = (spec: VegaLiteSpec) => (spec.data as { values: Record<string, unknown>[] }).values;

describe('Vega-Lite spec builders', () => {
  it('build specs that Vega-Lite compiles without a warning', async () => {
    const specs = await buildAllSpecs();
    for (const [name, spec] of Object.entries(specs)) {
      const warnings: string[] = [];
      const logger = { level: () => logger, error: (...m: unknown[]) => warnings.push(`error ${m.join(' ')}`), warn: (...m: unknown[]) => warnings.push(m.join(' ')), info: () => logger, debug: () => logger };
      expect(() => compile(spec as never, { logger: logger as never }), name).not.toThrow();
      expect(warnings, name).toEqual([]);
      expect(spec.$schema, name).toBe(SCHEMA);
      expect(spec.width, name).toBe('container');
      expect(JSON.stringify(spec), `${name} has tooltips`).toContain('"tooltip"');
    }
  });

  it('never put log text into an expression', async () => {
    const specs = await buildAllSpecs();
    const hostile = [XSS, XSS_CLOSE, XSS_JS, XSS_QUOTE, XSS_REGION, 'register'];
    for (const [name, spec] of Object.entries(specs)) {
      for (const expr of expressions(spec)) {
        for (const text of hostile) expect(expr, name).not.toContain(text);
      }
    }
    expect(expressions(specs.pareto)).toEqual([`datum.rank === ${SELECTED_VARIANT_PARAM}`]);
  });

  it('are pure: the same input gives the same spec', async () => {
    expect(JSON.stringify(await buildAllSpecs())).toBe(JSON.stringify(await buildAllSpecs()));
  });

  it('Pareto: one bar per variant with its cumulative share, the first selected', () => {
    const spec = createVariantsParetoSpec(computeVariants(logOf('a b', 'a b', 'a c', 'a b', 'a c', 'd')).variants);
    expect(values(spec).map((v) => [v.rank, v.cases, v.cumulativeShare, v.sequence])).toEqual([
      [1, 3, 0.5, 'a → b'],
      [2, 2, 0.8333, 'a → c'],
      [3, 1, 1, 'd'],
    ]);
    expect(spec.params).toEqual([{ name: SELECTED_VARIANT_PARAM, value: 1 }]);
  });

  it('Pareto: long sequences are abbreviated in labels, and bars capped', () => {
    const traces = Array.from({ length: 60 }, (_, i) => `s ${'x '.repeat(i)}e`);
    const spec = createVariantsParetoSpec(computeVariants(logOf(...traces)).variants, 50);
    expect(values(spec)).toHaveLength(50);
    expect(values(spec).some((v) => String(v.sequence).includes('more)'))).toBe(true);
  });

  it('histogram: bins in a readable unit with the median and SLA marked', () => {
    const ct = computeCycleTime(logOf('a b c', 'a b'), { bins: 2 }); // durations 2 min and 1 min
    const spec = createCycleTimeHistogramSpec(ct.histogram, [{ label: 'median', seconds: 90 }]);
    const layers = spec.layer as VegaLiteSpec[];
    expect(values(layers[0])).toEqual([
      { from: 1, to: 1.5, cases: 1, range: '1m – 1m 30s' },
      { from: 1.5, to: 2, cases: 1, range: '1m 30s – 2m' },
    ]);
    expect((layers[0].encoding as { x: { title: string } }).x.title).toBe('case duration (minutes)');
    expect(values(layers[1])).toEqual([{ marker: 'median', at: 1.5, duration: '1m 30s' }]);
  });

  it('per-period series read period labels as UTC calendar dates', () => {
    const k = computeKpis(logOf('a b', 'a b'), { by: 'month' });
    const spec = createCasesPerPeriodSpec(k.perPeriod, 'month');
    expect((spec.encoding as { x: unknown }).x).toEqual({ field: 'period', type: 'temporal', timeUnit: 'utcyearmonth', title: 'month' });
    expect(values(spec)).toEqual([{ period: '2024-01', series: 'started', cases: 2 }, { period: '2024-01', series: 'completed', cases: 2 }]);
    expect((createWipSpec(k.perPeriod, 'week').encoding as { x: { timeUnit: string } }).x.timeUnit).toBe('utcyearmonthdate');
  });

  it('share trends leave out periods without completed cases', () => {
    const spec = createShareTrendSpec(
      [{ period: '2024-01-01', share: 0.5, cases: 2 }, { period: '2024-01-02', share: NaN, cases: 0 }, { period: '2024-01-03', share: 1, cases: 1 }],
      'day', 'SLA', 'within SLA', '#000',
    );
    expect(values(spec).map((v) => [v.period, v.share, v.shareText])).toEqual([['2024-01-01', 0.5, '50.0%'], ['2024-01-03', 1, '100.0%']]);
  });

  it('bottleneck ranking keeps the order of total waiting time', async () => {
    const b = findBottlenecks(await readXssLog());
    const spec = createBottleneckEdgesSpec(b.edges, 3);
    expect(values(spec).map((v) => v.edge)).toEqual(b.edges.slice(0, 3).map((e) => `${e.from} → ${e.to}`));
    expect((spec.encoding as { y: { sort: unknown } }).y.sort).toEqual({ field: 'rank', order: 'ascending' });
  });

  it('chooses the duration unit from the largest value', () => {
    expect(chooseDurationUnit(3 * DAY).name).toBe('days');
    expect(chooseDurationUnit(5 * 3600).name).toBe('hours');
    expect(chooseDurationUnit(600).name).toBe('minutes');
    expect(chooseDurationUnit(30).name).toBe('seconds');
  });
});
