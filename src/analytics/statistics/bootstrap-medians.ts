/**
 * A seeded percentile bootstrap for the difference (b − a) and ratio (b / a) of two medians: each resample
 * draws both samples with replacement and takes numpy-style medians; the 2.5th and 97.5th percentiles of the
 * resampled statistics bound the 95% interval. A resample's median is found by counting draws per rank of the
 * sorted sample (no sort per resample), so 2,000 resamples of 100,000 cases take about a second.
 */
import { quantileSorted } from '../../util/quantile.js';
import { createRandom, type Random } from './random.js';

export interface BootstrapOptions {
  /** resamples (default 2000). */
  resamples?: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** confidence level (default 0.95). */
  level?: number;
}

export interface BootstrapMedians {
  /** median(b) − median(a) of the data. */
  difference: number;
  differenceCi: [number, number];
  /** median(b) / median(a) of the data (NaN when median(a) is 0). */
  ratio: number;
  ratioCi: [number, number];
  resamples: number;
  seed: number;
  level: number;
}

/**
 * @example
 * bootstrapMedians(before, after, { seed: 7 }).differenceCi; // [-190800, -86400]: after is 1–2.2 days faster
 */
export function bootstrapMedians(a: ArrayLike<number>, b: ArrayLike<number>, options: BootstrapOptions = {}): BootstrapMedians {
  const resamples = Math.max(0, options.resamples ?? 2000);
  const seed = options.seed ?? 1;
  const level = options.level ?? 0.95;
  const sa = Float64Array.from(a).sort();
  const sb = Float64Array.from(b).sort();
  const ma = quantileSorted(sa, 0.5);
  const mb = quantileSorted(sb, 0.5);
  const out: BootstrapMedians = {
    difference: mb - ma,
    differenceCi: [NaN, NaN],
    ratio: ma !== 0 ? mb / ma : NaN,
    ratioCi: [NaN, NaN],
    resamples,
    seed,
    level,
  };
  if (sa.length === 0 || sb.length === 0 || resamples < 1) return out;
  const random = createRandom(seed);
  const countsA = new Int32Array(sa.length);
  const countsB = new Int32Array(sb.length);
  const differences = new Float64Array(resamples);
  const ratios: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const ra = resampleMedian(sa, countsA, random);
    const rb = resampleMedian(sb, countsB, random);
    differences[r] = rb - ra;
    if (ra !== 0) ratios.push(rb / ra);
  }
  const tail = (1 - level) / 2;
  differences.sort();
  out.differenceCi = [quantileSorted(differences, tail), quantileSorted(differences, 1 - tail)];
  // Ratios are only reported when nearly every resample had a non-zero baseline median.
  if (ratios.length >= resamples * 0.99) {
    const sortedRatios = Float64Array.from(ratios).sort();
    out.ratioCi = [quantileSorted(sortedRatios, tail), quantileSorted(sortedRatios, 1 - tail)];
  }
  return out;
}

/** The median of n draws with replacement from `sorted`, via draw counts per rank. */
function resampleMedian(sorted: Float64Array, counts: Int32Array, random: Random): number {
  const n = sorted.length;
  counts.fill(0);
  for (let k = 0; k < n; k++) counts[random.below(n)]++;
  // numpy's median of n values: the mean of the values at ranks floor((n−1)/2) and ceil((n−1)/2).
  const lowRank = Math.floor((n - 1) / 2);
  const highRank = Math.ceil((n - 1) / 2);
  let seen = 0;
  let low = NaN;
  for (let i = 0; i < n; i++) {
    seen += counts[i];
    if (Number.isNaN(low) && seen > lowRank) low = sorted[i];
    if (seen > highRank) return (low + sorted[i]) / 2;
  }
  return low;
}
