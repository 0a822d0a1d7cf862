import { describe, expect, it } from 'vitest';
import { testTwoProportions } from '../../../src/analytics/statistics/two-proportion-test.js';

describe('testTwoProportions', () => {
  it("matches R's prop.test(..., correct = FALSE) as printed by influentialpoints.com", () => {
    // "2-sample test for equality of proportions without continuity correction: X-squared = 6.1026, df = 1,
    // p-value = 0.01350; 95 percent confidence interval: 0.03074072 0.23838896; prop 1 0.4392523,
    // prop 2 0.3046875" (https://influentialpoints.com/notes/n9rmf3.htm), i.e. 94 of 214 against 39 of 128.
    // SciPy 1.17.1 chi2_contingency(correction=False): 6.102602712707848, p = 0.013498293163892196.
    const r = testTwoProportions(94, 214, 39, 128);
    expect(r.shareA).toBeCloseTo(0.4392523, 7);
    expect(r.shareB).toBeCloseTo(0.3046875, 7);
    expect(r.z * r.z).toBeCloseTo(6.1026, 4);
    expect(r.p).toBeCloseTo(0.0135, 4);
    expect(r.p).toBeCloseTo(0.013498293163892196, 12);
    // our interval is of B − A: R's bounds negated and swapped
    expect(r.ci95[0]).toBeCloseTo(-0.23838896, 8);
    expect(r.ci95[1]).toBeCloseTo(-0.03074072, 8);
  });

  it('gives p = 1 when both groups are all-or-nothing alike', () => {
    expect(testTwoProportions(0, 10, 0, 20).p).toBe(1);
    expect(testTwoProportions(10, 10, 20, 20).p).toBe(1);
  });
});
