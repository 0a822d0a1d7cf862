/**
 * The statistical tests of one comparison as a table in plain words: the question each test answers, the
 * method, the numbers, and what they mean for the reader, with significance judged at the run's α.
 */
import type { CompareResult, GroupComparison } from '../../../analytics/compare/compare-groups.js';
import type { ShareTest } from '../../../analytics/compare/write-verdict.js';
import { formatCount, formatDuration, formatShare } from '../format.js';
import { renderTable, type Cell } from '../markup.js';
import { formatInterval, formatP, formatPoints, formatSignedDuration, formatStatistic } from './compare-format.js';

export function renderTestsTable(c: GroupComparison, r: CompareResult): string {
  const { a, b } = c;
  const alpha = r.settings.alpha;
  const t = c.tests.cycleTime;
  const significance = (p: number, yes: string) =>
    !Number.isFinite(p) ? 'Cannot be tested: a group has fewer than 2 cases with a duration.'
      : p < alpha ? `Significant at α = ${alpha}: ${yes}`
        : `Not significant at α = ${alpha}: a difference this large could well be chance.`;
  const longer = (s: number) => (s > 0 ? `${formatDuration(s)} longer` : `${formatDuration(-s)} shorter`);

  const [lo, hi] = t.ci95;
  const intervalWords = !Number.isFinite(lo) || !Number.isFinite(hi) ? 'The interval cannot be computed with fewer than 2 cases per group.'
    : lo > 0 ? 'The whole interval lies above zero: slower.'
      : hi < 0 ? 'The whole interval lies below zero: faster.'
        : 'The interval includes zero: the data are also consistent with no difference.';
  const typical = t.medianDifferenceSeconds === 0 ? 'The medians are equal.' : `The median ${b} case takes ${longer(t.medianDifferenceSeconds)}.`;
  const delta = t.effectSize.value;
  const deltaWords = !Number.isFinite(delta) ? 'Not computable.'
    : delta === 0 ? `${b} cases tend to be neither longer nor shorter than ${a} cases.`
      : `${b} cases tend to be ${delta > 0 ? 'longer' : 'shorter'}: a ${t.effectSize.magnitude} effect ` +
        `(${delta > 0 ? '+1' : '−1'} would mean every ${b} case is ${delta > 0 ? 'longer' : 'shorter'} than every ${a} case; 0, no tendency either way).`;
  const ratio = t.medianRatio.value;

  const rows: Cell[][] = [
    [
      `Is the typical ${b} case faster or slower?`,
      `Difference of medians (${b} − ${a}), bootstrap 95% interval (${formatCount(t.bootstrap.resamples)} resamples, seed ${t.bootstrap.seed})`,
      `${formatSignedDuration(t.medianDifferenceSeconds)} (95% CI ${formatInterval(t.ci95, formatSignedDuration)})`,
      `${typical} ${intervalWords}`,
    ],
    [
      `Do ${b} cases tend to take longer or shorter?`,
      'Mann–Whitney U, two-sided (normal approximation, tie- and continuity-corrected)',
      `U = ${formatStatistic(t.mannWhitney.u, 1)}, ${formatP(t.mannWhitney.p)}`,
      significance(t.mannWhitney.p, `${b} cases tend to be ${delta < 0 ? 'shorter' : 'longer'}, beyond chance.`),
    ],
    [
      'Is the average case different?',
      `Welch's t-test, two-sided; difference of means (${b} − ${a}) with Welch's 95% interval`,
      `t = ${formatStatistic(t.welch.t, 3)}, df = ${formatStatistic(t.welch.df, 1)}, ${formatP(t.welch.p)}; ` +
        `${formatSignedDuration(t.meanDifferenceSeconds)} (95% CI ${formatInterval(t.meanCi95, formatSignedDuration)})`,
      significance(t.welch.p, `the average ${b} case takes ${longer(t.meanDifferenceSeconds)}.`) +
        ' Averages move with a few very long cases; the typical case is the steadier guide.',
    ],
    [
      'How large is the difference?',
      "Cliff's delta (from −1, always shorter, to +1, always longer)",
      `${formatStatistic(delta, 3)} (${t.effectSize.magnitude})`,
      deltaWords,
    ],
    [
      `How does ${b}'s median compare with ${a}'s?`,
      'Ratio of medians, bootstrap 95% interval',
      `${formatStatistic(ratio)} (95% CI ${formatInterval(t.medianRatio.ci95, (x) => formatStatistic(x))})`,
      Number.isFinite(ratio) ? `${b}'s median is ${formatStatistic(ratio)} times ${a}'s.` : 'Not computable (a median of zero).',
    ],
  ];
  if (c.tests.slaShare && r.settings.slaSeconds !== undefined) {
    const sla = formatDuration(r.settings.slaSeconds);
    rows.push(createShareRow(`Do more cases finish within the SLA of ${sla}?`, c.tests.slaShare, significance, (d) =>
      `${b} meets the SLA ${d > 0 ? 'more' : 'less'} often.`));
  }
  rows.push(createShareRow('Do fewer cases repeat work?', c.tests.reworkShare, significance, (d) =>
    `${d < 0 ? 'fewer' : 'more'} ${b} cases repeat an activity.`));
  return renderTable(
    [{ title: 'Question' }, { title: 'Method' }, { title: 'Result' }, { title: 'In plain words' }],
    rows,
    { caption: `Differences are ${b} − ${a}. CI: 95% confidence interval. p: the chance of a difference at least this large if the groups did not differ.` },
  );
}

function createShareRow(question: string, s: ShareTest, significance: (p: number, yes: string) => string, yes: (difference: number) => string): Cell[] {
  return [
    question,
    'Two-proportion z-test; difference with its 95% interval',
    `${formatShare(s.shareA)} → ${formatShare(s.shareB)}: ${formatPoints(s.difference)} (95% CI ${formatInterval(s.ci95, formatPoints)}), ${formatP(s.p)}`,
    significance(s.p, yes(s.difference)),
  ];
}
