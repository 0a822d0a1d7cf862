/**
 * Where time goes: waiting time per directly-follows edge (the DFG's performance values), per activity the time
 * waited before it (previous completion → its start, or its completion without start), its service time (start →
 * completion, where starts exist) and its sojourn (waiting + service); handovers of work between resources.
 * Everything ranked by the total delay it accounts for.
 */
import type { EventLog } from '../log/event-log.js';
import { countDirectlyFollows } from '../log/directly-follows.js';
import { summarize } from '../util/quantile.js';

export interface TimeStats {
  count: number;
  meanSeconds: number;
  medianSeconds: number;
  p90Seconds: number;
  totalSeconds: number;
}

export interface EdgeBottleneck extends TimeStats {
  from: string;
  to: string;
}

export interface ActivityBottleneck {
  activity: string;
  count: number;
  waiting: TimeStats;
  service: TimeStats | null;
  sojourn: TimeStats;
}

export interface Handover extends TimeStats {
  from: string;
  to: string;
}

export interface BottlenecksResult {
  edges: EdgeBottleneck[];
  activities: ActivityBottleneck[];
  handovers: Handover[] | null;
}

function stats(values: Float64Array): TimeStats {
  const s = summarize(values);
  return { count: s.count, meanSeconds: s.mean, medianSeconds: s.median, p90Seconds: s.p90, totalSeconds: s.total };
}

const byTotal = <T extends { totalSeconds: number }>(a: T, b: T) => b.totalSeconds - a.totalSeconds;

export function findBottlenecks(log: EventLog): BottlenecksResult {
  // The same waiting times as the DFG's performance view: one shared scan in log/.
  const df = countDirectlyFollows(log, { durations: true });
  const edges: EdgeBottleneck[] = [];
  for (let k = 0; k < df.count.length; k++) {
    const waits = df.durations!.slice(df.durationOffsets![k], df.durationOffsets![k + 1]);
    edges.push({ from: log.activityNames[df.from[k]], to: log.activityNames[df.to[k]], ...stats(waits) });
  }
  edges.sort((a, b) => byTotal(a, b) || b.count - a.count || cmp(a.from + a.to, b.from + b.to));

  const n = log.activityNames.length;
  const ts = log.timestamps;
  const starts = log.startTimestamps;
  // Per activity: waiting/sojourn values for events that have a predecessor, service values where a start exists.
  const waiting: number[][] = Array.from({ length: n }, () => []);
  const sojourn: number[][] = Array.from({ length: n }, () => []);
  const service: number[][] = Array.from({ length: n }, () => []);
  const counts = new Int32Array(n);
  const handovers = new Map<string, number[]>();
  const res = log.resources;
  for (let c = 0; c + 1 < log.caseOffsets.length; c++) {
    for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) {
      const a = log.activities[e];
      counts[a]++;
      const start = starts !== null ? starts[e] : NaN;
      if (!Number.isNaN(start)) service[a].push((ts[e] - start) / 1000);
      if (e === log.caseOffsets[c]) continue;
      const begin = Number.isNaN(start) ? ts[e] : start;
      waiting[a].push((begin - ts[e - 1]) / 1000);
      sojourn[a].push((ts[e] - ts[e - 1]) / 1000);
      if (res !== null && res[e] >= 0 && res[e - 1] >= 0 && res[e] !== res[e - 1]) {
        const key = `${res[e - 1]},${res[e]}`;
        let list = handovers.get(key);
        if (!list) handovers.set(key, (list = []));
        list.push((begin - ts[e - 1]) / 1000);
      }
    }
  }
  const activities: ActivityBottleneck[] = [];
  for (let a = 0; a < n; a++) {
    if (counts[a] === 0) continue;
    activities.push({
      activity: log.activityNames[a],
      count: counts[a],
      waiting: stats(Float64Array.from(waiting[a])),
      service: service[a].length ? stats(Float64Array.from(service[a])) : null,
      sojourn: stats(Float64Array.from(sojourn[a])),
    });
  }
  activities.sort((x, y) => y.waiting.totalSeconds - x.waiting.totalSeconds || y.count - x.count || cmp(x.activity, y.activity));

  let handoverList: Handover[] | null = null;
  if (res !== null) {
    handoverList = [...handovers.entries()].map(([key, values]) => {
      const [f, t] = key.split(',').map(Number);
      return { from: log.resourceNames[f], to: log.resourceNames[t], ...stats(Float64Array.from(values)) };
    });
    handoverList.sort((a, b) => b.count - a.count || byTotal(a, b) || cmp(a.from + a.to, b.from + b.to));
  }
  return { edges, activities, handovers: handoverList };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
