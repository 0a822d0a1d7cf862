import { describe, expect, it } from 'vitest';
import { normalQuantile, normalSf, studentQuantile, studentSf, studentTwoSidedP } from '../../../src/analytics/statistics/distributions.js';
import { regularizedIncompleteBeta } from '../../../src/analytics/statistics/incomplete-beta.js';
import { logGamma } from '../../../src/analytics/statistics/log-gamma.js';

// Reference values: scipy.special / scipy.stats 1.17.1 (computed on the development machine), and the
// textbook constants where they exist (ln Γ(1/2) = ln √π; z₀.₉₇₅ = 1.959963984540054).
const rel = (a: number, b: number) => Math.abs(a / b - 1);

describe('special functions and distributions', () => {
  it('log-gamma', () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(rel(logGamma(100.5), 361.43554046777757)).toBeLessThan(1e-14);
    expect(rel(logGamma(1e5), 1051287.7089736569)).toBeLessThan(1e-14);
  });

  it('regularized incomplete beta', () => {
    expect(rel(regularizedIncompleteBeta(0.3, 2.5, 0.5), 0.018927124071945658)).toBeLessThan(1e-12);
    expect(rel(regularizedIncompleteBeta(0.6, 100, 50), 0.044424097290243846)).toBeLessThan(1e-10);
    expect(rel(regularizedIncompleteBeta(0.999, 0.5, 0.5), 0.9798649583666235)).toBeLessThan(1e-13);
    expect(regularizedIncompleteBeta(0.5, 3, 3)).toBeCloseTo(0.5, 14);
  });

  it('normal tail', () => {
    expect(rel(normalSf(1), 0.15865525393145707)).toBeLessThan(1e-14);
    expect(rel(normalSf(5), 2.866515718791933e-7)).toBeLessThan(1e-12);
    expect(rel(normalSf(10), 7.61985302416047e-24)).toBeLessThan(1e-12);
    expect(rel(normalSf(-1.5), 0.9331927987311419)).toBeLessThan(1e-15);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 11);
  });

  it("Student's t", () => {
    expect(rel(studentSf(2, 3), 0.06966298427942152)).toBeLessThan(1e-13);
    expect(rel(studentTwoSidedP(1.8608134674868526, 17.776473516178488), 0.0793941401873583)).toBeLessThan(1e-12);
    expect(studentQuantile(0.975, 17.776473516178488)).toBeCloseTo(2.1028172415698023, 10);
  });
});
