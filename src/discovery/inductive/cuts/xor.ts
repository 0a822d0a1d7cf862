/**
 * Exclusive-choice cut (Leemans 2013, Def. 3): the connected components of the undirected DFG. Splitting sends
 * each trace to the group holding most of its events (ties: the later group, as pm4py) and keeps only that
 * group's events; IMd keeps each component's own edges, starts and ends.
 */
import type { Cut, Partition, SkippableDfg } from './cut.js';
import { indexGroups, mapToActivities } from './cut.js';
import type { MinerContext } from '../context.js';
import { buildDfg, type InductiveDfg } from '../inductive-dfg.js';
import { SubLogBuilder, type SubLog } from '../sub-log.js';
import { UnionFind } from '../union-find.js';

export function detectXor(dfg: InductiveDfg): Partition | null {
  const k = dfg.vertices.length;
  const sets = new UnionFind(k);
  for (let e = 0; e < dfg.edgeFrom.length; e++) sets.union(dfg.edgeFrom[e], dfg.edgeTo[e]);
  const groups = sets.groups();
  return groups.length > 1 ? mapToActivities(dfg, groups) : null;
}

export function splitXor(log: SubLog, partition: Partition, ctx: MinerContext): SubLog[] {
  const groupOf = indexGroups(partition, ctx.names.length);
  const builders = partition.map(() => new SubLogBuilder());
  const perGroup = new Int32Array(partition.length);
  const acts = log.activities;
  for (let t = 0; t < log.counts.length; t++) {
    const lo = log.offsets[t];
    const hi = log.offsets[t + 1];
    perGroup.fill(0);
    for (let e = lo; e < hi; e++) if (groupOf[acts[e]] >= 0) perGroup[groupOf[acts[e]]]++;
    let best = 0;
    for (let g = 1; g < perGroup.length; g++) if (perGroup[g] >= perGroup[best]) best = g;
    const b = builders[best];
    if (perGroup[best] === hi - lo) b.pushSlice(acts, lo, hi);
    else for (let e = lo; e < hi; e++) if (groupOf[acts[e]] === best) b.push(acts[e]);
    b.commit(log.counts[t]);
  }
  return builders.map((b) => b.build());
}

export function splitXorDfg(dfg: InductiveDfg, partition: Partition, ctx: MinerContext): SkippableDfg[] {
  return projectDfgOnGroups(dfg, partition, ctx).map((d) => ({ dfg: d, skip: false }));
}

/** Each group's own edges, start and end activities (pm4py's XOR and concurrency DFG projections). */
export function projectDfgOnGroups(dfg: InductiveDfg, partition: Partition, ctx: MinerContext): InductiveDfg[] {
  const groupOfVertex = groupVertices(dfg, partition, ctx);
  return partition.map((_, g) => {
    const edges: number[] = [];
    const starts = new Map<number, number>();
    const ends = new Map<number, number>();
    for (let e = 0; e < dfg.edgeFrom.length; e++) {
      const a = dfg.edgeFrom[e];
      const b = dfg.edgeTo[e];
      if (groupOfVertex[a] === g && groupOfVertex[b] === g) edges.push(dfg.vertices[a], dfg.vertices[b], dfg.edgeCount[e]);
    }
    for (let v = 0; v < dfg.vertices.length; v++) {
      if (groupOfVertex[v] !== g) continue;
      if (dfg.startCounts[v] > 0) starts.set(dfg.vertices[v], dfg.startCounts[v]);
      if (dfg.endCounts[v] > 0) ends.set(dfg.vertices[v], dfg.endCounts[v]);
    }
    return buildDfg(ctx, { edges, starts, ends });
  });
}

/** The group of each local vertex. */
export function groupVertices(dfg: InductiveDfg, partition: Partition, ctx: MinerContext): Int32Array {
  const groupOf = indexGroups(partition, ctx.names.length);
  return Int32Array.from(dfg.vertices, (a) => groupOf[a]);
}

export const xorCut: Cut = { name: 'xor', operator: 'X', detect: detectXor, split: splitXor, splitDfg: splitXorDfg };
