/**
 * Quantiles as numpy computes them by default (linear interpolation between closest ranks, Hyndman & Fan
 * type 7), so that our percentiles equal pm4py's.
 */

/** The q-quantile (0 ≤ q ≤ 1) of values already sorted ascending; NaN for no values. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export interface Summary {
  count: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  p90: number;
  total: number;
  /** sample standard deviation (n − 1), NaN for fewer than two values, as pandas. */
  stdev: number;
}

/** Summary statistics of `values` (sorted in place). */
export function summarize(values: Float64Array): Summary {
  values.sort();
  const n = values.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += values[i];
  const mean = n ? total / n : NaN;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  return {
    count: n,
    mean,
    median: quantileSorted(values, 0.5),
    min: n ? values[0] : NaN,
    max: n ? values[n - 1] : NaN,
    p90: quantileSorted(values, 0.9),
    total,
    stdev: n > 1 ? Math.sqrt(ss / (n - 1)) : NaN,
  };
}
