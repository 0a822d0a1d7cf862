/**
 * Disco-style process-map simplification. `activities` keeps that share of the activities, most frequent first
 * (at least one), and recomputes the directly-follows relation over the remaining events. `paths` then keeps
 * the edges every activity needs to stay connected (each activity's strongest incoming and outgoing edge,
 * counting the start and end of cases as edges) plus the strongest other edges up to that share of all edges.
 */
import type { EventLog } from '../log/event-log.js';
import { projectActivities } from '../log/project-activities.js';
import type { Dfg } from '../model/dfg.js';
import { discoverDfg, type DiscoverDfgOptions } from './dfg.js';

export interface SimplifyMapOptions extends DiscoverDfgOptions {
  /** share of activities to keep, 0..1 (default 1). */
  activities?: number;
  /** share of edges to keep, 0..1 (default 1). */
  paths?: number;
}

export interface SimplifiedMap {
  dfg: Dfg;
  /** what was left out, so the map can say so. */
  hidden: { activities: number; edges: number };
}

export function discoverSimplifiedMap(log: EventLog, options: SimplifyMapOptions = {}): SimplifiedMap {
  const activityShare = options.activities ?? 1;
  const pathShare = options.paths ?? 1;
  let source = log;
  let hiddenActivities = 0;
  if (activityShare < 1) {
    const counts = new Int32Array(log.activityNames.length);
    for (let e = 0; e < log.activities.length; e++) counts[log.activities[e]]++;
    const ranked = log.activityNames
      .map((name, a) => ({ a, name, count: counts[a] }))
      .filter((x) => x.count > 0)
      .sort((x, y) => y.count - x.count || (x.name < y.name ? -1 : 1));
    const keepCount = Math.max(1, Math.ceil(activityShare * ranked.length));
    const keep = new Uint8Array(log.activityNames.length);
    for (const x of ranked.slice(0, keepCount)) keep[x.a] = 1;
    hiddenActivities = ranked.length - keepCount;
    source = projectActivities(log, keep);
  }
  const dfg = discoverDfg(source, options);
  if (pathShare >= 1) return { dfg, hidden: { activities: hiddenActivities, edges: 0 } };
  const keptEdges = selectPaths(dfg, pathShare);
  const edges = dfg.edges.filter((_, i) => keptEdges.has(i));
  return { dfg: { ...dfg, edges }, hidden: { activities: hiddenActivities, edges: dfg.edges.length - edges.length } };
}

/** Indices (into dfg.edges, which is sorted by count descending) of the edges to keep. */
function selectPaths(dfg: Dfg, share: number): Set<number> {
  const keep = new Set<number>();
  const strongestOut = new Map<string, number>();
  const strongestIn = new Map<string, number>();
  dfg.edges.forEach((e, i) => {
    // edges are sorted by count descending, so the first seen per activity is its strongest
    if (!strongestOut.has(e.from)) strongestOut.set(e.from, i);
    if (!strongestIn.has(e.to)) strongestIn.set(e.to, i);
  });
  for (const a of dfg.activities) {
    const out = strongestOut.get(a.name);
    const endCount = dfg.endActivities[a.name] ?? 0;
    if (out !== undefined && dfg.edges[out].count >= endCount) keep.add(out);
    const into = strongestIn.get(a.name);
    const startCount = dfg.startActivities[a.name] ?? 0;
    if (into !== undefined && dfg.edges[into].count >= startCount) keep.add(into);
  }
  const target = Math.ceil(share * dfg.edges.length);
  for (let i = 0; i < dfg.edges.length && keep.size < target; i++) keep.add(i);
  return keep;
}
