import { describe, expect, it } from 'vitest';
import { computeCliffsDelta, describeMagnitude } from '../../../src/analytics/statistics/cliffs-delta.js';
import { testMannWhitney } from '../../../src/analytics/statistics/mann-whitney.js';
import { X, Y } from './samples.js';

describe('computeCliffsDelta', () => {
  it('counts dominance over all pairs (worked by hand)', () => {
    // a = [1, 2, 3], b = [2, 2]: pairs a>b: 3>2 ×2 = 2; a<b: 1<2 ×2 = 2; ties 2=2 ×2. δ = (2 − 2) / 6 = 0
    expect(computeCliffsDelta([1, 2, 3], [2, 2]).delta).toBe(0);
    // a = [5, 6], b = [1, 2, 7]: a>b: 5>1,5>2,6>1,6>2 = 4; a<b: 5<7,6<7 = 2. δ = 2/6
    expect(computeCliffsDelta([5, 6], [1, 2, 7]).delta).toBeCloseTo(1 / 3, 15);
  });

  it('equals 2U/(n₁n₂) − 1 for the Mann–Whitney U of the first sample (SciPy docs example: U = 17)', () => {
    const males = [19, 22, 16, 29, 24];
    const females = [20, 11, 17, 12];
    const d = computeCliffsDelta(males, females);
    expect(d.delta).toBeCloseTo(0.7, 15);
    expect(d.magnitude).toBe('large');
    const u = testMannWhitney(X, Y).u;
    expect(computeCliffsDelta(X, Y).delta).toBeCloseTo((2 * u) / (X.length * Y.length) - 1, 14);
  });

  it("labels magnitudes with Romano et al.'s thresholds", () => {
    expect(describeMagnitude(0.1)).toBe('negligible');
    expect(describeMagnitude(-0.2)).toBe('small');
    expect(describeMagnitude(0.4)).toBe('medium');
    expect(describeMagnitude(-0.5)).toBe('large');
  });
});
