/**
 * Cliff's delta, the effect size that goes with the Mann–Whitney test: P(a > b) − P(a < b) over all pairs,
 * from −1 (every a below every b) to 1. Magnitude labels follow Romano et al. (2006): |δ| < 0.147 negligible,
 * < 0.33 small, < 0.474 medium, else large. Counting uses binary search in the sorted second sample.
 */

export type EffectMagnitude = 'negligible' | 'small' | 'medium' | 'large';

export interface CliffsDelta {
  delta: number;
  magnitude: EffectMagnitude;
}

/**
 * @example
 * computeCliffsDelta([19, 22, 16, 29, 24], [20, 11, 17, 12]); // { delta: 0.7, magnitude: 'large' }
 */
export function computeCliffsDelta(a: ArrayLike<number>, b: ArrayLike<number>): CliffsDelta {
  const sorted = Float64Array.from(b).sort();
  const m = sorted.length;
  if (a.length === 0 || m === 0) return { delta: NaN, magnitude: 'negligible' };
  let dominance = 0;
  for (let i = 0; i < a.length; i++) {
    const below = lowerBound(sorted, a[i]);
    const above = m - upperBound(sorted, a[i]);
    dominance += below - above;
  }
  const delta = dominance / (a.length * m);
  return { delta, magnitude: describeMagnitude(delta) };
}

export function describeMagnitude(delta: number): EffectMagnitude {
  const d = Math.abs(delta);
  if (!(d >= 0.147)) return 'negligible';
  if (d < 0.33) return 'small';
  if (d < 0.474) return 'medium';
  return 'large';
}

/** First index with sorted[i] >= v. */
function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index with sorted[i] > v. */
function upperBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
