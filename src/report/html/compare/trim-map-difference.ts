/**
 * Keeps a difference map readable on busy logs: at most so many activities (the most frequent per case in
 * either group) and paths among them, chosen both by frequency (the backbone of the process) and by how much
 * their waiting per case changed (what the reader came for). Activities left without a path once paths were
 * cut go too. The input's ranking order is kept.
 */
import type { MapDifference } from '../../../analytics/compare/map-difference.js';

export interface TrimmedMapDifference {
  diff: MapDifference;
  hiddenActivities: number;
  hiddenEdges: number;
}

export const MAP_MAX_ACTIVITIES = 40;
export const MAP_MAX_EDGES = 40;

export function trimMapDifference(diff: MapDifference, maxActivities = MAP_MAX_ACTIVITIES, maxEdges = MAP_MAX_EDGES): TrimmedMapDifference {
  const busiest = (x: { perCaseA: number; perCaseB: number }) => Math.max(x.perCaseA, x.perCaseB);
  const byFrequency = <T extends { perCaseA: number; perCaseB: number }>(list: T[]) =>
    list.map((item, i) => ({ item, i })).sort((x, y) => busiest(y.item) - busiest(x.item) || x.i - y.i).map((x) => x.item);

  const keptActivities = new Set(byFrequency(diff.activities).slice(0, maxActivities));
  const names = new Set([...keptActivities].map((a) => a.name));
  const candidates = diff.edges.filter((e) => names.has(e.from) && names.has(e.to));
  const keptEdges = new Set(byFrequency(candidates).slice(0, Math.ceil((maxEdges * 2) / 3)));
  for (const e of candidates) {
    if (keptEdges.size >= maxEdges) break;
    keptEdges.add(e);
  }
  const edges = diff.edges.filter((e) => keptEdges.has(e));
  const connected = new Set(edges.flatMap((e) => [e.from, e.to]));
  const pathsCut = edges.length < diff.edges.length;
  const activities = diff.activities.filter((a) => keptActivities.has(a) && (!pathsCut || connected.has(a.name)));
  return {
    diff: { activities, edges },
    hiddenActivities: diff.activities.length - activities.length,
    hiddenEdges: diff.edges.length - edges.length,
  };
}
