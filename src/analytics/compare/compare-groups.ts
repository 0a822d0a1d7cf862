/**
 * `compare`: each group measured (cases, events, cycle time, SLA and rework shares) and every other group
 * compared with the first, the baseline: cycle-time tests, two-proportion tests on the shares, variant shift,
 * map difference and a plain-language verdict with caveats. Comparing against one baseline (not all pairs)
 * keeps k − 1 comparisons, each readable as "B against the usual way".
 */
import { ProcmineError } from '../../errors.js';
import { computeCaseDurations } from '../case-durations.js';
import { describeDurations } from '../cycle-time.js';
import { computeRework } from '../rework.js';
import { testTwoProportions } from '../statistics/two-proportion-test.js';
import { compareCycleTimes, type CycleTimeTests } from './compare-cycle-times.js';
import type { LogGroup } from './log-group.js';
import { computeMapDifference, type ActivityChange, type EdgeChange } from './map-difference.js';
import { computeVariantShift, type VariantShift } from './variant-shift.js';
import { writeVerdict, type ShareTest } from './write-verdict.js';

export interface CompareOptions {
  /** significance level (default 0.05). */
  alpha?: number;
  /** SLA threshold in seconds: adds SLA shares and their test. */
  slaSeconds?: number;
  /** bootstrap seed (default 1) and resamples (default 2000). */
  seed?: number;
  resamples?: number;
  /** variants listed per shift list (default 10); activities and edges are always complete, largest change first. */
  top?: number;
  /** the groups are before/after a date (adds the caveats that go with that). */
  splitInTime?: boolean;
}

export interface GroupSummary {
  name: string;
  cases: number;
  events: number;
  /** seconds; `median`, `mean`, `p90` as CLI.md, the rest for charts. */
  cycleTime: { median: number; mean: number; p90: number; min: number; p25: number; p75: number; p95: number; max: number };
  slaShare?: number;
  reworkShare: number;
}

export interface GroupComparison {
  /** the baseline's name. */
  a: string;
  b: string;
  tests: { cycleTime: CycleTimeTests; slaShare?: ShareTest; reworkShare: ShareTest };
  variants: VariantShift;
  activities: ActivityChange[];
  edges: EdgeChange[];
  verdict: string;
  caveats: string[];
}

export interface CompareResult {
  baseline: string;
  groups: GroupSummary[];
  comparisons: GroupComparison[];
  settings: { alpha: number; seed: number; resamples: number; slaSeconds?: number };
}

/**
 * @example
 * const r = compareGroups([{ name: 'before', log: a }, { name: 'after', log: b }], { slaSeconds: 5 * 86400 });
 * r.comparisons[0].verdict; // "after is 2.1 days faster than before in median (…)"
 */
export function compareGroups(groups: readonly LogGroup[], options: CompareOptions = {}): CompareResult {
  if (groups.length < 2) throw new ProcmineError('compare-needs-two-groups', `a comparison needs two or more groups, got ${groups.length}`);
  const alpha = options.alpha ?? 0.05;
  const seed = options.seed ?? 1;
  const resamples = options.resamples ?? 2000;
  const top = options.top ?? 10;
  const measured = groups.map((g) => {
    const durations = computeCaseDurations(g.log);
    const rework = computeRework(g.log);
    const stats = describeDurations(durations.slice());
    const slaWithin = options.slaSeconds === undefined ? 0 : durations.filter((d) => d <= options.slaSeconds!).length;
    const summary: GroupSummary = {
      name: g.name,
      cases: g.log.caseIds.length,
      events: g.log.activities.length,
      cycleTime: { median: stats.median, mean: stats.mean, p90: stats.p90, min: stats.min, p25: stats.p25, p75: stats.p75, p95: stats.p95, max: stats.max },
      ...(options.slaSeconds === undefined ? {} : { slaShare: durations.length ? slaWithin / durations.length : NaN }),
      reworkShare: rework.share,
    };
    return { group: g, durations, summary, reworkCases: rework.casesWithRework, slaWithin };
  });
  const [base, ...others] = measured;
  const comparisons = others.map((other, k): GroupComparison => {
    const cycleTime = compareCycleTimes(base.durations, other.durations, { seed: seed + k, resamples });
    const reworkShare = shareTest(base.reworkCases, base.summary.cases, other.reworkCases, other.summary.cases);
    const slaShare = options.slaSeconds === undefined ? undefined : shareTest(base.slaWithin, base.summary.cases, other.slaWithin, other.summary.cases);
    const map = computeMapDifference(base.group.log, other.group.log);
    const { verdict, caveats } = writeVerdict({
      a: { name: base.summary.name, cases: base.summary.cases, medianSeconds: base.summary.cycleTime.median },
      b: { name: other.summary.name, cases: other.summary.cases, medianSeconds: other.summary.cycleTime.median },
      cycleTime,
      sla: slaShare && { ...slaShare, thresholdSeconds: options.slaSeconds! },
      rework: reworkShare,
      alpha,
      comparisons: others.length,
      splitInTime: options.splitInTime === true,
    });
    const tests: GroupComparison['tests'] = slaShare ? { cycleTime, slaShare, reworkShare } : { cycleTime, reworkShare };
    return {
      a: base.summary.name,
      b: other.summary.name,
      tests,
      variants: computeVariantShift(base.group.log, other.group.log, { top }),
      activities: map.activities,
      edges: map.edges,
      verdict,
      caveats,
    };
  });
  const settings: CompareResult['settings'] = { alpha, seed, resamples };
  if (options.slaSeconds !== undefined) settings.slaSeconds = options.slaSeconds;
  return { baseline: base.summary.name, groups: measured.map((m) => m.summary), comparisons, settings };
}

function shareTest(successesA: number, casesA: number, successesB: number, casesB: number): ShareTest {
  const t = testTwoProportions(successesA, casesA, successesB, casesB);
  return { shareA: t.shareA, shareB: t.shareB, difference: t.difference, ci95: t.ci95, z: t.z, p: t.p };
}
