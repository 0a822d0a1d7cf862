/**
 * Rework: activities executed more than once in a case (repetitions), directly repeated ones (self-loops), the
 * share of cases with any rework, and what it costs in time: the median duration of cases with rework next to
 * those without.
 */
import type { EventLog } from '../log/event-log.js';
import { quantileSorted } from '../util/quantile.js';
import { computeCaseDurations } from './case-durations.js';

export interface ActivityRework {
  activity: string;
  /** cases in which the activity happens more than once. */
  cases: number;
  /** executions beyond the first, summed over cases. */
  repetitions: number;
  /** times it directly follows itself. */
  selfLoops: number;
}

export interface ReworkResult {
  cases: number;
  casesWithRework: number;
  share: number;
  medianDurationWithSeconds: number;
  medianDurationWithoutSeconds: number;
  /** medianDurationWith − medianDurationWithout (NaN when either group is empty). */
  addedMedianSeconds: number;
  activities: ActivityRework[];
}

export function computeRework(log: EventLog): ReworkResult {
  const n = log.activityNames.length;
  const cases = log.caseOffsets.length - 1;
  const seen = new Int32Array(n).fill(-1);
  const occurrences = new Int32Array(n);
  const reworkCases = new Int32Array(n);
  const repetitions = new Int32Array(n);
  const selfLoops = new Int32Array(n);
  const durations = computeCaseDurations(log);
  const withRework: number[] = [];
  const without: number[] = [];
  for (let c = 0; c < cases; c++) {
    let any = false;
    const lo = log.caseOffsets[c];
    const hi = log.caseOffsets[c + 1];
    for (let e = lo; e < hi; e++) {
      const a = log.activities[e];
      if (seen[a] !== c) {
        seen[a] = c;
        occurrences[a] = 0;
      }
      occurrences[a]++;
      if (occurrences[a] === 2) reworkCases[a]++;
      if (occurrences[a] >= 2) {
        repetitions[a]++;
        any = true;
      }
      if (e > lo && log.activities[e - 1] === a) selfLoops[a]++;
    }
    (any ? withRework : without).push(durations[c]);
  }
  const median = (list: number[]) => quantileSorted(Float64Array.from(list).sort(), 0.5);
  const activities: ActivityRework[] = [];
  for (let a = 0; a < n; a++) {
    if (reworkCases[a] > 0) {
      activities.push({ activity: log.activityNames[a], cases: reworkCases[a], repetitions: repetitions[a], selfLoops: selfLoops[a] });
    }
  }
  activities.sort((x, y) => y.cases - x.cases || y.repetitions - x.repetitions || (x.activity < y.activity ? -1 : 1));
  const mWith = median(withRework);
  const mWithout = median(without);
  return {
    cases,
    casesWithRework: withRework.length,
    share: cases ? withRework.length / cases : NaN,
    medianDurationWithSeconds: mWith,
    medianDurationWithoutSeconds: mWithout,
    addedMedianSeconds: mWith - mWithout,
    activities,
  };
}
