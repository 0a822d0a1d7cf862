/**
 * Welch's unequal-variances t-test, two-sided: t from the sample variances (n − 1), degrees of freedom by the
 * Welch–Satterthwaite equation, p from Student's t. Equals SciPy's `ttest_ind(a, b, equal_var=False)` and R's
 * `t.test(a, b)`. The difference and its confidence interval are of mean(b) − mean(a).
 */
import { studentQuantile, studentTwoSidedP } from './distributions.js';

export interface WelchResult {
  /** (mean(a) − mean(b)) / standard error, SciPy's sign convention. */
  t: number;
  df: number;
  p: number;
  /** mean(b) − mean(a). */
  meanDifference: number;
  /** 95% confidence interval of mean(b) − mean(a). */
  ci95: [number, number];
}

/**
 * @example
 * testWelch(sleep.group1, sleep.group2); // { t: -1.8608, df: 17.776, p: 0.07939, … } as R's t.test
 */
export function testWelch(a: ArrayLike<number>, b: ArrayLike<number>): WelchResult {
  const ma = meanAndVariance(a);
  const mb = meanAndVariance(b);
  const none: WelchResult = { t: NaN, df: NaN, p: NaN, meanDifference: mb.mean - ma.mean, ci95: [NaN, NaN] };
  if (a.length < 2 || b.length < 2) return none;
  const va = ma.variance / a.length;
  const vb = mb.variance / b.length;
  const se = Math.sqrt(va + vb);
  const diff = ma.mean - mb.mean;
  if (se === 0) return { ...none, t: diff === 0 ? NaN : Math.sign(diff) * Infinity, p: diff === 0 ? NaN : 0 };
  const t = diff / se;
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  const p = studentTwoSidedP(t, df);
  const half = studentQuantile(0.975, df) * se;
  return { t, df, p, meanDifference: -diff, ci95: [-diff - half, -diff + half] };
}

/** Mean and unbiased variance by Welford's update (stable for large durations in seconds). */
export function meanAndVariance(values: ArrayLike<number>): { mean: number; variance: number } {
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < values.length; i++) {
    const delta = values[i] - mean;
    mean += delta / (i + 1);
    m2 += delta * (values[i] - mean);
  }
  const n = values.length;
  return { mean: n ? mean : NaN, variance: n > 1 ? m2 / (n - 1) : NaN };
}
