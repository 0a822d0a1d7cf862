/**
 * ETConformance precision (Muñoz-Gama & Carmona 2010): for every log prefix, the visible transitions the model
 * enables after it ("activated") against the activities the log continues with; escaping edges are the rest.
 * `token` replays prefixes with pm4py's token replay (precision_token_based_replay); `alignments` follows
 * Adriansyah et al. 2015 as pm4py does: all markings reached by the cheapest replays of the prefix that use only
 * synchronous and silent moves. Each distinct prefix is replayed once, along the prefix tree.
 */
import { EventuallyEnabledLabels } from './eventually-enabled.js';
import { indexNet, isEnabled, markingKey, type IndexedNet } from './indexed-net.js';
import { matchLabels, type LabelMatchingOptions, type UnmatchedLabels } from './label-matching.js';
import { buildPrefixTree, type PrefixTree } from './prefix-tree.js';
import { TokenReplayer, type ReplayState } from './token-replay.js';
import { caseTotal, toVariantLog, type LogInput } from './variant-input.js';
import type { AcceptingPetriNet } from '../model/petri-net.js';

export type PrecisionMethod = 'token' | 'alignments';

export interface MeasurePrecisionOptions {
  /** `alignments` (default) or `token`. */
  method?: PrecisionMethod;
  labels?: LabelMatchingOptions;
  /** give up after this many seconds (default: no limit). */
  maxSeconds?: number;
}

export interface PrecisionResult {
  method: PrecisionMethod;
  /** 1 − escaping / activated (1 when nothing is activated); NaN when the time ran out. */
  precision: number;
  /** Σ over prefixes (weighted by cases) of the activated visible transitions. */
  activated: number;
  /** Σ over prefixes (weighted by cases) of activated transitions the log never takes there. */
  escaping: number;
  /** prefixes (weighted by cases) the model cannot replay, left out as in pm4py. */
  unfitPrefixes: number;
  complete: boolean;
  unmatchedLabels: UnmatchedLabels;
}

/**
 * Measures ETConformance precision.
 *
 * @example
 * measurePrecision(log, acceptingNet, { method: 'token' }).precision;
 */
export function measurePrecision(log: LogInput, apn: AcceptingPetriNet | IndexedNet, options: MeasurePrecisionOptions = {}): PrecisionResult {
  const net = 'transitionCount' in apn ? apn : indexNet(apn);
  const variants = toVariantLog(log);
  const method = options.method ?? 'alignments';
  const match = matchLabels(variants.activityNames, net.labelNames, options.labels);
  const tree = buildPrefixTree(variants);
  const labelOfNode = (v: number) => match.activityToLabel[tree.activity[v]];
  const enabled = new EventuallyEnabledLabels(net);
  const deadline = options.maxSeconds === undefined ? Infinity : performance.now() + options.maxSeconds * 1000;
  const tally = { activated: 0, escaping: 0, unfit: 0 };

  // the empty prefix: what the initial marking enables against the log's start activities
  const cases = caseTotal(variants);
  const startLabels = new Set<number>();
  for (let k = tree.childStart[0]; k < tree.childStart[1]; k++) startLabels.add(labelOfNode(tree.childNodes[k]));
  const initial = enabled.of(net.initialMarking);
  tally.activated += cases * initial.length;
  tally.escaping += cases * initial.filter((l) => !startLabels.has(l)).length;

  const count = (v: number, markingsLabels: Int32Array) => {
    const next = new Set<number>();
    for (let k = tree.childStart[v]; k < tree.childStart[v + 1]; k++) next.add(labelOfNode(tree.childNodes[k]));
    tally.activated += tree.continuing[v] * markingsLabels.length;
    tally.escaping += tree.continuing[v] * markingsLabels.filter((l) => !next.has(l)).length;
  };
  const complete =
    method === 'token'
      ? walkWithTokens(net, tree, labelOfNode, enabled, count, tally, deadline)
      : walkWithAlignments(net, tree, labelOfNode, enabled, count, tally, deadline);
  return {
    method,
    precision: !complete ? Number.NaN : tally.activated > 0 ? 1 - tally.escaping / tally.activated : 1,
    activated: tally.activated,
    escaping: tally.escaping,
    unfitPrefixes: tally.unfit,
    complete,
    unmatchedLabels: { logOnly: match.logOnly, modelOnly: match.modelOnly },
  };
}

type Count = (node: number, labels: Int32Array) => void;
interface Tally {
  activated: number;
  escaping: number;
  unfit: number;
}

function unfitSubtree(tree: PrefixTree, v: number, tally: Tally): void {
  const stack = [v];
  while (stack.length > 0) {
    const u = stack.pop()!;
    tally.unfit += tree.continuing[u];
    for (let k = tree.childStart[u]; k < tree.childStart[u + 1]; k++) stack.push(tree.childNodes[k]);
  }
}

function walkWithTokens(
  net: IndexedNet,
  tree: PrefixTree,
  labelOfNode: (v: number) => number,
  enabled: EventuallyEnabledLabels,
  count: Count,
  tally: Tally,
  deadline: number,
): boolean {
  const replayer = new TokenReplayer(net, {
    considerRemaining: false,
    reachFinalThroughHidden: false,
    stopImmediatelyUnfit: true,
    walkThroughHidden: true,
  });
  const stack: [number, ReplayState][] = [[0, replayer.start()]];
  let steps = 0;
  while (stack.length > 0) {
    if ((++steps & 1023) === 0 && performance.now() > deadline) return false;
    const [v, state] = stack.pop()!;
    for (let k = tree.childStart[v]; k < tree.childStart[v + 1]; k++) {
      const w = tree.childNodes[k];
      const next = replayer.copy(state);
      replayer.step(next, labelOfNode(w));
      if (next.stopped) {
        unfitSubtree(tree, w, tally);
        continue;
      }
      if (tree.continuing[w] > 0) {
        count(w, enabled.of(next.marking));
        stack.push([w, next]);
      }
    }
  }
  return true;
}

/** States of one prefix: markings with the fewest silent moves needed to reach them. */
interface Closure {
  markings: Int32Array[];
  dist: number[];
}

function walkWithAlignments(
  net: IndexedNet,
  tree: PrefixTree,
  labelOfNode: (v: number) => number,
  enabled: EventuallyEnabledLabels,
  count: Count,
  tally: Tally,
  deadline: number,
): boolean {
  // pm4py's search only looks at transitions fed by a marked place, so source transitions never fire
  const silent: number[] = [];
  for (let t = 0; t < net.transitionCount; t++) if (net.labelOf[t] < 0 && net.preStart[t + 1] > net.preStart[t]) silent.push(t);
  const steps = new ClosureSteps(net, silent, enabled);
  const stack: [number, number][] = [[0, steps.intern([net.initialMarking], [0])]];
  let visited = 0;
  while (stack.length > 0) {
    if ((visited++ & 63) === 0 && performance.now() > deadline) return false;
    const [v, closure] = stack.pop()!;
    for (let k = tree.childStart[v]; k < tree.childStart[v + 1]; k++) {
      const w = tree.childNodes[k];
      const step = steps.after(closure, labelOfNode(w));
      if (step.next < 0) {
        unfitSubtree(tree, w, tally);
        continue;
      }
      if (tree.continuing[w] === 0) continue;
      count(w, step.labels);
      stack.push([w, step.next]);
    }
  }
  return true;
}

/**
 * The states of a prefix depend only on the states of its parent prefix and its last activity, and many prefixes
 * share them, so closures are interned and each (closure, label) step is computed once. Distances are kept
 * relative to the closure's nearest marking: the step only compares them, so shifting them all changes nothing.
 */
class ClosureSteps {
  private readonly ids = new Map<string, number>();
  private readonly closures: Closure[] = [];
  private readonly memo = new Map<number, { next: number; labels: Int32Array }>();
  private readonly width: number;

  constructor(private readonly net: IndexedNet, private readonly silent: number[], private readonly enabled: EventuallyEnabledLabels) {
    this.width = net.labelNames.length + 1;
  }

  /** The closure of the entry markings (with their distances), as an id. */
  intern(markings: Int32Array[], dist: number[]): number {
    let least = Infinity;
    for (const d of dist) least = Math.min(least, d);
    const parts = markings.map((m, i) => `${markingKey(m)}#${dist[i] - least}`).sort();
    const key = parts.join('|');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.closures.length;
      const c = silentClosure(this.net, this.silent, markings, dist.map((d) => d - least));
      this.closures.push(c);
      this.ids.set(key, id);
    }
    return id;
  }

  /** The closure after an event with model label `label` (next −1 when no state can take it) and the labels then enabled. */
  after(closureId: number, label: number): { next: number; labels: Int32Array } {
    const memoKey = closureId * this.width + label + 1;
    const known = this.memo.get(memoKey);
    if (known) return known;
    const net = this.net;
    const closure = this.closures[closureId];
    const entries = new Map<string, [Int32Array, number]>();
    if (label >= 0) {
      for (let i = 0; i < closure.markings.length; i++) {
        const m = closure.markings[i];
        for (let j = net.labelStart[label]; j < net.labelStart[label + 1]; j++) {
          const t = net.labelTransitions[j];
          if (net.preStart[t + 1] === net.preStart[t] || !isEnabled(net, m, t)) continue;
          const next = m.slice();
          for (let e = net.effectStart[t]; e < net.effectStart[t + 1]; e++) next[net.effectPlace[e]] += net.effectDelta[e];
          const key = markingKey(next);
          const seen = entries.get(key);
          if (!seen || seen[1] > closure.dist[i]) entries.set(key, [next, closure.dist[i]]);
        }
      }
    }
    let step: { next: number; labels: Int32Array };
    if (entries.size === 0) {
      step = { next: -1, labels: new Int32Array(0) };
    } else {
      const values = [...entries.values()];
      const next = this.intern(
        values.map((e) => e[0]),
        values.map((e) => e[1]),
      );
      const c = this.closures[next];
      let best = Infinity;
      for (const d of c.dist) best = Math.min(best, d);
      const labels = new Set<number>();
      c.markings.forEach((m, i) => {
        if (c.dist[i] === best) for (const l of this.enabled.of(m)) labels.add(l);
      });
      step = { next, labels: Int32Array.from(labels) };
    }
    this.memo.set(memoKey, step);
    return step;
  }
}

/** Every marking reachable from the entries by silent transitions, with the fewest silent firings (Dijkstra, unit costs). */
function silentClosure(net: IndexedNet, silent: number[], entries: Int32Array[], entryDist: number[]): Closure {
  const index = new Map<string, number>();
  const markings: Int32Array[] = [];
  const dist: number[] = [];
  const buckets: number[][] = [];
  const add = (m: Int32Array, d: number) => {
    const key = markingKey(m);
    const known = index.get(key);
    if (known !== undefined) {
      if (dist[known] <= d) return;
      dist[known] = d;
      (buckets[d] ??= []).push(known);
      return;
    }
    index.set(key, markings.length);
    (buckets[d] ??= []).push(markings.length);
    markings.push(m);
    dist.push(d);
  };
  entries.forEach((m, i) => add(m, entryDist[i]));
  for (let d = 0; d < buckets.length; d++) {
    const bucket = buckets[d];
    if (!bucket) continue;
    for (let b = 0; b < bucket.length; b++) {
      const i = bucket[b];
      if (dist[i] !== d) continue;
      const m = markings[i];
      for (const t of silent) {
        if (!isEnabled(net, m, t)) continue;
        const next = m.slice();
        for (let j = net.effectStart[t]; j < net.effectStart[t + 1]; j++) next[net.effectPlace[j]] += net.effectDelta[j];
        add(next, d + 1);
      }
    }
  }
  return { markings, dist };
}
