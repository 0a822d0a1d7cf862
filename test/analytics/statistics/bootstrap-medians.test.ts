import { describe, expect, it } from 'vitest';
import { bootstrapMedians } from '../../../src/analytics/statistics/bootstrap-medians.js';
import { createRandom } from '../../../src/analytics/statistics/random.js';

describe('bootstrapMedians', () => {
  const a = Array.from({ length: 200 }, (_, i) => 86_400 * (2 + (i % 17) * 0.25));
  const b = Array.from({ length: 150 }, (_, i) => 86_400 * (1 + (i % 13) * 0.25));

  it('is deterministic for a seed and changes with it', () => {
    const r1 = bootstrapMedians(a, b, { seed: 7 });
    const r2 = bootstrapMedians(a, b, { seed: 7 });
    const r3 = bootstrapMedians(a, b, { seed: 8 });
    expect(r1).toEqual(r2);
    // continuous data: a different seed moves the bounds
    const random = createRandom(5);
    const c = Array.from({ length: 60 }, () => random.next() * 1000);
    const d = Array.from({ length: 60 }, () => random.next() * 900);
    expect(bootstrapMedians(c, d, { seed: 1 }).differenceCi).not.toEqual(bootstrapMedians(c, d, { seed: 2 }).differenceCi);
    expect(r3.difference).toBe(r1.difference);
  });

  it('reports the observed difference and ratio of numpy-style medians, inside their intervals', () => {
    const r = bootstrapMedians([1, 2, 3, 4], [2, 4, 6, 8, 10], { seed: 1 });
    expect(r.difference).toBe(6 - 2.5);
    expect(r.ratio).toBeCloseTo(6 / 2.5, 15);
    const big = bootstrapMedians(a, b, { seed: 3 });
    expect(big.differenceCi[0]).toBeLessThanOrEqual(big.difference);
    expect(big.differenceCi[1]).toBeGreaterThanOrEqual(big.difference);
    expect(big.ratioCi[0]).toBeLessThanOrEqual(big.ratio);
    expect(big.ratioCi[1]).toBeGreaterThanOrEqual(big.ratio);
  });

  it('has an interval of zero width for constant samples', () => {
    const r = bootstrapMedians([5, 5, 5], [7, 7], { seed: 1, resamples: 50 });
    expect(r.differenceCi).toEqual([2, 2]);
  });

  it('covers the true difference about 95% of the time (simulation with the seeded generator)', () => {
    // Two exponential populations whose medians differ by ln 2 · (2 − 1) = 0.693…
    const random = createRandom(123);
    const draw = (n: number, scale: number) => Array.from({ length: n }, () => -Math.log(1 - random.next()) * scale);
    const truth = Math.LN2 * (2 - 1);
    let covered = 0;
    const trials = 200;
    for (let t = 0; t < trials; t++) {
      const r = bootstrapMedians(draw(80, 1), draw(80, 2), { seed: t, resamples: 400 });
      if (r.differenceCi[0] <= truth && truth <= r.differenceCi[1]) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.88);
    expect(covered / trials).toBeLessThan(0.99);
  });
});

describe('createRandom', () => {
  it('gives the same stream for the same seed, uniform in [0, 1)', () => {
    const r1 = createRandom(42);
    const r2 = createRandom(42);
    const xs = Array.from({ length: 10_000 }, () => r1.next());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => r2.next()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });
});
