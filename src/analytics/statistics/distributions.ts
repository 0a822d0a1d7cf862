/**
 * Tail probabilities of the standard normal and Student's t distributions, and their quantiles where a
 * confidence interval needs one. Survival functions are computed directly (not as 1 − cdf) so that small
 * p-values keep their digits.
 */
import { regularizedIncompleteBeta } from './incomplete-beta.js';
import { regularizedGammaQ } from './incomplete-gamma.js';

/** P(Z > z) for a standard normal Z. */
export function normalSf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z === 0) return 0.5;
  const tail = 0.5 * regularizedGammaQ(0.5, (z * z) / 2);
  return z > 0 ? tail : 1 - tail;
}

/** P(|T| > |t|) for Student's t with `df` degrees of freedom (df may be fractional, as Welch's is). */
export function studentTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t) || Number.isNaN(df) || df <= 0) return NaN;
  if (!Number.isFinite(t)) return 0;
  if (df === Infinity) return 2 * normalSf(Math.abs(t));
  return regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** P(T > t) for Student's t. */
export function studentSf(t: number, df: number): number {
  const p = studentTwoSidedP(t, df) / 2;
  return t >= 0 ? p : 1 - p;
}

/** The q-quantile of the standard normal (0 < q < 1), by bisection on {@link normalSf}: exact to ~1e-12. */
export function normalQuantile(q: number): number {
  return invertSf((x) => normalSf(x), 1 - q);
}

/** The q-quantile of Student's t with `df` degrees of freedom. */
export function studentQuantile(q: number, df: number): number {
  return invertSf((x) => studentSf(x, df), 1 - q);
}

function invertSf(sf: (x: number) => number, target: number): number {
  if (!(target > 0 && target < 1)) return target <= 0 ? Infinity : -Infinity;
  let lo = -1;
  let hi = 1;
  while (sf(lo) < target) lo *= 2;
  while (sf(hi) > target) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-13 * Math.max(1, Math.abs(lo)); i++) {
    const mid = (lo + hi) / 2;
    if (sf(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
