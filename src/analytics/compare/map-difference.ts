/**
 * The process-map difference between two groups: per activity and per directly-follows edge, frequency per
 * case and median waiting time in each group. Edges are ranked by how much waiting per case they add or remove
 * (frequency per case × mean wait, B − A), which folds "happens more often" and "waits longer" into the one
 * number that moves cycle time; activities by their change in frequency per case.
 */
import type { EventLog } from '../../log/event-log.js';
import { countDirectlyFollows } from '../../log/directly-follows.js';
import { quantileSorted } from '../../util/quantile.js';

export interface ActivityChange {
  name: string;
  countA: number;
  countB: number;
  perCaseA: number;
  perCaseB: number;
  /** perCaseB − perCaseA. */
  change: number;
}

export interface EdgeChange {
  from: string;
  to: string;
  countA: number;
  countB: number;
  perCaseA: number;
  perCaseB: number;
  /** perCaseB − perCaseA. */
  frequencyChange: number;
  /** NaN where the group does not have the edge. */
  medianWaitA: number;
  medianWaitB: number;
  medianWaitChange: number;
  /** mean waiting time in seconds (NaN where the group does not have the edge): what the ranking uses. */
  meanWaitA: number;
  meanWaitB: number;
  /** (perCase × mean wait) in B minus in A, seconds: the waiting per case this edge adds (+) or saves (−). */
  waitPerCaseChange: number;
}

export interface MapDifference {
  activities: ActivityChange[];
  edges: EdgeChange[];
}

interface EdgeStats {
  count: number;
  median: number;
  mean: number;
}

export function computeMapDifference(a: EventLog, b: EventLog): MapDifference {
  const casesA = a.caseOffsets.length - 1;
  const casesB = b.caseOffsets.length - 1;
  const actA = activityCounts(a);
  const actB = activityCounts(b);
  const activities: ActivityChange[] = [...new Set([...actA.keys(), ...actB.keys()])].map((name) => {
    const countA = actA.get(name) ?? 0;
    const countB = actB.get(name) ?? 0;
    const perCaseA = countA / casesA;
    const perCaseB = countB / casesB;
    return { name, countA, countB, perCaseA, perCaseB, change: perCaseB - perCaseA };
  });
  activities.sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || (y.countA + y.countB) - (x.countA + x.countB) || compare(x.name, y.name));

  const edgesA = edgeStats(a);
  const edgesB = edgeStats(b);
  const none: EdgeStats = { count: 0, median: NaN, mean: NaN };
  const edges: EdgeChange[] = [...new Set([...edgesA.keys(), ...edgesB.keys()])].map((key) => {
    const [from, to] = key.split('\u0000');
    const ea = edgesA.get(key) ?? none;
    const eb = edgesB.get(key) ?? none;
    const perCaseA = ea.count / casesA;
    const perCaseB = eb.count / casesB;
    const waitA = ea.count > 0 ? perCaseA * ea.mean : 0;
    const waitB = eb.count > 0 ? perCaseB * eb.mean : 0;
    return {
      from,
      to,
      countA: ea.count,
      countB: eb.count,
      perCaseA,
      perCaseB,
      frequencyChange: perCaseB - perCaseA,
      medianWaitA: ea.median,
      medianWaitB: eb.median,
      medianWaitChange: eb.median - ea.median,
      meanWaitA: ea.mean,
      meanWaitB: eb.mean,
      waitPerCaseChange: waitB - waitA,
    };
  });
  edges.sort((x, y) =>
    magnitude(y.waitPerCaseChange) - magnitude(x.waitPerCaseChange) ||
    Math.abs(y.frequencyChange) - Math.abs(x.frequencyChange) ||
    compare(x.from, y.from) || compare(x.to, y.to));
  return { activities, edges };
}

function activityCounts(log: EventLog): Map<string, number> {
  const counts = new Int32Array(log.activityNames.length);
  for (let e = 0; e < log.activities.length; e++) counts[log.activities[e]]++;
  const out = new Map<string, number>();
  log.activityNames.forEach((name, a) => {
    if (counts[a] > 0) out.set(name, counts[a]);
  });
  return out;
}

function edgeStats(log: EventLog): Map<string, EdgeStats> {
  const df = countDirectlyFollows(log, { durations: true });
  const out = new Map<string, EdgeStats>();
  for (let k = 0; k < df.count.length; k++) {
    const waits = df.durations!.slice(df.durationOffsets![k], df.durationOffsets![k + 1]).filter((v) => !Number.isNaN(v)).sort();
    let sum = 0;
    for (const w of waits) sum += w;
    out.set(`${log.activityNames[df.from[k]]}\u0000${log.activityNames[df.to[k]]}`, {
      count: df.count[k],
      median: quantileSorted(waits, 0.5),
      mean: waits.length ? sum / waits.length : NaN,
    });
  }
  return out;
}

function magnitude(x: number): number {
  return Number.isFinite(x) ? Math.abs(x) : 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
