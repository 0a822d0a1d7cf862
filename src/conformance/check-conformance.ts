/**
 * One conformance check as a CI job or an auditor runs it: fitness by alignments or token replay, precision on
 * request, the deviations that explain the gap, unmatched labels, and whether the thresholds hold. A failed
 * threshold is a result (`passed: false`), not an exception.
 */
import type { EventLog } from '../log/event-log.js';
import { computeVariantLog } from '../log/variant-log.js';
import type { AcceptingPetriNet } from '../model/petri-net.js';
import { alignLog } from './alignments/align-log.js';
import { diagnoseAlignments, type Deviation, type DeviationKind } from './diagnostics.js';
import { matchLabels, type LabelMatchingOptions, type UnmatchedLabels } from './label-matching.js';
import { indexNet } from './indexed-net.js';
import { measurePrecision } from './precision.js';
import { replayTokens } from './token-replay.js';

export type ConformanceMethod = 'alignments' | 'tbr';

export interface CheckConformanceOptions {
  method?: ConformanceMethod;
  costModel?: 'standard' | 'pm4py';
  precision?: boolean;
  minFitness?: number;
  minPrecision?: number;
  labels?: LabelMatchingOptions;
  /** alignments: time budget per variant in seconds. */
  maxSecondsPerTrace?: number;
  /** how many worst variants to describe (default 10). */
  worst?: number;
  /** alignments: progress, in variants handed out of all variants. */
  onProgress?: (done: number, total: number) => void;
}

export interface VariantConformance {
  activities: string[];
  count: number;
  fitness: number | null;
  fitting: boolean;
  /** alignments: 'optimal'; otherwise why there is no alignment. */
  status: string;
  deviations: { activity: string; kind: DeviationKind; count: number }[];
}

export interface ConformanceResult {
  method: ConformanceMethod;
  costModel?: 'standard' | 'pm4py';
  fitness: number;
  averageTraceFitness: number;
  traces: { total: number; fitting: number; notAligned?: number };
  fittingShare: number;
  precision?: { method: 'alignments' | 'token'; value: number; complete: boolean };
  variants: VariantConformance[];
  deviations: Deviation[];
  unmatchedLabels: UnmatchedLabels;
  thresholds: { minFitness?: number; minPrecision?: number };
  passed: boolean;
  /** one sentence per failed threshold ("fitness 0.912 is below 0.95 by 0.038"). */
  failures: string[];
}

/**
 * @example
 * const r = checkConformance(log, net, { method: 'alignments', precision: true, minFitness: 0.9 });
 * r.passed; r.deviations[0]; // { activity: 'Check credit', kind: 'skipped', count: 180, cases: 178, share: 0.124 }
 */
export function checkConformance(log: EventLog, net: AcceptingPetriNet, options: CheckConformanceOptions = {}): ConformanceResult {
  const method = options.method ?? 'alignments';
  const variants = computeVariantLog(log);
  let result: ConformanceResult;
  if (method === 'alignments') {
    const a = alignLog(variants, net, {
      costModel: options.costModel,
      labels: options.labels,
      maxSecondsPerTrace: options.maxSecondsPerTrace,
      onProgress: options.onProgress,
    });
    const d = diagnoseAlignments(a, { worst: a.variants.length });
    const byKey = new Map(d.worstVariants.map((v) => [v.activities.join('\u0000'), v]));
    result = {
      method,
      costModel: a.costModel,
      fitness: a.fitness,
      averageTraceFitness: a.averageTraceFitness,
      traces: { total: a.traces.total, fitting: a.traces.fitting, notAligned: a.traces.notAligned },
      fittingShare: a.fittingShare,
      variants: a.variants.map((v) => ({
        activities: v.activities,
        count: v.count,
        fitness: v.fitness,
        fitting: v.fitting,
        status: v.status,
        deviations: byKey.get(v.activities.join('\u0000'))?.deviations ?? [],
      })),
      deviations: d.deviations,
      unmatchedLabels: a.unmatchedLabels,
      thresholds: {},
      passed: true,
      failures: [],
    };
  } else {
    const t = replayTokens(variants, net, { labels: options.labels });
    // Token replay has no moves: an activity that fired without being enabled (missing tokens) is reported as
    // inserted where the model did not expect it.
    const cases = new Map<string, { count: number; cases: number }>();
    const total = t.traces.total;
    const vlist: VariantConformance[] = t.variants.map((v) => {
      const counts = new Map<string, number>();
      for (const a of v.underfed) counts.set(a, (counts.get(a) ?? 0) + 1);
      for (const [a, n] of counts) {
        const e = cases.get(a) ?? { count: 0, cases: 0 };
        e.count += n * v.count;
        e.cases += v.count;
        cases.set(a, e);
      }
      return {
        activities: v.activities,
        count: v.count,
        fitness: v.fitness,
        fitting: v.fitting,
        status: 'replayed',
        deviations: [...counts].map(([activity, count]) => ({ activity, kind: 'inserted' as const, count })),
      };
    });
    result = {
      method,
      fitness: t.fitness,
      averageTraceFitness: t.averageTraceFitness,
      traces: t.traces,
      fittingShare: t.fittingShare,
      variants: vlist,
      deviations: [...cases]
        .map(([activity, e]) => ({ activity, kind: 'inserted' as const, count: e.count, cases: e.cases, share: total ? e.cases / total : 0 }))
        .sort((a, b) => b.cases - a.cases || (a.activity < b.activity ? -1 : 1)),
      unmatchedLabels: (({ logOnly, modelOnly }) => ({ logOnly, modelOnly }))(
        matchLabels(variants.activityNames, indexNet(net).labelNames, options.labels),
      ),
      thresholds: {},
      passed: true,
      failures: [],
    };
  }
  result.variants.sort(byFitnessThenCount);
  if (options.precision) {
    const p = measurePrecision(variants, net, { method: method === 'alignments' ? 'alignments' : 'token', labels: options.labels });
    result.precision = { method: p.method, value: p.precision, complete: p.complete };
  }
  applyThresholds(result, options);
  return result;
}

function byFitnessThenCount(a: VariantConformance, b: VariantConformance): number {
  const fa = a.fitness ?? -1;
  const fb = b.fitness ?? -1;
  return fa - fb || b.count - a.count || (a.activities.join('\u0000') < b.activities.join('\u0000') ? -1 : 1);
}

function applyThresholds(r: ConformanceResult, o: CheckConformanceOptions): void {
  const fmt = (x: number) => x.toFixed(4);
  if (o.minFitness !== undefined) {
    r.thresholds.minFitness = o.minFitness;
    if (!(r.fitness >= o.minFitness)) {
      r.failures.push(`fitness ${fmt(r.fitness)} is below the minimum ${fmt(o.minFitness)} by ${fmt(o.minFitness - r.fitness)}`);
    }
  }
  if (o.minPrecision !== undefined) {
    r.thresholds.minPrecision = o.minPrecision;
    const p = r.precision?.value ?? NaN;
    if (!(p >= o.minPrecision)) {
      r.failures.push(Number.isNaN(p)
        ? `precision could not be computed, so the minimum ${fmt(o.minPrecision)} is not met`
        : `precision ${fmt(p)} is below the minimum ${fmt(o.minPrecision)} by ${fmt(o.minPrecision - p)}`);
    }
  }
  r.passed = r.failures.length === 0;
}
