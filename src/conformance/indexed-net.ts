/**
 * The accepting Petri net in the form the conformance algorithms scan: places and transitions as integers,
 * pre- and post-sets as CSR typed arrays (in the order of `net.arcs`), markings as Int32Arrays indexed by place.
 * Ids are kept because pm4py breaks ties by name (place and transition ids are pm4py's names).
 */
import { ProcmineError } from '../errors.js';
import type { AcceptingPetriNet, Marking } from '../model/petri-net.js';

export interface IndexedNet {
  readonly placeCount: number;
  readonly transitionCount: number;
  readonly placeIds: readonly string[];
  readonly transitionIds: readonly string[];
  /** per transition: its label, null for a silent transition. */
  readonly labels: readonly (string | null)[];
  /** the distinct visible labels, in order of first appearance. */
  readonly labelNames: readonly string[];
  /** per transition: index into `labelNames`, -1 when silent. */
  readonly labelOf: Int32Array;
  /** label → transitions (CSR over `labelNames`). */
  readonly labelStart: Int32Array;
  readonly labelTransitions: Int32Array;
  /** transition t consumes `preWeight[k]` tokens from `prePlace[k]` for k in `preStart[t] .. preStart[t+1]-1`. */
  readonly preStart: Int32Array;
  readonly prePlace: Int32Array;
  readonly preWeight: Int32Array;
  readonly postStart: Int32Array;
  readonly postPlace: Int32Array;
  readonly postWeight: Int32Array;
  /** place p feeds transitions `placeOut[placeOutStart[p] .. placeOutStart[p+1]-1]` (arc order). */
  readonly placeOutStart: Int32Array;
  readonly placeOut: Int32Array;
  /** net effect of firing t on each place it touches (places listed once). */
  readonly effectStart: Int32Array;
  readonly effectPlace: Int32Array;
  readonly effectDelta: Int32Array;
  readonly initialMarking: Int32Array;
  readonly finalMarking: Int32Array;
  /** rank of each place / transition when sorted by id (pm4py sorts by name to break ties). */
  readonly placeRank: Int32Array;
  readonly transitionRank: Int32Array;
}

/**
 * Indexes an accepting Petri net. Arcs between the same pair are merged (weights added).
 *
 * @example
 * const net = indexNet(acceptingNet);
 * net.transitionCount; // number of transitions
 */
export function indexNet(apn: AcceptingPetriNet): IndexedNet {
  const { net } = apn;
  const placeIndex = new Map<string, number>();
  const transitionIndex = new Map<string, number>();
  net.places.forEach((p, i) => {
    if (placeIndex.has(p.id)) throw new ProcmineError('invalid-net', `place id '${p.id}' is used twice`);
    placeIndex.set(p.id, i);
  });
  net.transitions.forEach((t, i) => {
    if (transitionIndex.has(t.id) || placeIndex.has(t.id)) throw new ProcmineError('invalid-net', `node id '${t.id}' is used twice`);
    transitionIndex.set(t.id, i);
  });
  const P = net.places.length;
  const T = net.transitions.length;
  const pre: Map<number, number>[] = Array.from({ length: T }, () => new Map());
  const post: Map<number, number>[] = Array.from({ length: T }, () => new Map());
  const placeOutLists: number[][] = Array.from({ length: P }, () => []);
  for (const arc of net.arcs) {
    const sp = placeIndex.get(arc.source);
    const st = transitionIndex.get(arc.source);
    const tp = placeIndex.get(arc.target);
    const tt = transitionIndex.get(arc.target);
    const weight = arc.weight ?? 1;
    if (!(weight > 0) || !Number.isInteger(weight)) {
      throw new ProcmineError('invalid-net', `arc ${arc.source} → ${arc.target} has weight ${weight}; weights are positive integers`);
    }
    if (sp !== undefined && tt !== undefined) {
      if (!pre[tt].has(sp)) placeOutLists[sp].push(tt);
      pre[tt].set(sp, (pre[tt].get(sp) ?? 0) + weight);
    } else if (st !== undefined && tp !== undefined) {
      post[st].set(tp, (post[st].get(tp) ?? 0) + weight);
    } else {
      throw new ProcmineError('invalid-net', `arc ${arc.source} → ${arc.target} does not join a place and a transition of the net`);
    }
  }
  const [preStart, prePlace, preWeight] = csr(pre);
  const [postStart, postPlace, postWeight] = csr(post);
  const effects = pre.map((m, t) => {
    const e = new Map<number, number>();
    for (const [p, w] of m) e.set(p, -w);
    for (const [p, w] of post[t]) e.set(p, (e.get(p) ?? 0) + w);
    for (const [p, d] of e) if (d === 0) e.delete(p);
    return e;
  });
  const [effectStart, effectPlace, effectDelta] = csr(effects);
  const placeOutStart = new Int32Array(P + 1);
  for (let p = 0; p < P; p++) placeOutStart[p + 1] = placeOutStart[p] + placeOutLists[p].length;
  const placeOut = Int32Array.from(placeOutLists.flat());

  const labels = net.transitions.map((t) => t.label);
  const labelNames: string[] = [];
  const labelIds = new Map<string, number>();
  const labelOf = new Int32Array(T).fill(-1);
  labels.forEach((label, t) => {
    if (label === null) return;
    let id = labelIds.get(label);
    if (id === undefined) {
      id = labelNames.length;
      labelIds.set(label, id);
      labelNames.push(label);
    }
    labelOf[t] = id;
  });
  const byLabel: number[][] = labelNames.map(() => []);
  labelOf.forEach((a, t) => {
    if (a >= 0) byLabel[a].push(t);
  });
  const labelStart = new Int32Array(labelNames.length + 1);
  for (let a = 0; a < labelNames.length; a++) labelStart[a + 1] = labelStart[a] + byLabel[a].length;

  const placeIds = net.places.map((p) => p.id);
  const transitionIds = net.transitions.map((t) => t.id);
  return {
    placeCount: P,
    transitionCount: T,
    placeIds,
    transitionIds,
    labels,
    labelNames,
    labelOf,
    labelStart,
    labelTransitions: Int32Array.from(byLabel.flat()),
    preStart,
    prePlace,
    preWeight,
    postStart,
    postPlace,
    postWeight,
    placeOutStart,
    placeOut,
    effectStart,
    effectPlace,
    effectDelta,
    initialMarking: toVector(apn.initialMarking, placeIndex, P, 'initial'),
    finalMarking: toVector(apn.finalMarking, placeIndex, P, 'final'),
    placeRank: ranks(placeIds),
    transitionRank: ranks(transitionIds),
  };
}

/** Whether transition t is enabled in marking m. */
export function isEnabled(net: IndexedNet, m: ArrayLike<number>, t: number): boolean {
  for (let k = net.preStart[t]; k < net.preStart[t + 1]; k++) if (m[net.prePlace[k]] < net.preWeight[k]) return false;
  return true;
}

/** Fires t in place (no enabling check). */
export function fireInPlace(net: IndexedNet, m: Int32Array, t: number): void {
  for (let k = net.effectStart[t]; k < net.effectStart[t + 1]; k++) m[net.effectPlace[k]] += net.effectDelta[k];
}

/** Whether two markings are equal. */
export function sameMarking(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  for (let p = 0; p < a.length; p++) if (a[p] !== b[p]) return false;
  return true;
}

/** A marking as a string key (for maps keyed by marking). */
export function markingKey(m: ArrayLike<number>): string {
  let s = '';
  for (let p = 0; p < m.length; p++) if (m[p] !== 0) s += `${p}:${m[p]},`;
  return s;
}

/** The marking as pm4py-style place id → tokens. */
export function markingToMap(net: IndexedNet, m: ArrayLike<number>): Marking {
  const out = new Map<string, number>();
  for (let p = 0; p < net.placeCount; p++) if (m[p] !== 0) out.set(net.placeIds[p], m[p]);
  return out;
}

function csr(lists: Map<number, number>[]): [Int32Array, Int32Array, Int32Array] {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i] + lists[i].size;
  const key = new Int32Array(start[lists.length]);
  const value = new Int32Array(start[lists.length]);
  lists.forEach((m, i) => {
    let k = start[i];
    for (const [p, w] of m) {
      key[k] = p;
      value[k++] = w;
    }
  });
  return [start, key, value];
}

function toVector(marking: Marking, placeIndex: Map<string, number>, P: number, which: string): Int32Array {
  const v = new Int32Array(P);
  for (const [id, tokens] of marking) {
    const p = placeIndex.get(id);
    if (p === undefined) throw new ProcmineError('invalid-net', `the ${which} marking names place '${id}', which is not in the net`);
    v[p] = tokens;
  }
  return v;
}

function ranks(ids: readonly string[]): Int32Array {
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b));
  const rank = new Int32Array(ids.length);
  order.forEach((i, r) => {
    rank[i] = r;
  });
  return rank;
}
