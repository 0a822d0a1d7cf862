import { describe, expect, it } from 'vitest';
import { testWelch } from '../../../src/analytics/statistics/welch-t-test.js';
import { X, Y } from './samples.js';

const SLEEP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const SLEEP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('testWelch', () => {
  it("matches R's t.test(extra ~ group, data = sleep) (Welch Two Sample t-test)", () => {
    // R prints: t = -1.8608, df = 17.776, p-value = 0.07939;
    // 95 percent confidence interval: -3.3654832 0.2054832 (of mean1 − mean2); means 0.75 and 2.33.
    // SciPy 1.17.1 ttest_ind(equal_var=False): t = -1.8608134674868526, df = 17.776473516178488,
    // p = 0.0793941401873583.
    const r = testWelch(SLEEP_1, SLEEP_2);
    expect(r.t).toBeCloseTo(-1.8608134674868526, 12);
    expect(r.df).toBeCloseTo(17.776473516178488, 10);
    expect(r.p).toBeCloseTo(0.07939, 5);
    expect(r.p).toBeCloseTo(0.0793941401873583, 12);
    expect(r.meanDifference).toBeCloseTo(1.58, 12);
    // our interval is of mean2 − mean1, so R's bounds negated and swapped
    expect(r.ci95[0]).toBeCloseTo(-0.2054832, 7);
    expect(r.ci95[1]).toBeCloseTo(3.3654832, 7);
  });

  it("matches Wikipedia's Welch's t-test example 2 (t ≈ −2.46, ν ≈ 25.0, p ≈ 0.021)", () => {
    // https://en.wikipedia.org/wiki/Welch%27s_t-test#Examples, unequal variances; SciPy 1.17.1 gives
    // t = -2.455356398286006, df = 24.988529290231416, p = 0.021378001462866992.
    const a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
    const a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
    const r = testWelch(a1, a2);
    expect(r.t).toBeCloseTo(-2.46, 2);
    expect(r.df).toBeCloseTo(25.0, 1);
    expect(r.p).toBeCloseTo(0.021, 3);
    expect(r.t).toBeCloseTo(-2.455356398286006, 12);
    expect(r.df).toBeCloseTo(24.988529290231416, 9);
    expect(r.p).toBeCloseTo(0.021378001462866992, 12);
  });

  it('keeps small p-values to their relative digits (SciPy 1.17.1 reference)', () => {
    const r = testWelch(X, Y);
    expect(r.t).toBeCloseTo(-4.387588056583248, 11);
    expect(r.df).toBeCloseTo(296.17329060938476, 8);
    expect(r.p / 1.5955109210141804e-5).toBeCloseTo(1, 9);
  });

  it('is NaN below two values per group, and 0 for different constant groups', () => {
    expect(testWelch([1], [2, 3]).p).toBeNaN();
    expect(testWelch([1, 1], [2, 2]).p).toBe(0);
    expect(testWelch([1, 1], [1, 1]).p).toBeNaN();
  });
});
