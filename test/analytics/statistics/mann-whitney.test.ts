import { describe, expect, it } from 'vitest';
import { testMannWhitney } from '../../../src/analytics/statistics/mann-whitney.js';
import { X, Y } from './samples.js';

describe('testMannWhitney', () => {
  it('matches the SciPy documentation example (diabetes diagnosis ages, method="asymptotic")', () => {
    // scipy.stats.mannwhitneyu docs: males = [19, 22, 16, 29, 24], females = [20, 11, 17, 12];
    // U1 = 17.0 and, with method="asymptotic", p = 0.11134688653314041.
    const r = testMannWhitney([19, 22, 16, 29, 24], [20, 11, 17, 12]);
    expect(r.u).toBe(17);
    expect(r.p).toBeCloseTo(0.11134688653314041, 12);
  });

  it("matches R's wilcox.test on the sleep data (ties: normal approximation with correction)", () => {
    // R: wilcox.test(extra ~ group, data = sleep) prints "W = 25.5, p-value = 0.06933" and warns that it
    // cannot compute an exact p-value with ties. SciPy 1.17.1 asymptotic gives p = 0.06932757543362658.
    const g1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const g2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    const r = testMannWhitney(g1, g2);
    expect(r.u).toBe(25.5);
    expect(r.p).toBeCloseTo(0.06933, 5);
    expect(r.p).toBeCloseTo(0.06932757543362658, 12);
  });

  it("is symmetric in p and complementary in U (R's wilcox.test example data, two-sided)", () => {
    // x, y from R's ?wilcox.test ("Hollander & Wolfe (1973), p. 69"); W = 35 there. Two-sided asymptotic
    // p as computed by SciPy 1.17.1: 0.24462360512698333.
    const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    const y = [1.15, 0.88, 0.9, 0.74, 1.21];
    const xy = testMannWhitney(x, y);
    const yx = testMannWhitney(y, x);
    expect(xy.u).toBe(35);
    expect(yx.u).toBe(15);
    expect(xy.p).toBeCloseTo(0.24462360512698333, 12);
    expect(yx.p).toBeCloseTo(xy.p, 14);
  });

  it('handles heavy ties on larger samples (SciPy 1.17.1 reference)', () => {
    // numpy default_rng(3): x = integers(0, 10, 200), y = integers(1, 12, 150); SciPy gives U = 11204,
    // p = 4.721311560031031e-05.
    const r = testMannWhitney(X, Y);
    expect(r.u).toBe(11204);
    expect(r.p / 4.721311560031031e-5).toBeCloseTo(1, 9);
  });

  it('gives p = 1 when every value is tied, NaN for an empty sample', () => {
    expect(testMannWhitney([3, 3, 3], [3, 3]).p).toBe(1);
    expect(testMannWhitney([], [1, 2]).p).toBeNaN();
  });
});
