/**
 * Directly-follows graph discovery, as pm4py's `discover_dfg` / `discover_performance_dfg`: counts of each
 * pair of consecutive events in a case (time order), start/end activities, and per edge the waiting time from an
 * event's completion to the next event's start (its completion when it has no start). Stable output order:
 * by count descending, then names.
 */
import type { EventLog } from '../log/event-log.js';
import { countDirectlyFollows } from '../log/directly-follows.js';
import type { Dfg, DfgEdge } from '../model/dfg.js';
import { summarize } from '../util/quantile.js';

export interface DiscoverDfgOptions {
  /** add waiting-time statistics to every edge. */
  performance?: boolean;
}

/**
 * @example
 * const dfg = discoverDfg(log, { performance: true });
 * dfg.edges[0]; // { from: 'check ticket', to: 'decide', count: 6, performance: { medianSeconds: … } }
 */
export function discoverDfg(log: EventLog, options: DiscoverDfgOptions = {}): Dfg {
  const names = log.activityNames;
  const df = countDirectlyFollows(log, { durations: options.performance });
  const edges: DfgEdge[] = [];
  for (let k = 0; k < df.count.length; k++) {
    const edge: DfgEdge = { from: names[df.from[k]], to: names[df.to[k]], count: df.count[k] };
    if (df.durations && df.durationOffsets) {
      const s = summarize(df.durations.slice(df.durationOffsets[k], df.durationOffsets[k + 1]));
      edge.performance = {
        meanSeconds: s.mean,
        medianSeconds: s.median,
        minSeconds: s.min,
        maxSeconds: s.max,
        p90Seconds: s.p90,
        totalSeconds: s.total,
        stdevSeconds: s.stdev,
      };
    }
    edges.push(edge);
  }
  edges.sort((a, b) => b.count - a.count || compare(a.from, b.from) || compare(a.to, b.to));
  const activities = names
    .map((name, a) => ({ name, count: df.activityFrequency[a] }))
    .filter((a) => a.count > 0)
    .sort((a, b) => b.count - a.count || compare(a.name, b.name));
  return {
    activities,
    edges,
    startActivities: sortedRecord(names, df.startCounts),
    endActivities: sortedRecord(names, df.endCounts),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedRecord(names: string[], counts: Int32Array): Record<string, number> {
  const out: Record<string, number> = {};
  const list = names.map((name, a) => ({ name, count: counts[a] })).filter((x) => x.count > 0);
  list.sort((a, b) => b.count - a.count || compare(a.name, b.name));
  for (const { name, count } of list) out[name] = count;
  return out;
}
