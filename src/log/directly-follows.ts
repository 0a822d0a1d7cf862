/**
 * The one-pass directly-follows scan every map and miner starts from: for each pair of consecutive events in a
 * case (in time order), the pair's count, and optionally the time between them, grouped per edge (CSR) so that
 * medians and percentiles need no per-pair objects. Also start and end activity counts.
 */
import type { EventLog } from './event-log.js';

export interface DirectlyFollowsCounts {
  activityCount: number;
  /** edges sorted by (from, to). */
  from: Int32Array;
  to: Int32Array;
  count: Int32Array;
  /** per activity: events, cases starting with it, cases ending with it. */
  activityFrequency: Int32Array;
  startCounts: Int32Array;
  endCounts: Int32Array;
  /** with durations: edge `k`'s waiting times in seconds are `durations[durationOffsets[k] .. durationOffsets[k+1]-1]`. */
  durationOffsets?: Int32Array;
  durations?: Float64Array;
}

export interface DirectlyFollowsOptions {
  /** also collect the time between each pair: (next start, or next completion) − this completion, in seconds. */
  durations?: boolean;
}

export function countDirectlyFollows(log: EventLog, options: DirectlyFollowsOptions = {}): DirectlyFollowsCounts {
  const n = log.activityNames.length;
  const acts = log.activities;
  const offsets = log.caseOffsets;
  const cases = offsets.length - 1;
  const activityFrequency = new Int32Array(n);
  const startCounts = new Int32Array(n);
  const endCounts = new Int32Array(n);
  for (let e = 0; e < acts.length; e++) activityFrequency[acts[e]]++;
  // Edge ids: dense n×n table when small, a Map otherwise (logs with thousands of activities).
  const dense = n <= 2048;
  const table = dense ? new Int32Array(n * n).fill(-1) : null;
  const map = dense ? null : new Map<number, number>();
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  const edgeCount: number[] = [];
  const pairEdge = options.durations ? new Int32Array(Math.max(0, acts.length - cases)) : null;
  let pair = 0;
  for (let c = 0; c < cases; c++) {
    const lo = offsets[c];
    const hi = offsets[c + 1];
    if (hi === lo) continue;
    startCounts[acts[lo]]++;
    endCounts[acts[hi - 1]]++;
    for (let e = lo + 1; e < hi; e++) {
      const key = acts[e - 1] * n + acts[e];
      let id = dense ? table![key] : (map!.get(key) ?? -1);
      if (id < 0) {
        id = edgeCount.length;
        edgeFrom.push(acts[e - 1]);
        edgeTo.push(acts[e]);
        edgeCount.push(0);
        if (dense) table![key] = id;
        else map!.set(key, id);
      }
      edgeCount[id]++;
      if (pairEdge) pairEdge[pair++] = id;
    }
  }
  // Sort edges by (from, to) for a stable order independent of the log's case order.
  const m = edgeCount.length;
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => edgeFrom[a] - edgeFrom[b] || edgeTo[a] - edgeTo[b]);
  const rank = new Int32Array(m);
  order.forEach((id, k) => (rank[id] = k));
  const result: DirectlyFollowsCounts = {
    activityCount: n,
    from: Int32Array.from(order, (id) => edgeFrom[id]),
    to: Int32Array.from(order, (id) => edgeTo[id]),
    count: Int32Array.from(order, (id) => edgeCount[id]),
    activityFrequency,
    startCounts,
    endCounts,
  };
  if (pairEdge) {
    const durationOffsets = new Int32Array(m + 1);
    for (let k = 0; k < m; k++) durationOffsets[k + 1] = durationOffsets[k] + result.count[k];
    const fill = durationOffsets.slice(0, m);
    const durations = new Float64Array(pair);
    const ts = log.timestamps;
    const starts = log.startTimestamps;
    pair = 0;
    for (let c = 0; c < cases; c++) {
      for (let e = offsets[c] + 1; e < offsets[c + 1]; e++) {
        const k = rank[pairEdge[pair++]];
        const nextStart = starts !== null && !Number.isNaN(starts[e]) ? starts[e] : ts[e];
        durations[fill[k]++] = (nextStart - ts[e - 1]) / 1000;
      }
    }
    result.durationOffsets = durationOffsets;
    result.durations = durations;
  }
  return result;
}
