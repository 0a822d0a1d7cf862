/**
 * The directly-follows graph the cuts look at (Leemans 2013), on local vertices sorted by name as pm4py sorts its
 * alphabet: weighted edges sorted by (from, to), an adjacency bit matrix for O(1) edge tests, start/end counts.
 * Its vertices are pm4py's `get_vertices`: edge ends, start and end activities.
 */
import type { MinerContext } from './context.js';
import type { SubLog } from './sub-log.js';

export interface InductiveDfg {
  /** global activity codes, in name order; a vertex's local index is its position here. */
  readonly vertices: Int32Array;
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeCount: Float64Array;
  /** edges leaving vertex `v` are `outOffsets[v] .. outOffsets[v+1]-1` (edges are sorted by source). */
  readonly outOffsets: Int32Array;
  /** bit `b` of row `a` (`words` 32-bit words per row) is set when the edge a→b exists. */
  readonly adjacency: Uint32Array;
  readonly words: number;
  /** per vertex; a vertex is a start (end) activity when its count is above zero. */
  readonly startCounts: Float64Array;
  readonly endCounts: Float64Array;
}

export function hasEdge(dfg: InductiveDfg, a: number, b: number): boolean {
  return (dfg.adjacency[a * dfg.words + (b >>> 5)] & (1 << (b & 31))) !== 0;
}

/** A DFG in global activity codes, before indexing: what projections and filters produce. */
export interface DfgParts {
  /** `[from, to, count]` triples in global codes; each pair at most once. */
  edges: number[];
  starts: Map<number, number>;
  ends: Map<number, number>;
}

/** Indexes a DFG given in global codes; its vertices are the edge ends, start and end activities. */
export function buildDfg(ctx: MinerContext, parts: DfgParts): InductiveDfg {
  const seen = new Set<number>();
  for (let k = 0; k < parts.edges.length; k += 3) {
    seen.add(parts.edges[k]);
    seen.add(parts.edges[k + 1]);
  }
  for (const a of parts.starts.keys()) seen.add(a);
  for (const a of parts.ends.keys()) seen.add(a);
  const vertices = Int32Array.from([...seen].sort((a, b) => ctx.rank[a] - ctx.rank[b]));
  const local = new Map<number, number>();
  vertices.forEach((a, i) => local.set(a, i));
  const m = parts.edges.length / 3;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const count = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    from[e] = local.get(parts.edges[3 * e])!;
    to[e] = local.get(parts.edges[3 * e + 1])!;
    count[e] = parts.edges[3 * e + 2];
  }
  const starts = new Float64Array(vertices.length);
  const ends = new Float64Array(vertices.length);
  for (const [a, c] of parts.starts) starts[local.get(a)!] = c;
  for (const [a, c] of parts.ends) ends[local.get(a)!] = c;
  return indexDfg(vertices, from, to, count, starts, ends);
}

/**
 * The DFG of a sub-log, every trace weighted by its count (pm4py's `discover_dfg_uvcl`); with `without`, of the
 * log with that activity's events removed.
 */
export function discoverSubLogDfg(ctx: MinerContext, log: SubLog, without = -1): InductiveDfg {
  const n = ctx.names.length;
  const localOf = new Int32Array(n).fill(-1);
  const acts = log.activities;
  const codes: number[] = [];
  for (let e = 0; e < acts.length; e++) {
    if (localOf[acts[e]] < 0 && acts[e] !== without) {
      localOf[acts[e]] = 0;
      codes.push(acts[e]);
    }
  }
  codes.sort((a, b) => ctx.rank[a] - ctx.rank[b]);
  const k = codes.length;
  for (let i = 0; i < k; i++) localOf[codes[i]] = i;
  const starts = new Float64Array(k);
  const ends = new Float64Array(k);
  const dense = k * k <= 1 << 20;
  const cells = dense ? new Float64Array(k * k) : null;
  const sparse = dense ? null : new Map<number, number>();
  const offsets = log.offsets;
  for (let t = 0; t < log.counts.length; t++) {
    const c = log.counts[t];
    let prev = -1;
    for (let e = offsets[t]; e < offsets[t + 1]; e++) {
      if (acts[e] === without) continue;
      const cur = localOf[acts[e]];
      if (prev < 0) starts[cur] += c;
      else {
        const key = prev * k + cur;
        if (cells) cells[key] += c;
        else sparse!.set(key, (sparse!.get(key) ?? 0) + c);
      }
      prev = cur;
    }
    if (prev >= 0) ends[prev] += c;
  }
  const from: number[] = [];
  const to: number[] = [];
  const count: number[] = [];
  if (cells) {
    for (let key = 0; key < cells.length; key++) {
      if (cells[key] > 0) {
        from.push(Math.floor(key / k));
        to.push(key % k);
        count.push(cells[key]);
      }
    }
  } else {
    for (const key of [...sparse!.keys()].sort((x, y) => x - y)) {
      from.push(Math.floor(key / k));
      to.push(key % k);
      count.push(sparse!.get(key)!);
    }
  }
  return indexDfg(Int32Array.from(codes), Int32Array.from(from), Int32Array.from(to), Float64Array.from(count), starts, ends);
}

/** The DFG restricted to some edges (kept[e] = 1), vertices and start/end counts unchanged. */
export function keepEdges(dfg: InductiveDfg, kept: Uint8Array): InductiveDfg {
  const from: number[] = [];
  const to: number[] = [];
  const count: number[] = [];
  for (let e = 0; e < dfg.edgeFrom.length; e++) {
    if (kept[e]) {
      from.push(dfg.edgeFrom[e]);
      to.push(dfg.edgeTo[e]);
      count.push(dfg.edgeCount[e]);
    }
  }
  return indexDfg(dfg.vertices, Int32Array.from(from), Int32Array.from(to), Float64Array.from(count), dfg.startCounts, dfg.endCounts);
}

/** Sorts edges by (from, to) and builds the CSR offsets and the adjacency bits. */
export function indexDfg(
  vertices: Int32Array,
  from: Int32Array,
  to: Int32Array,
  count: Float64Array,
  startCounts: Float64Array,
  endCounts: Float64Array,
): InductiveDfg {
  const k = vertices.length;
  const m = from.length;
  let sorted = true;
  for (let e = 1; e < m && sorted; e++) if (from[e - 1] > from[e] || (from[e - 1] === from[e] && to[e - 1] >= to[e])) sorted = false;
  if (!sorted) {
    const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => from[a] - from[b] || to[a] - to[b]);
    from = Int32Array.from(order, (i) => from[i]);
    to = Int32Array.from(order, (i) => to[i]);
    count = Float64Array.from(order, (i) => count[i]);
  }
  const words = (k + 31) >>> 5;
  const adjacency = new Uint32Array(k * words);
  const outOffsets = new Int32Array(k + 1);
  for (let e = 0; e < m; e++) {
    adjacency[from[e] * words + (to[e] >>> 5)] |= 1 << (to[e] & 31);
    outOffsets[from[e] + 1]++;
  }
  for (let v = 0; v < k; v++) outOffsets[v + 1] += outOffsets[v];
  return { vertices, edgeFrom: from, edgeTo: to, edgeCount: count, outOffsets, adjacency, words, startCounts, endCounts };
}
