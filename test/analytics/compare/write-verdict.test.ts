import { describe, expect, it } from 'vitest';
import { compareCycleTimes } from '../../../src/analytics/compare/compare-cycle-times.js';
import { describeDuration, describeP, chooseUnit } from '../../../src/analytics/compare/describe-duration.js';
import { writeVerdict, type ShareTest } from '../../../src/analytics/compare/write-verdict.js';

const DAY = 86400;
const noShare: ShareTest = { shareA: 0.1, shareB: 0.1, difference: 0, ci95: [-0.05, 0.05], z: 0, p: 1 };
const days = (list: number[]) => Float64Array.from(list, (d) => d * DAY);
// 30 cases around 5 days against 30 around 3 days: clearly faster
const slow = days(Array.from({ length: 30 }, (_, i) => 4 + (i % 10) * 0.2));
const fast = days(Array.from({ length: 30 }, (_, i) => 2 + (i % 10) * 0.2));

function verdictOf(a: Float64Array, b: Float64Array, extra: Partial<Parameters<typeof writeVerdict>[0]> = {}) {
  const cycleTime = compareCycleTimes(a, b, { seed: 1 });
  const median = (x: Float64Array) => {
    const sorted = [...x].sort((p, q) => p - q);
    return (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2;
  };
  return writeVerdict({
    a: { name: 'before', cases: a.length, medianSeconds: median(a) },
    b: { name: 'after', cases: b.length, medianSeconds: median(b) },
    cycleTime,
    rework: noShare,
    alpha: 0.05,
    comparisons: 1,
    splitInTime: false,
    ...extra,
  });
}

describe('writeVerdict', () => {
  it('states a significant difference with direction, p and the interval in the same unit', () => {
    const { verdict, caveats } = verdictOf(slow, fast);
    // medians 2.9 and 4.9 days; bootstrap interval of the difference −2.5 to −1.5 days (seed 1)
    expect(verdict).toBe('after is 2 days faster than before in median (2.9 days vs 4.9 days; Mann–Whitney p < 0.001, ' +
      '95% CI 1.5–2.5 days). Cases with rework: 10% → 10% (p = 1, not significant).');
    expect(caveats).toEqual([]);
  });
  it('says when there is no significant difference', () => {
    const { verdict } = verdictOf(slow, slow);
    expect(verdict).toMatch(/^No significant difference in median cycle time between after and before/);
  });
  it('warns about small groups, several comparisons and before/after splits', () => {
    const { caveats } = verdictOf(slow.slice(0, 12), fast, { comparisons: 3, splitInTime: true });
    expect(caveats[0]).toBe('before has only 12 cases: too few for reliable tests; treat the result as indicative.');
    expect(caveats.some((c) => c.includes('Bonferroni threshold is 0.017'))).toBe(true);
    expect(caveats.some((c) => c.startsWith('A before/after split shows association'))).toBe(true);
    expect(caveats.some((c) => c.startsWith('Cases still open'))).toBe(true);
  });
  it('warns when the rank test and the t-test disagree (a shift in the typical case, one extreme case in the mean)', () => {
    const base = days(Array.from({ length: 40 }, (_, i) => 1 + (i % 8) * 0.1));
    const shifted = days(Array.from({ length: 40 }, (_, i) => 1.3 + (i % 8) * 0.1));
    expect(verdictOf(base, shifted).caveats).toEqual([]);
    const shiftedWithOutlier = days([...Array.from({ length: 39 }, (_, i) => 1.3 + (i % 8) * 0.1), 900]);
    const { caveats } = verdictOf(base, shiftedWithOutlier);
    expect(caveats).toHaveLength(1);
    expect(caveats[0]).toMatch(/^The tests disagree: Mann–Whitney on the typical case gives p < 0\.001, Welch's t-test on the mean gives p = 0\.3/);
  });
  it('cannot test a group of one case', () => {
    const { verdict } = verdictOf(slow.slice(0, 1), fast);
    expect(verdict).toMatch(/^Cycle time cannot be tested: before has fewer than 2 cases/);
  });
});

describe('describe-duration', () => {
  it('picks one unit and one decimal', () => {
    expect(chooseUnit(2.1 * DAY, 1.4 * DAY)).toBe('days');
    expect(describeDuration(2.14 * DAY, 'days')).toBe('2.1 days');
    expect(describeDuration(DAY, 'days')).toBe('1 day');
    expect(describeDuration(-1.5 * 3600, 'hours')).toBe('−1.5 hours');
    expect(describeDuration(36 * 60, 'minutes')).toBe('36 min');
  });
  it('p-values', () => {
    expect(describeP(0.0031)).toBe('p = 0.0031');
    expect(describeP(0.41234)).toBe('p = 0.41');
    expect(describeP(0.0004)).toBe('p < 0.001');
  });
});
