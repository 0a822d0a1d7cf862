/**
 * Variants: each distinct activity sequence with its number of cases, share, cumulative share (Pareto), and the
 * mean and median duration of its cases. Keys as pm4py's: the sequence of activity names in time order.
 * Sorted by count descending, then by the sequence (element-wise by name).
 */
import type { EventLog } from '../log/event-log.js';
import { computeVariantLog, variantTrace } from '../log/variant-log.js';
import { quantileSorted } from '../util/quantile.js';
import { computeCaseDurations } from './case-durations.js';

export interface VariantStats {
  activities: string[];
  count: number;
  share: number;
  cumulativeShare: number;
  meanDurationSeconds: number;
  medianDurationSeconds: number;
}

export interface VariantsResult {
  cases: number;
  /** number of distinct variants (also when `top` cut the list). */
  total: number;
  variants: VariantStats[];
}

export interface ComputeVariantsOptions {
  /** keep the first N variants. */
  top?: number;
}

/**
 * @example
 * computeVariants(log, { top: 10 }).variants[0]; // { activities: ['a', 'b'], count: 120, share: 0.4, … }
 */
export function computeVariants(log: EventLog, options: ComputeVariantsOptions = {}): VariantsResult {
  const vlog = computeVariantLog(log);
  const n = vlog.counts.length;
  const cases = log.caseIds.length;
  const durations = computeCaseDurations(log);
  // durations grouped per variant (CSR by variant), for medians
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v] + vlog.counts[v];
  const fill = offsets.slice(0, n);
  const grouped = new Float64Array(cases);
  for (let c = 0; c < cases; c++) grouped[fill[vlog.caseVariant[c]]++] = durations[c];
  const names = log.activityNames;
  const order = Array.from({ length: n }, (_, v) => v).sort(
    (a, b) => vlog.counts[b] - vlog.counts[a] || compareTraces(variantTrace(vlog, a), variantTrace(vlog, b), names),
  );
  const limit = Math.min(n, options.top ?? n);
  const variants: VariantStats[] = [];
  let cumulative = 0;
  for (let k = 0; k < limit; k++) {
    const v = order[k];
    const d = grouped.subarray(offsets[v], offsets[v + 1]).sort();
    let sum = 0;
    for (const x of d) sum += x;
    cumulative += vlog.counts[v];
    variants.push({
      activities: Array.from(variantTrace(vlog, v), (a) => names[a]),
      count: vlog.counts[v],
      share: vlog.counts[v] / cases,
      cumulativeShare: cumulative / cases,
      meanDurationSeconds: sum / d.length,
      medianDurationSeconds: quantileSorted(d, 0.5),
    });
  }
  return { cases, total: n, variants };
}

function compareTraces(a: Int32Array, b: Int32Array, names: string[]): number {
  const m = Math.min(a.length, b.length);
  for (let i = 0; i < m; i++) {
    if (a[i] !== b[i]) return names[a[i]] < names[b[i]] ? -1 : 1;
  }
  return a.length - b.length;
}
