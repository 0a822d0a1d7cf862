/**
 * The cycle-time tests between two groups of case durations (seconds): the Mann–Whitney U test on the typical
 * case, Welch's t-test on the mean, the median difference with a seeded bootstrap 95% interval, Cliff's delta
 * as the effect size and the ratio of medians. Differences are B − A: negative means B is faster.
 */
import { bootstrapMedians } from '../statistics/bootstrap-medians.js';
import { computeCliffsDelta, type EffectMagnitude } from '../statistics/cliffs-delta.js';
import { testMannWhitney } from '../statistics/mann-whitney.js';
import { testWelch } from '../statistics/welch-t-test.js';

export interface CycleTimeTests {
  mannWhitney: { u: number; p: number };
  welch: { t: number; df: number; p: number };
  /** median(B) − median(A). */
  medianDifferenceSeconds: number;
  /** bootstrap percentile interval of the median difference. */
  ci95: [number, number];
  /** mean(B) − mean(A), with Welch's interval. */
  meanDifferenceSeconds: number;
  meanCi95: [number, number];
  /** Cliff's delta of B against A: positive when B's cases tend to take longer. */
  effectSize: { measure: 'cliffs-delta'; value: number; magnitude: EffectMagnitude };
  /** median(B) / median(A), with its bootstrap interval. */
  medianRatio: { value: number; ci95: [number, number] };
  bootstrap: { resamples: number; seed: number };
}

export interface CycleTimeTestOptions {
  seed?: number;
  resamples?: number;
}

export function compareCycleTimes(a: Float64Array, b: Float64Array, options: CycleTimeTestOptions = {}): CycleTimeTests {
  const x = a.filter((v) => !Number.isNaN(v));
  const y = b.filter((v) => !Number.isNaN(v));
  const mw = x.length < 2 || y.length < 2 ? { u: NaN, p: NaN } : testMannWhitney(x, y);
  const welch = testWelch(x, y);
  // Resampling one case is no interval: with fewer than two cases per group the bootstrap is skipped.
  const boot = bootstrapMedians(x, y, { seed: options.seed ?? 1, resamples: x.length < 2 || y.length < 2 ? 0 : (options.resamples ?? 2000) });
  const delta = computeCliffsDelta(y, x);
  return {
    mannWhitney: { u: mw.u, p: mw.p },
    welch: { t: welch.t, df: welch.df, p: welch.p },
    medianDifferenceSeconds: boot.difference,
    ci95: boot.differenceCi,
    meanDifferenceSeconds: welch.meanDifference,
    meanCi95: welch.ci95,
    effectSize: { measure: 'cliffs-delta', value: delta.delta, magnitude: delta.magnitude },
    medianRatio: { value: boot.ratio, ci95: boot.ratioCi },
    bootstrap: { resamples: boot.resamples, seed: boot.seed },
  };
}
