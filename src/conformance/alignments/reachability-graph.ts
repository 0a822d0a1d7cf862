/**
 * The reachability graph of a net, explored breadth-first up to a size limit, in the CSR form the graph aligner
 * scans. Markings are byte vectors; more than 255 tokens on a place counts as too big.
 */
import type { IndexedNet } from '../indexed-net.js';

export interface ReachabilityGraph {
  readonly stateCount: number;
  /** the state of the initial marking (always 0). */
  readonly initial: number;
  /** the state of the final marking, -1 when it is not reachable. */
  readonly final: number;
  /** edges leaving state s: `edgeStart[s] .. edgeStart[s+1]-1`; each fires `edgeTransition[e]` to `edgeTarget[e]`. */
  readonly edgeStart: Int32Array;
  readonly edgeTransition: Int32Array;
  readonly edgeTarget: Int32Array;
  /** the edges entering state s: `inEdge[inStart[s] .. inStart[s+1]-1]`. */
  readonly inStart: Int32Array;
  readonly inEdge: Int32Array;
  /** per label (net.labelNames): the edges whose transition carries it (`labelEdge[labelEdgeStart[a] ..]`). */
  readonly labelEdgeStart: Int32Array;
  readonly labelEdge: Int32Array;
  /** per edge: its source state. */
  readonly edgeSource: Int32Array;
}

export interface ReachabilityLimits {
  maxStates: number;
  maxEdges: number;
}

/**
 * Explores the reachability graph; null when it has more states or edges than the limits allow or a place
 * would hold more than 255 tokens. Silent transitions that leave the marking unchanged add no edge (they
 * never shorten a path); visible ones do (a synchronous move may use them).
 *
 * @example
 * const g = buildReachabilityGraph(net, { maxStates: 20000, maxEdges: 200000 });
 * g?.stateCount;
 */
export function buildReachabilityGraph(net: IndexedNet, limits: ReachabilityLimits): ReachabilityGraph | null {
  const P = net.placeCount;
  const T = net.transitionCount;
  let cap = 256;
  let markings = new Uint8Array(cap * Math.max(1, P));
  let table = new Int32Array(512);
  let count = 0;
  const sources: number[] = [];
  const transitions: number[] = [];
  const targets: number[] = [];
  const scratch = new Uint8Array(P);

  const hashOf = (m: Uint8Array): number => {
    let h = 0x811c9dc5;
    for (let p = 0; p < P; p++) h = Math.imul(h ^ m[p], 0x01000193);
    return (h ^ (h >>> 15)) >>> 0;
  };
  const same = (id: number, m: Uint8Array): boolean => {
    const base = id * P;
    for (let p = 0; p < P; p++) if (markings[base + p] !== m[p]) return false;
    return true;
  };
  const rehash = (): void => {
    table = new Int32Array(table.length * 2);
    const mask = table.length - 1;
    for (let id = 0; id < count; id++) {
      let slot = hashOf(markings.subarray(id * P, id * P + P)) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
  };
  /** the state of marking m, added when new; -1 when over the state limit. */
  const stateOf = (m: Uint8Array): number => {
    const mask = table.length - 1;
    let slot = hashOf(m) & mask;
    for (; table[slot] !== 0; slot = (slot + 1) & mask) if (same(table[slot] - 1, m)) return table[slot] - 1;
    if (count === limits.maxStates) return -1;
    if (count === cap) {
      cap *= 2;
      const grown = new Uint8Array(cap * Math.max(1, P));
      grown.set(markings);
      markings = grown;
    }
    const id = count++;
    markings.set(m, id * P);
    table[slot] = id + 1;
    if (count * 2 > table.length) rehash();
    return id;
  };

  for (let p = 0; p < P; p++) {
    const tokens = net.initialMarking[p];
    if (tokens > 255) return null;
    scratch[p] = tokens;
  }
  stateOf(scratch);
  for (let s = 0; s < count; s++) {
    const base = s * P;
    for (let t = 0; t < T; t++) {
      let enabled = true;
      for (let k = net.preStart[t]; k < net.preStart[t + 1]; k++) {
        if (markings[base + net.prePlace[k]] < net.preWeight[k]) {
          enabled = false;
          break;
        }
      }
      if (!enabled) continue;
      const moves = net.effectStart[t] < net.effectStart[t + 1];
      if (!moves && net.labelOf[t] < 0) continue;
      for (let p = 0; p < P; p++) scratch[p] = markings[base + p];
      for (let k = net.effectStart[t]; k < net.effectStart[t + 1]; k++) {
        const v = scratch[net.effectPlace[k]] + net.effectDelta[k];
        if (v > 255) return null;
        scratch[net.effectPlace[k]] = v;
      }
      const target = moves ? stateOf(scratch) : s;
      if (target < 0 || sources.length === limits.maxEdges) return null;
      sources.push(s);
      transitions.push(t);
      targets.push(target);
    }
  }
  for (let p = 0; p < P; p++) scratch[p] = net.finalMarking[p] > 255 ? 0 : net.finalMarking[p];
  let final = -1;
  if (net.finalMarking.every((v) => v <= 255)) {
    const mask = table.length - 1;
    for (let slot = hashOf(scratch) & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
      if (same(table[slot] - 1, scratch)) {
        final = table[slot] - 1;
        break;
      }
    }
  }
  return toCsr(net, count, final, sources, transitions, targets);
}

function toCsr(net: IndexedNet, S: number, final: number, sources: number[], transitions: number[], targets: number[]): ReachabilityGraph {
  const E = sources.length;
  // edges were appended state by state, so they are already grouped by source
  const edgeStart = new Int32Array(S + 1);
  for (const s of sources) edgeStart[s + 1]++;
  for (let s = 0; s < S; s++) edgeStart[s + 1] += edgeStart[s];
  const inStart = new Int32Array(S + 1);
  for (const t of targets) inStart[t + 1]++;
  for (let s = 0; s < S; s++) inStart[s + 1] += inStart[s];
  const inEdge = new Int32Array(E);
  const fill = inStart.slice(0, S);
  for (let e = 0; e < E; e++) inEdge[fill[targets[e]]++] = e;
  const A = net.labelNames.length;
  const labelEdgeStart = new Int32Array(A + 1);
  for (const t of transitions) if (net.labelOf[t] >= 0) labelEdgeStart[net.labelOf[t] + 1]++;
  for (let a = 0; a < A; a++) labelEdgeStart[a + 1] += labelEdgeStart[a];
  const labelEdge = new Int32Array(labelEdgeStart[A]);
  const at = labelEdgeStart.slice(0, A);
  for (let e = 0; e < E; e++) {
    const a = net.labelOf[transitions[e]];
    if (a >= 0) labelEdge[at[a]++] = e;
  }
  return {
    stateCount: S,
    initial: 0,
    final,
    edgeStart,
    edgeTransition: Int32Array.from(transitions),
    edgeTarget: Int32Array.from(targets),
    inStart,
    inEdge,
    labelEdgeStart,
    labelEdge,
    edgeSource: Int32Array.from(sources),
  };
}
