/**
 * The comparison report's Vega-Lite specs and the data behind them: specs compile without a warning and keep
 * log text out of every Vega expression; duration bands, difference rows and the trimmed difference map are
 * checked on hand-made numbers.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { compareGroups } from '../../../src/analytics/compare/compare-groups.js';
import type { EdgeChange, MapDifference } from '../../../src/analytics/compare/map-difference.js';
import { binDurations } from '../../../src/report/html/compare/bin-durations.js';
import { trimMapDifference } from '../../../src/report/html/compare/trim-map-difference.js';
import { createCycleTimeDifferenceSpec } from '../../../src/report/html/specs/cycle-time-difference-spec.js';
import { createDurationBandsSpec } from '../../../src/report/html/specs/duration-bands-spec.js';
import { createEdgeChangesSpec } from '../../../src/report/html/specs/edge-changes-spec.js';
import { pickGroupColors } from '../../../src/report/html/specs/group-colors.js';
import { SCHEMA, type VegaLiteSpec } from '../../../src/report/html/specs/spec-common.js';
import { createVariantShiftSpec } from '../../../src/report/html/specs/variant-shift-spec.js';
import { computeCaseDurations } from '../../../src/analytics/case-durations.js';
import { readXssPair, XSS, XSS_CLOSE, XSS_GROUP, XSS_JS, XSS_QUOTE } from './compare-fixtures.js';
import { specExpressions as expressions } from '../spec-expressions.js';

const M = 60;
const H = 3600;
const D = 86400;

/** Every spec of the comparison report, built from the hostile pair. */
async function buildAllSpecs(): Promise<Record<string, VegaLiteSpec>> {
  const groups = await readXssPair();
  const r = compareGroups(groups, { resamples: 200 });
  const c = r.comparisons[0];
  const t = c.tests.cycleTime;
  return {
    bands: createDurationBandsSpec(binDurations(groups.map((g) => ({ name: g.name, durations: computeCaseDurations(g.log) })))),
    difference: createCycleTimeDifferenceSpec([
      { label: `${c.b} − ${c.a}: median`, method: 'bootstrap', valueSeconds: t.medianDifferenceSeconds, ci95: t.ci95 },
      { label: `${c.b} − ${c.a}: mean`, method: "Welch's t", valueSeconds: t.meanDifferenceSeconds, ci95: t.meanCi95 },
    ]),
    variants: createVariantShiftSpec([
      ...c.variants.changed.map((v) => ({ kind: 'changed' as const, activities: v.activities, shareA: v.shareA, shareB: v.shareB })),
      ...c.variants.onlyB.top.map((v) => ({ kind: 'onlyB' as const, activities: v.activities, shareA: 0, shareB: v.share })),
      ...c.variants.onlyA.top.map((v) => ({ kind: 'onlyA' as const, activities: v.activities, shareA: v.share, shareB: 0 })),
    ], c.a, c.b),
    edges: createEdgeChangesSpec(c.edges, c.a, c.b),
  };
}

/** Compiles a spec, collecting Vega-Lite's warnings. */
function compileSpec(spec: VegaLiteSpec): { vega: unknown; warnings: string[] } {
  const warnings: string[] = [];
  const logger = { level: () => logger, error: (...m: unknown[]) => warnings.push(`error ${m.join(' ')}`), warn: (...m: unknown[]) => warnings.push(m.join(' ')), info: () => logger, debug: () => logger };
  const vega = compile(spec as never, { logger: logger as never }).spec;
  return { vega, warnings };
}


const values = (spec: VegaLiteSpec, layer?: number) =>
  ((layer === undefined ? spec : (spec.layer as VegaLiteSpec[])[layer]).data as { values: Record<string, unknown>[] }).values;

describe('comparison spec builders', () => {
  it('build specs that Vega-Lite compiles without a warning, with tooltips', async () => {
    for (const [name, spec] of Object.entries(await buildAllSpecs())) {
      const { warnings } = compileSpec(spec);
      expect(warnings, name).toEqual([]);
      expect(spec.$schema, name).toBe(SCHEMA);
      expect(spec.width, name).toBe('container');
      expect(JSON.stringify(spec), `${name} has tooltips`).toContain('"tooltip"');
    }
  });

  it('never put log text into an expression, before or after compiling to Vega', async () => {
    for (const [name, spec] of Object.entries(await buildAllSpecs())) {
      const all = [...expressions(spec), ...expressions(compileSpec(spec).vega)].join('\n');
      for (const text of [XSS, XSS_CLOSE, XSS_QUOTE, XSS_JS, XSS_GROUP, 'before']) expect(all.includes(text), `${name}: ${text}`).toBe(false);
    }
  });

  it('give the compared groups the same colours in every chart, the baseline first', () => {
    expect(pickGroupColors(['a', 'b', 'c'])).toEqual(['#78909c', '#1e88e5', '#e65100']);
    const spec = createDurationBandsSpec(binDurations([{ name: 'a', durations: [M, H] }, { name: 'b', durations: [D] }]));
    expect((spec.encoding as { color: { scale: unknown } }).color.scale).toEqual({ domain: ['a', 'b'], range: ['#78909c', '#1e88e5'] });
  });

  it('colour a difference by where its interval lies', () => {
    const spec = createCycleTimeDifferenceSpec([
      { label: 'faster', method: 'm', valueSeconds: -2 * D, ci95: [-3 * D, -D] },
      { label: 'slower', method: 'm', valueSeconds: 2 * D, ci95: [D, 3 * D] },
      { label: 'unclear', method: 'm', valueSeconds: D, ci95: [-D, 3 * D] },
      { label: 'untestable', method: 'm', valueSeconds: D, ci95: [NaN, NaN] },
    ]);
    expect(values(spec, 1).map((v) => [v.row, v.value, v.lo, v.hi, v.direction, v.interval])).toEqual([
      ['faster', -2, -3, -1, 'faster', '-3d to -1d'],
      ['slower', 2, 1, 3, 'slower', '+1d to +3d'],
      ['unclear', 1, -1, 3, 'no clear difference', '-1d to +3d'],
      ['untestable', 1, null, null, 'no clear difference', 'not computable'],
    ]);
  });

  it('label variant bars #1, #2, … in the order given, changes in percentage points', () => {
    const spec = createVariantShiftSpec([
      { kind: 'onlyB', activities: ['a', 'x'], shareA: 0, shareB: 0.25 },
      { kind: 'changed', activities: ['a', 'b'], shareA: 0.5, shareB: 0.6 },
      { kind: 'onlyA', activities: [], shareA: 0.125, shareB: 0 },
    ], 'A', 'B');
    expect(values(spec).map((v) => [v.variant, v.kind, v.change, v.sequence, v.shares])).toEqual([
      ['#1', 'only in B', 25, 'a → x', 'A: 0.0%, B: 25.0%'],
      ['#2', 'share changed', 10, 'a → b', 'A: 50.0%, B: 60.0%'],
      ['#3', 'only in A', -12.5, '(no events)', 'A: 12.5%, B: 0.0%'],
    ]);
  });

  it('chart the paths whose waiting per case changed, leaving out those without a change', () => {
    const edge = (from: string, waitPerCaseChange: number): EdgeChange => ({
      from, to: 'z', countA: 1, countB: 1, perCaseA: 1, perCaseB: 1, frequencyChange: 0,
      medianWaitA: H, medianWaitB: 2 * H, medianWaitChange: H, meanWaitA: H, meanWaitB: 2 * H, waitPerCaseChange,
    });
    const spec = createEdgeChangesSpec([edge('a', 3 * H), edge('b', -2 * H), edge('c', 0), edge('d', NaN)], 'A', 'B');
    expect(values(spec).map((v) => [v.path, v.change, v.direction, v.changeText])).toEqual([
      ['#1 a → z', 3, 'more waiting per case', '+3h'],
      ['#2 b → z', -2, 'less waiting per case', '-2h'],
    ]);
  });
});

describe('binDurations', () => {
  it('cuts durations spanning minutes to weeks at round durations, counting every group in the same bands', () => {
    const bands = binDurations([
      { name: 'A', durations: [30, 10 * M, 3 * H, 2 * D, 20 * D, NaN] },
      { name: 'B', durations: [45, 45, 5 * H] },
    ]);
    // the fine ladder would make 16 bands, too many: the coarse one
    expect(bands.bands.map((b) => b.label)).toEqual(['under 1m', '1m – 15m', '15m – 1h', '1h – 4h', '4h – 1d', '1d – 3d', '3d – 7d', '7d – 14d', '14d or more']);
    expect(bands.groups).toEqual([
      { name: 'A', cases: 5, counts: [1, 1, 0, 1, 0, 1, 0, 0, 1] },
      { name: 'B', cases: 3, counts: [2, 0, 0, 0, 1, 0, 0, 0, 0] },
    ]);
  });

  it('uses the fine ladder when it gives few enough bands', () => {
    const bands = binDurations([{ name: 'A', durations: [10 * M, 20 * M, 3 * H] }]);
    expect(bands.bands.map((b) => b.label)).toEqual(['under 15m', '15m – 30m', '30m – 1h', '1h – 2h', '2h or more']);
    expect(bands.groups[0].counts).toEqual([1, 1, 0, 0, 1]);
  });

  it('falls back to equal widths when durations span less than a few round bands, and to one band when all are equal', () => {
    const narrow = binDurations([{ name: 'A', durations: [2 * D, 2.5 * D, 3.5 * D] }, { name: 'B', durations: [4 * D] }]);
    expect(narrow.bands).toHaveLength(8);
    expect(narrow.bands[0].label).toBe('2d – 2d 6h');
    expect(narrow.bands[7].label).toBe('3d 18h – 4d');
    expect(narrow.groups.map((g) => g.counts)).toEqual([[1, 0, 1, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 0, 0, 1]]);
    expect(binDurations([{ name: 'A', durations: [H, H] }]).bands.map((b) => b.label)).toEqual(['1h']);
    expect(binDurations([{ name: 'A', durations: [NaN] }])).toEqual({ bands: [], groups: [{ name: 'A', cases: 0, counts: [] }] });
  });
});

describe('trimMapDifference', () => {
  const activity = (name: string, perCase: number) => ({ name, countA: 1, countB: 1, perCaseA: perCase, perCaseB: perCase, change: 0 });
  const edge = (from: string, to: string, perCase: number): EdgeChange => ({
    from, to, countA: 1, countB: 1, perCaseA: perCase, perCaseB: perCase, frequencyChange: 0,
    medianWaitA: 1, medianWaitB: 1, medianWaitChange: 0, meanWaitA: 1, meanWaitB: 1, waitPerCaseChange: 0,
  });

  it('keeps small maps whole', () => {
    const diff: MapDifference = { activities: [activity('a', 1), activity('b', 1)], edges: [edge('a', 'b', 1)] };
    expect(trimMapDifference(diff)).toEqual({ diff, hiddenActivities: 0, hiddenEdges: 0 });
  });

  it('keeps the busiest activities, paths by frequency and by rank, in the given order, and drops activities left alone', () => {
    const diff: MapDifference = {
      activities: [activity('rare', 0.1), activity('a', 1), activity('b', 0.9), activity('c', 0.8), activity('lonely', 0.5)],
      // ranked by change: the first is the most changed but the least frequent
      edges: [edge('c', 'a', 0.05), edge('a', 'b', 0.9), edge('b', 'c', 0.8), edge('b', 'lonely', 0.01), edge('rare', 'a', 0.1)],
    };
    const trimmed = trimMapDifference(diff, 4, 3);
    expect(trimmed.diff.activities.map((a) => a.name)).toEqual(['a', 'b', 'c']);
    expect(trimmed.diff.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['c>a', 'a>b', 'b>c']);
    expect([trimmed.hiddenActivities, trimmed.hiddenEdges]).toEqual([2, 2]);
  });
});
