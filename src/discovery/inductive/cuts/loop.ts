/**
 * Loop cut (Leemans 2013): the body holds the start and end activities, the other components of the DFG without
 * them are redo parts unless pm4py's checks move them into the body. Deliberate difference: pm4py's IMd fails on
 * more than one redo part (an index error); we give every redo part the treatment of the first.
 */
import type { Cut, Partition, SkippableDfg } from './cut.js';
import { indexGroups, mapToActivities } from './cut.js';
import type { MinerContext } from '../context.js';
import { buildDfg, hasEdge, type InductiveDfg } from '../inductive-dfg.js';
import { SubLogBuilder, type SubLog } from '../sub-log.js';
import { UnionFind } from '../union-find.js';

export function detectLoop(dfg: InductiveDfg): Partition | null {
  const k = dfg.vertices.length;
  const m = dfg.edgeFrom.length;
  if (m === 0) return null;
  const isStart = (v: number) => dfg.startCounts[v] > 0;
  const isEnd = (v: number) => dfg.endCounts[v] > 0;
  const inBody = (v: number) => isStart(v) || isEnd(v);
  const sets = new UnionFind(k);
  for (let e = 0; e < m; e++) {
    const a = dfg.edgeFrom[e];
    const b = dfg.edgeTo[e];
    if (!inBody(a) && !inBody(b)) sets.union(a, b);
  }
  const others: number[] = [];
  for (let v = 0; v < k; v++) if (!inBody(v)) others.push(v);
  const redo = sets.groups(others);
  const component = new Int32Array(k).fill(-1);
  redo.forEach((g, i) => g.forEach((v) => (component[v] = i)));
  // pm4py's checks: a component reached from a start activity that is not an end, or leading into an end that is
  // not a start, or not connected back to every start / from every end, joins the body.
  const joined = new Uint8Array(redo.length);
  for (let e = 0; e < m; e++) {
    const a = dfg.edgeFrom[e];
    const b = dfg.edgeTo[e];
    // Reached from a start activity that is not an end: part of the body.
    if (isStart(a) && !isEnd(a) && component[b] >= 0) joined[component[b]] = 1;
    // Leading into an end activity that is not a start: part of the body.
    if (isEnd(b) && !isStart(b) && component[a] >= 0) joined[component[a]] = 1;
  }
  const starts: number[] = [];
  const ends: number[] = [];
  for (let v = 0; v < k; v++) {
    if (isStart(v)) starts.push(v);
    if (isEnd(v)) ends.push(v);
  }
  for (let e = 0; e < m; e++) {
    const a = dfg.edgeFrom[e];
    const b = dfg.edgeTo[e];
    // A redo part must lead back to every start activity and be entered from every end activity.
    if (component[a] >= 0 && isStart(b) && starts.some((s) => !hasEdge(dfg, a, s))) joined[component[a]] = 1;
  }
  for (let e = 0; e < m; e++) {
    const a = dfg.edgeFrom[e];
    const b = dfg.edgeTo[e];
    if (component[b] >= 0 && isEnd(a) && ends.some((x) => !hasEdge(dfg, x, b))) joined[component[b]] = 1;
  }
  const body: number[] = [];
  for (let v = 0; v < k; v++) if (inBody(v) || joined[component[v]]) body.push(v);
  const groups = [body, ...redo.filter((_, i) => !joined[i])].filter((g) => g.length > 0);
  return groups.length > 1 ? mapToActivities(dfg, groups) : null;
}

/** Cuts traces at body/redo switches; a redo segment goes whole to the redo part sharing most activities with it. */
export function splitLoop(log: SubLog, partition: Partition, ctx: MinerContext): SubLog[] {
  const groupOf = indexGroups(partition, ctx.names.length);
  const builders = partition.map(() => new SubLogBuilder());
  const body = builders[0];
  const acts = log.activities;
  const segment: number[] = [];
  const stamp = new Int32Array(ctx.names.length).fill(-1);
  const shared = new Int32Array(partition.length);
  let stampId = 0;
  const flushRedo = (count: number) => {
    // The redo part sharing most distinct activities with the segment takes it whole (pm4py).
    shared.fill(0);
    stampId++;
    for (const a of segment) {
      if (stamp[a] !== stampId) {
        stamp[a] = stampId;
        if (groupOf[a] > 0) shared[groupOf[a]]++;
      }
    }
    let best = 1;
    for (let g = 2; g < partition.length; g++) if (shared[g] >= shared[best]) best = g;
    for (const a of segment) builders[best].push(a);
    builders[best].commit(count);
    segment.length = 0;
  };
  for (let t = 0; t < log.counts.length; t++) {
    const count = log.counts[t];
    let bodyLength = 0;
    for (let e = log.offsets[t]; e < log.offsets[t + 1]; e++) {
      const a = acts[e];
      const g = groupOf[a];
      if (g === 0) {
        body.push(a);
        bodyLength++;
        if (segment.length > 0) flushRedo(count);
      } else if (g > 0) {
        segment.push(a);
        if (bodyLength > 0) {
          body.commit(count);
          bodyLength = 0;
        }
      }
    }
    if (segment.length > 0) flushRedo(count);
    body.commit(count);
  }
  return builders.map((b) => b.build());
}

export function splitLoopDfg(dfg: InductiveDfg, partition: Partition, ctx: MinerContext): SkippableDfg[] {
  const groupOf = indexGroups(partition, ctx.names.length);
  const g = (v: number) => groupOf[dfg.vertices[v]];
  let skipBody = false;
  let skipRedo = false;
  const parts = partition.map(() => ({ edges: [] as number[], starts: new Map<number, number>(), ends: new Map<number, number>() }));
  for (let e = 0; e < dfg.edgeFrom.length; e++) {
    const a = dfg.edgeFrom[e];
    const b = dfg.edgeTo[e];
    if (g(a) === g(b)) parts[g(a)].edges.push(dfg.vertices[a], dfg.vertices[b], dfg.edgeCount[e]);
    if (dfg.startCounts[b] > 0 && dfg.endCounts[a] > 0) skipRedo = true;
  }
  for (let v = 0; v < dfg.vertices.length; v++) {
    if (dfg.startCounts[v] > 0) {
      if (g(v) === 0) parts[0].starts.set(dfg.vertices[v], dfg.startCounts[v]);
      else skipBody = true;
    }
    if (dfg.endCounts[v] > 0) {
      if (g(v) === 0) parts[0].ends.set(dfg.vertices[v], dfg.endCounts[v]);
      else skipRedo = true;
    }
  }
  for (let i = 1; i < partition.length; i++) {
    for (const a of partition[i]) {
      parts[i].starts.set(a, 1);
      parts[i].ends.set(a, 1);
    }
  }
  return parts.map((p, i) => ({ dfg: buildDfg(ctx, p), skip: i === 0 ? skipBody : i === 1 ? skipRedo : false }));
}

export const loopCut: Cut = { name: 'loop', operator: '*', detect: detectLoop, split: splitLoop, splitDfg: splitLoopDfg };
