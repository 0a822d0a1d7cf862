/**
 * The two-proportion z-test, two-sided, with the pooled standard error: the same p-value as R's
 * `prop.test(c(x1, x2), c(n1, n2), correct = FALSE)` (whose X² is z²) and as a 2×2 chi-square test without
 * Yates's correction. The 95% interval of the difference uses the unpooled (Wald) standard error.
 */
import { normalSf } from './distributions.js';

export interface TwoProportionResult {
  shareA: number;
  shareB: number;
  /** shareB − shareA. */
  difference: number;
  /** z of (shareA − shareB) / pooled SE, as prop.test's sign. */
  z: number;
  p: number;
  ci95: [number, number];
}

const Z_975 = 1.959963984540054;

/**
 * @example
 * testTwoProportions(15, 50, 25, 50); // { z: -2.0412, p: 0.04123, … }
 */
export function testTwoProportions(successesA: number, casesA: number, successesB: number, casesB: number): TwoProportionResult {
  const shareA = casesA > 0 ? successesA / casesA : NaN;
  const shareB = casesB > 0 ? successesB / casesB : NaN;
  const pooled = (successesA + successesB) / (casesA + casesB);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / casesA + 1 / casesB));
  const diff = shareA - shareB;
  let z: number;
  let p: number;
  if (se > 0) {
    z = diff / se;
    p = Math.min(1, 2 * normalSf(Math.abs(z)));
  } else {
    // Both groups all-or-nothing alike: no evidence of a difference.
    z = diff === 0 ? 0 : NaN;
    p = diff === 0 ? 1 : NaN;
  }
  const wald = Math.sqrt((shareA * (1 - shareA)) / casesA + (shareB * (1 - shareB)) / casesB);
  return { shareA, shareB, difference: -diff, z, p, ci95: [-diff - Z_975 * wald, -diff + Z_975 * wald] };
}
