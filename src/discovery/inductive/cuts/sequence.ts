/**
 * Sequence cut (Leemans 2013; thesis p. 188): components of "mutually reachable or unreachable", ordered by
 * computeReachability, refined into the thesis' strict sequence cut (p. 233) as pm4py does by default. Splitting cuts
 * each trace where the fewest events fall on the wrong side (pm4py's cost walk).
 */
import type { Cut, Partition, SkippableDfg } from './cut.js';
import { indexGroups, mapToActivities } from './cut.js';
import type { MinerContext } from '../context.js';
import { buildDfg, type InductiveDfg } from '../inductive-dfg.js';
import { SubLogBuilder, type SubLog } from '../sub-log.js';
import { UnionFind } from '../union-find.js';

/** For each vertex, the vertices reachable from it by at least one edge, itself excluded (networkx `descendants`). */
export function computeReachability(dfg: InductiveDfg): { succ: Uint32Array; words: number; succCount: Int32Array; predCount: Int32Array } {
  const k = dfg.vertices.length;
  const words = (k + 31) >>> 5;
  const succ = new Uint32Array(k * words);
  const succCount = new Int32Array(k);
  const predCount = new Int32Array(k);
  const stack = new Int32Array(k);
  for (let s = 0; s < k; s++) {
    const row = s * words;
    let top = 0;
    stack[top++] = s;
    while (top > 0) {
      const v = stack[--top];
      for (let e = dfg.outOffsets[v]; e < dfg.outOffsets[v + 1]; e++) {
        const w = dfg.edgeTo[e];
        const bit = 1 << (w & 31);
        if ((succ[row + (w >>> 5)] & bit) === 0) {
          succ[row + (w >>> 5)] |= bit;
          stack[top++] = w;
        }
      }
    }
    succ[row + (s >>> 5)] &= ~(1 << (s & 31));
    for (let w = 0; w < k; w++) {
      if (succ[row + (w >>> 5)] & (1 << (w & 31))) {
        succCount[s]++;
        predCount[w]++;
      }
    }
  }
  return { succ, words, succCount, predCount };
}

/** The plain sequence cut: groups in order, on local vertices. */
export function detectPlainSequence(dfg: InductiveDfg): number[][] | null {
  const k = dfg.vertices.length;
  if (k === 0) return null;
  const { succ, words, succCount, predCount } = computeReachability(dfg);
  const reaches = (a: number, b: number) => (succ[a * words + (b >>> 5)] & (1 << (b & 31))) !== 0;
  const sets = new UnionFind(k);
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) if (reaches(a, b) === reaches(b, a)) sets.union(a, b);
  const groups = sets.groups();
  if (groups.length <= 1) return null;
  const key = (g: number[]) => predCount[g[0]] + (k - succCount[g[0]]);
  return groups.sort((x, y) => key(x) - key(y));
}

/** The strict refinement: merges the groups around a skippable group p that cannot be told apart from it. */
export function refineStrict(dfg: InductiveDfg, groups: number[][]): number[][] {
  const n = groups.length;
  const k = dfg.vertices.length;
  const isStart = (v: number) => dfg.startCounts[v] > 0;
  const isEnd = (v: number) => dfg.endCounts[v] > 0;
  const cmap = new Int32Array(k);
  groups.forEach((g, i) => g.forEach((v) => (cmap[v] = i)));
  const mf = groups.map((g) => (g.some(isStart) ? -Infinity : Infinity));
  const mt = groups.map((g) => (g.some(isEnd) ? Infinity : -Infinity));
  for (let e = 0; e < dfg.edgeFrom.length; e++) {
    const ga = cmap[dfg.edgeFrom[e]];
    const gb = cmap[dfg.edgeTo[e]];
    mf[gb] = Math.min(mf[gb], ga);
    mt[ga] = Math.max(mt[ga], gb);
  }
  const current = cmap.slice();
  const c = groups.map((g) => g.slice());
  const skippable = (p: number): boolean => {
    for (let e = 0; e < dfg.edgeFrom.length; e++) if (current[dfg.edgeFrom[e]] < p && current[dfg.edgeTo[e]] > p) return true;
    for (let v = 0; v < k; v++) {
      if (isStart(v) && current[v] > p) return true;
      if (isEnd(v) && current[v] < p) return true;
    }
    return false;
  };
  const merge = (p: number, q: number) => {
    for (const v of c[q]) current[v] = p;
    c[p].push(...c[q]);
    c[q] = [];
  };
  for (let p = 0; p < n; p++) {
    if (!skippable(p)) continue;
    for (let q = p - 1; q >= 0 && mt[q] <= p; q--) merge(p, q);
    for (let q = p + 1; q < n && mf[q] >= p; q++) merge(p, q);
  }
  return c.filter((g) => g.length > 0).map((g) => g.sort((a, b) => a - b));
}

export function detectSequence(dfg: InductiveDfg): Partition | null {
  const plain = detectPlainSequence(dfg);
  if (!plain) return null;
  const strict = refineStrict(dfg, plain);
  // pm4py would recurse forever on a one-group "cut"; no such cut is a cut.
  return strict.length > 1 ? mapToActivities(dfg, strict) : null;
}

export function splitSequence(log: SubLog, partition: Partition, ctx: MinerContext): SubLog[] {
  const groupOf = indexGroups(partition, ctx.names.length);
  const n = partition.length;
  const builders = partition.map(() => new SubLogBuilder());
  const acts = log.activities;
  for (let t = 0; t < log.counts.length; t++) {
    const hi = log.offsets[t + 1];
    let from = log.offsets[t];
    for (let i = 0; i < n; i++) {
      // Cut where (events of this group) − (events of later or no group) so far is largest.
      let cost = 0;
      let least = 0;
      let to = from;
      for (let e = from; e < hi; e++) {
        const g = groupOf[acts[e]];
        if (g === i) cost--;
        else if (!(g >= 0 && g < i)) cost++;
        if (cost < least) {
          least = cost;
          to = e + 1;
        }
      }
      const b = builders[i];
      for (let e = from; e < to; e++) if (groupOf[acts[e]] === i) b.push(acts[e]);
      b.commit(log.counts[t]);
      from = to;
    }
  }
  return builders.map((b) => b.build());
}

/**
 * pm4py's IMd sequence projection: a group starts where edges from the previous group arrive and ends where
 * edges to the next leave; skip flags come from start/end activities beyond the first/last group, cleared again
 * by any edge that jumps over a group (pm4py's rule, kept as is).
 */
export function splitSequenceDfg(dfg: InductiveDfg, partition: Partition, ctx: MinerContext): SkippableDfg[] {
  const groupOf = indexGroups(partition, ctx.names.length);
  const n = partition.length;
  const g = (v: number) => groupOf[dfg.vertices[v]];
  const skippable = new Array<boolean>(n).fill(false);
  const parts = partition.map(() => ({ edges: [] as number[], starts: new Map<number, number>(), ends: new Map<number, number>() }));
  const add = (m: Map<number, number>, a: number, c: number) => m.set(a, (m.get(a) ?? 0) + c);
  for (let e = 0; e < dfg.edgeFrom.length; e++) {
    const a = dfg.edgeFrom[e];
    const b = dfg.edgeTo[e];
    const ga = g(a);
    const gb = g(b);
    const c = dfg.edgeCount[e];
    if (ga === gb) parts[ga].edges.push(dfg.vertices[a], dfg.vertices[b], c);
    else if (gb === ga + 1) {
      add(parts[ga].ends, dfg.vertices[a], c);
      add(parts[gb].starts, dfg.vertices[b], c);
    }
  }
  for (let v = 0; v < dfg.vertices.length; v++) {
    if (dfg.startCounts[v] > 0) {
      if (g(v) === 0) parts[0].starts.set(dfg.vertices[v], dfg.startCounts[v]);
      else for (let j = 0; j < g(v); j++) skippable[j] = true;
    }
    if (dfg.endCounts[v] > 0) {
      if (g(v) === n - 1) parts[n - 1].ends.set(dfg.vertices[v], dfg.endCounts[v]);
      else for (let j = g(v) + 1; j <= n - 1; j++) skippable[j] = true;
    }
  }
  for (let e = 0; e < dfg.edgeFrom.length; e++) {
    for (let j = g(dfg.edgeFrom[e]) + 1; j < g(dfg.edgeTo[e]); j++) skippable[j] = false;
  }
  return parts.map((p, i) => ({ dfg: buildDfg(ctx, p), skip: skippable[i] }));
}

export const sequenceCut: Cut = { name: 'sequence', operator: '->', detect: detectSequence, split: splitSequence, splitDfg: splitSequenceDfg };
