/**
 * The Mann–Whitney U test (Wilcoxon rank-sum), two-sided, by the normal approximation with tie and continuity
 * correction: the same statistic and p-value as SciPy's `mannwhitneyu(x, y, method="asymptotic")` and R's
 * `wilcox.test(x, y, exact = FALSE)`. Ranks come from one merge of the two sorted samples.
 */
import { normalSf } from './distributions.js';

export interface MannWhitneyResult {
  /** U of the first sample (SciPy's `statistic`): pairs (a, b) with a > b, ties counting one half. */
  u: number;
  /** the normal deviate, continuity-corrected. */
  z: number;
  /** two-sided p-value. */
  p: number;
}

/**
 * @example
 * testMannWhitney([19, 22, 16, 29, 24], [20, 11, 17, 12]); // { u: 17, p: 0.1113… } as SciPy's docs
 */
export function testMannWhitney(a: ArrayLike<number>, b: ArrayLike<number>): MannWhitneyResult {
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) return { u: NaN, z: NaN, p: NaN };
  const n = n1 + n2;
  let rankSumX = 0;
  let tieTerm = 0;
  let i = 0;
  let j = 0;
  let position = 0;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && x[i] <= y[j]) ? x[i] : y[j];
    let inX = 0;
    let inY = 0;
    while (i < n1 && x[i] === v) {
      inX++;
      i++;
    }
    while (j < n2 && y[j] === v) {
      inY++;
      j++;
    }
    const t = inX + inY;
    // the tied values share the mean of ranks position+1 … position+t
    rankSumX += inX * (position + (t + 1) / 2);
    tieTerm += t * t * t - t;
    position += t;
  }
  const u1 = rankSumX - (n1 * (n1 + 1)) / 2;
  const u = Math.max(u1, n1 * n2 - u1);
  const mean = (n1 * n2) / 2;
  const sd = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  const z = (u - mean - 0.5) / sd;
  // With every value tied sd is 0 and z is -Infinity: p clips to 1, as in SciPy.
  const p = Math.min(1, 2 * normalSf(z));
  return { u: u1, z, p };
}
