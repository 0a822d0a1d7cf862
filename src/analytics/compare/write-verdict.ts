/**
 * The plain-language verdict of one comparison, and the caveats an honest presenter owes the audience: small
 * groups, tests that disagree, an interval that contradicts the test, several comparisons at once, and the
 * limits of a before/after split. Significance is judged on the Mann–Whitney test (the typical case) at `alpha`.
 */
import type { CycleTimeTests } from './compare-cycle-times.js';
import { chooseUnit, describeDuration, describeP } from './describe-duration.js';

export interface ShareTest {
  shareA: number;
  shareB: number;
  /** shareB − shareA. */
  difference: number;
  ci95: [number, number];
  z: number;
  p: number;
}

export interface VerdictInput {
  a: { name: string; cases: number; medianSeconds: number };
  b: { name: string; cases: number; medianSeconds: number };
  cycleTime: CycleTimeTests;
  sla?: ShareTest & { thresholdSeconds: number };
  rework: ShareTest;
  alpha: number;
  /** comparisons made against the baseline in this run. */
  comparisons: number;
  /** the groups are before/after a date. */
  splitInTime: boolean;
}

export const SMALL_GROUP = 20;

export function writeVerdict(input: VerdictInput): { verdict: string; caveats: string[] } {
  const { a, b, cycleTime: t, alpha } = input;
  const sentences: string[] = [];
  const caveats: string[] = [];
  const diff = t.medianDifferenceSeconds;
  const [lo, hi] = t.ci95;
  const p = t.mannWhitney.p;
  const unit = chooseUnit(diff, lo, hi);
  const d = (s: number, withUnit = true) => describeDuration(s, unit, withUnit);
  // each median in its own unit: "18.8 hours vs 31 min", never "0.8 days vs 0 days"
  const m = (s: number) => describeDuration(s, chooseUnit(s));
  const range = (from: number, to: number) => (from >= 0 || to < 0 ? `${d(from, false)}–${d(to)}` : `${d(from, false)} to ${d(to)}`);

  if (a.cases < 2 || b.cases < 2 || !Number.isFinite(p)) {
    sentences.push(`Cycle time cannot be tested: ${a.cases < 2 ? a.name : b.name} has fewer than 2 cases with a duration ` +
      `(median ${m(b.medianSeconds)} vs ${m(a.medianSeconds)}).`);
  } else if (p < alpha && diff !== 0) {
    const faster = diff < 0;
    // the interval in the direction of the finding: "1.4–2.8 days faster"
    const [from, to] = faster ? [-hi, -lo] : [lo, hi];
    sentences.push(`${b.name} is ${d(Math.abs(diff))} ${faster ? 'faster' : 'slower'} than ${a.name} in median ` +
      `(${m(b.medianSeconds)} vs ${m(a.medianSeconds)}; Mann–Whitney ${describeP(p)}, 95% CI ${range(from, to)}).`);
  } else {
    sentences.push(`No significant difference in median cycle time between ${b.name} and ${a.name}: ` +
      `${m(b.medianSeconds)} vs ${m(a.medianSeconds)} (Mann–Whitney ${describeP(p)}, 95% CI of the difference ${range(lo, hi)}).`);
  }
  if (input.sla) sentences.push(describeShare(`Cases within the SLA of ${describeDuration(input.sla.thresholdSeconds, chooseUnit(input.sla.thresholdSeconds))}`, input.sla, alpha));
  sentences.push(describeShare('Cases with rework', input.rework, alpha));

  for (const g of [a, b]) {
    if (g.cases < SMALL_GROUP) {
      caveats.push(`${g.name} has only ${g.cases} case${g.cases === 1 ? '' : 's'}: too few for reliable tests; treat the result as indicative.`);
    }
  }
  const welchP = t.welch.p;
  if (Number.isFinite(p) && Number.isFinite(welchP) && (p < alpha) !== (welchP < alpha)) {
    caveats.push(`The tests disagree: Mann–Whitney on the typical case gives ${describeP(p)}, Welch's t-test on the mean ` +
      `gives ${describeP(welchP)}. The average and the typical case move differently, usually because of a few very long cases.`);
  }
  const ciExcludesZero = lo > 0 || hi < 0;
  if (Number.isFinite(p) && Number.isFinite(lo) && (p < alpha) !== ciExcludesZero) {
    caveats.push(`The bootstrap interval of the median difference (${range(lo, hi)}) ${ciExcludesZero ? 'excludes' : 'includes'} zero ` +
      `while the rank test ${p < alpha ? 'is' : 'is not'} significant: the difference is borderline.`);
  }
  if (input.comparisons > 1) {
    caveats.push(`${input.comparisons} groups are compared with ${a.name}: at α = ${alpha} about ${Math.round(input.comparisons * alpha * 100) / 100} ` +
      `false positive(s) are expected by chance; a Bonferroni threshold is ${Number((alpha / input.comparisons).toPrecision(2))}.`);
  }
  if (input.splitInTime) {
    caveats.push('A before/after split shows association, not cause: other changes in the same period (volume, season, staff) may explain it.');
    caveats.push(`Cases still open when the log was extracted count as finished; the later group is hit harder (its cases had less time), ` +
      `so its cycle times may look shorter than they are. Consider --ends-with or --time-mode completed to keep finished cases only.`);
  }
  return { verdict: sentences.join(' '), caveats };
}

function describeShare(label: string, test: ShareTest, alpha: number): string {
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const change = `${pct(test.shareA)} → ${pct(test.shareB)}`;
  if (!Number.isFinite(test.p)) return `${label}: ${change}.`;
  return test.p < alpha
    ? `${label}: ${change} (${describeP(test.p)}, significant).`
    : `${label}: ${change} (${describeP(test.p)}, not significant).`;
}
