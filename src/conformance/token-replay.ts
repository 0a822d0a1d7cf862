/**
 * Token-based replay (Rozinat & van der Aalst 2008) with pm4py's handling of silent transitions: a transition
 * that is not enabled is first enabled by firing silent transitions along shortest silent paths between places,
 * and at the end the final marking is approached the same way. Fitness "as pm4py computes it", so it is below 1
 * on some models that alignments show to fit. pm4py iterates Python sets where we follow arc order.
 */
import { isEnabled, indexNet, type IndexedNet } from './indexed-net.js';
import { matchLabels, type LabelMatchingOptions, type UnmatchedLabels } from './label-matching.js';
import { caseTotal, toVariantLog, variantActivities, type LogInput } from './variant-input.js';
import type { AcceptingPetriNet } from '../model/petri-net.js';

export interface ReplayTokensOptions {
  labels?: LabelMatchingOptions;
  /** fire silent transitions to enable a transition that is not enabled (default true). */
  walkThroughHidden?: boolean;
  /** at the end, fire silent transitions towards the final marking (default true). */
  reachFinalThroughHidden?: boolean;
  /** a trace with remaining tokens does not fit (default true, as pm4py's fitness). */
  considerRemaining?: boolean;
  /** stop at the first transition that cannot be enabled (default false). */
  stopImmediatelyUnfit?: boolean;
}

export interface TokenReplayVariant {
  activities: string[];
  count: number;
  produced: number;
  consumed: number;
  missing: number;
  remaining: number;
  fitness: number;
  fitting: boolean;
  /** activities whose transition had to be given missing tokens, in trace order. */
  underfed: string[];
  /** events whose activity has no transition (skipped by the replay). */
  notInModel: number;
}

export interface TokenReplayActivity {
  activity: string;
  /** tokens added so that the activity could fire, over all cases. */
  missing: number;
  /** cases in which the activity's transition was underfed at least once. */
  underfedCases: number;
}

export interface TokenReplayResult {
  method: 'token-replay';
  /** ½(1 − Σmissing/Σconsumed) + ½(1 − Σremaining/Σproduced), over all cases. */
  fitness: number;
  averageTraceFitness: number;
  traces: { total: number; fitting: number };
  /** fitting cases / all cases. */
  fittingShare: number;
  produced: number;
  consumed: number;
  missing: number;
  remaining: number;
  variants: TokenReplayVariant[];
  activities: TokenReplayActivity[];
  /** tokens left in each place at the end (beyond the final marking), over all cases. */
  remainingByPlace: { place: string; tokens: number }[];
  unmatchedLabels: UnmatchedLabels;
}

/**
 * Replays every variant of a log on an accepting Petri net, as pm4py's `fitness_token_based_replay`.
 *
 * @example
 * const r = replayTokens(log, acceptingNet);
 * r.fitness; // log fitness
 * r.traces.fitting; // cases that replay without missing or remaining tokens
 */
export function replayTokens(log: LogInput, apn: AcceptingPetriNet | IndexedNet, options: ReplayTokensOptions = {}): TokenReplayResult {
  const net = 'transitionCount' in apn ? apn : indexNet(apn);
  const variants = toVariantLog(log);
  const match = matchLabels(variants.activityNames, net.labelNames, options.labels);
  const replayer = new TokenReplayer(net, options);
  const totalCases = caseTotal(variants);
  const out: TokenReplayVariant[] = [];
  const activityMissing = new Map<string, { missing: number; cases: number }>();
  const remainingByPlace = new Float64Array(net.placeCount);
  let produced = 0;
  let consumed = 0;
  let missing = 0;
  let remaining = 0;
  let fitting = 0;
  let fitnessSum = 0;
  for (let v = 0; v < variants.counts.length; v++) {
    const count = variants.counts[v];
    const events = variants.activities.subarray(variants.offsets[v], variants.offsets[v + 1]);
    const labels = Int32Array.from(events, (a) => match.activityToLabel[a]);
    const r = replayer.replay(labels);
    const activities = variantActivities(variants, v);
    const underfed = r.underfedEvents.map((i) => activities[i]);
    out.push({
      activities,
      count,
      produced: r.produced,
      consumed: r.consumed,
      missing: r.missing,
      remaining: r.remaining,
      fitness: r.fitness,
      fitting: r.fitting,
      underfed,
      notInModel: r.notInModel,
    });
    produced += count * r.produced;
    consumed += count * r.consumed;
    missing += count * r.missing;
    remaining += count * r.remaining;
    fitnessSum += count * r.fitness;
    if (r.fitting) fitting += count;
    r.underfedEvents.forEach((i, k) => {
      const entry = activityMissing.get(activities[i]) ?? { missing: 0, cases: 0 };
      entry.missing += count * r.underfedTokens[k];
      if (underfed.indexOf(activities[i]) === k) entry.cases += count;
      activityMissing.set(activities[i], entry);
    });
    for (let p = 0; p < net.placeCount; p++) remainingByPlace[p] += count * r.remainingPerPlace[p];
  }
  const ok = totalCases > 0 && consumed > 0 && produced > 0;
  return {
    method: 'token-replay',
    fitness: ok ? 0.5 * (1 - missing / consumed) + 0.5 * (1 - remaining / produced) : 0,
    averageTraceFitness: ok ? fitnessSum / totalCases : 0,
    traces: { total: totalCases, fitting },
    fittingShare: ok ? fitting / totalCases : 0,
    produced,
    consumed,
    missing,
    remaining,
    variants: out,
    activities: [...activityMissing]
      .map(([activity, e]) => ({ activity, missing: e.missing, underfedCases: e.cases }))
      .sort((a, b) => b.missing - a.missing || (a.activity < b.activity ? -1 : a.activity > b.activity ? 1 : 0)),
    remainingByPlace: [...remainingByPlace]
      .map((tokens, p) => ({ place: net.placeIds[p], tokens }))
      .filter((e) => e.tokens > 0)
      .sort((a, b) => b.tokens - a.tokens),
    unmatchedLabels: { logOnly: match.logOnly, modelOnly: match.modelOnly },
  };
}

/** A marking during replay: token counts plus, per place, when it last became marked (pm4py iterates markings in that order). */
export interface ReplayState {
  marking: Int32Array;
  since: Float64Array;
  produced: number;
  consumed: number;
  missing: number;
  /** the replay stopped at an unfit event (`stopImmediatelyUnfit`). */
  stopped: boolean;
}

export interface TraceReplay {
  produced: number;
  consumed: number;
  missing: number;
  remaining: number;
  fitness: number;
  fitting: boolean;
  /** the marking reached before the final marking is taken off. */
  reached: Int32Array;
  remainingPerPlace: Int32Array;
  underfedEvents: number[];
  underfedTokens: number[];
  notInModel: number;
}

/** pm4py's per-trace token replay on one net; `replay` takes events as model label indices (-1: not in the model). */
export class TokenReplayer {
  private readonly walkThroughHidden: boolean;
  private readonly reachFinal: boolean;
  private readonly considerRemaining: boolean;
  private readonly stopImmediately: boolean;
  /** silentPaths[p1][p2]: pm4py's shortest path of silent transitions from place p1 to place p2. */
  private readonly silentPaths: (number[] | undefined)[][];
  private readonly firstOfLabel: Int32Array;
  private readonly lastOfLabel: Int32Array;
  private readonly placesByName: Int32Array;
  private readonly finalPlacesByName: Int32Array;
  private clock = 0;

  constructor(private readonly net: IndexedNet, options: ReplayTokensOptions = {}) {
    this.walkThroughHidden = options.walkThroughHidden ?? true;
    this.reachFinal = options.reachFinalThroughHidden ?? true;
    this.considerRemaining = options.considerRemaining ?? true;
    this.stopImmediately = options.stopImmediatelyUnfit ?? false;
    this.silentPaths = computeSilentPaths(net, 50);
    const L = net.labelNames.length;
    this.firstOfLabel = new Int32Array(L).fill(-1);
    this.lastOfLabel = new Int32Array(L).fill(-1);
    for (let t = 0; t < net.transitionCount; t++) {
      const a = net.labelOf[t];
      if (a < 0) continue;
      if (this.firstOfLabel[a] < 0) this.firstOfLabel[a] = t;
      this.lastOfLabel[a] = t;
    }
    this.placesByName = Int32Array.from({ length: net.placeCount }, (_, p) => p).sort((a, b) => net.placeRank[a] - net.placeRank[b]);
    this.finalPlacesByName = this.placesByName.filter((p) => net.finalMarking[p] > 0);
  }

  /** The state before the first event. */
  start(): ReplayState {
    const marking = this.net.initialMarking.slice();
    const since = new Float64Array(this.net.placeCount);
    let produced = 0;
    for (let p = 0; p < marking.length; p++) {
      if (marking[p] > 0) since[p] = ++this.clock;
      produced += marking[p];
    }
    return { marking, since, produced, consumed: 0, missing: 0, stopped: false };
  }

  /** A copy of a state, to branch (precision replays prefixes along a tree). */
  copy(s: ReplayState): ReplayState {
    return { ...s, marking: s.marking.slice(), since: s.since.slice() };
  }

  /**
   * Replays one event (a model label index, or -1 for an activity without transition, which is skipped).
   * Returns the tokens that had to be added (0 when the transition could fire).
   */
  step(s: ReplayState, label: number): number {
    if (s.stopped || label < 0) return 0;
    const net = this.net;
    let t = -1;
    for (let u = 0; u < net.transitionCount; u++) {
      if (net.labelOf[u] === label && isEnabled(net, s.marking, u)) {
        t = u;
        break;
      }
    }
    if (t < 0) t = this.lastOfLabel[label];
    if (this.walkThroughHidden && !isEnabled(net, s.marking, t)) {
      const fired: number[] = [];
      this.applyHidden(s, t, 0, new Set(), fired);
      for (const u of fired) this.count(s, u);
    }
    let added = 0;
    if (!isEnabled(net, s.marking, t)) {
      if (this.stopImmediately) {
        s.missing += 1;
        s.stopped = true;
        return 1;
      }
      for (let k = net.preStart[t]; k < net.preStart[t + 1]; k++) {
        const p = net.prePlace[k];
        const w = net.preWeight[k];
        if (s.marking[p] < w) {
          added += w - s.marking[p];
          // pm4py adds the full arc weight, not only what is missing
          this.put(s, p, w);
        }
      }
      s.missing += added;
    }
    this.count(s, t);
    this.fire(s, t);
    return added;
  }

  /** Replays a whole trace (model label indices) and settles the remaining and missing tokens. */
  replay(labels: Int32Array): TraceReplay {
    const s = this.start();
    const underfedEvents: number[] = [];
    const underfedTokens: number[] = [];
    let notInModel = 0;
    for (let i = 0; i < labels.length; i++) {
      if (labels[i] < 0) {
        notInModel++;
        continue;
      }
      const added = this.step(s, labels[i]);
      if (added > 0) {
        underfedEvents.push(i);
        underfedTokens.push(added);
      }
      if (s.stopped) break;
    }
    if (this.reachFinal) this.approachFinalMarking(s);
    return { ...this.settle(s), underfedEvents, underfedTokens, notInModel };
  }

  private settle(s: ReplayState): Omit<TraceReplay, 'underfedEvents' | 'underfedTokens' | 'notInModel'> {
    const net = this.net;
    const reached = s.marking.slice();
    const remainingPerPlace = new Int32Array(net.placeCount);
    let remaining = 0;
    let finalMissing = 0;
    let consumed = s.consumed;
    for (let p = 0; p < net.placeCount; p++) {
      const left = Math.max(0, reached[p] - net.finalMarking[p]);
      remainingPerPlace[p] = left;
      remaining += left;
      finalMissing += Math.max(0, net.finalMarking[p] - reached[p]);
      consumed += net.finalMarking[p];
    }
    // pm4py decides fitness before it counts the final marking's missing tokens
    const fitting = this.considerRemaining ? s.missing === 0 && remaining === 0 : s.missing === 0;
    const missing = s.missing + finalMissing;
    const produced = s.produced;
    const fitness = consumed > 0 && produced > 0 ? 0.5 * (1 - missing / consumed) + 0.5 * (1 - remaining / produced) : 1;
    return { produced, consumed, missing, remaining, fitness, fitting, reached, remainingPerPlace };
  }

  private approachFinalMarking(s: ReplayState): void {
    const net = this.net;
    for (let i = 0; i < 5; i++) {
      if (this.holdsFinalPlaces(s)) break;
      const groups = this.pathsBetween(s, this.finalPlacesByName);
      for (const group of groups) {
        for (const t of group) {
          if (isEnabled(net, s.marking, t)) {
            this.fire(s, t);
            this.count(s, t);
          }
        }
        if (this.holdsFinalPlaces(s)) break;
      }
    }
    if (this.holdsFinalPlaces(s) || this.finalPlacesByName.length !== 1) return;
    const sink = this.finalPlacesByName[0];
    const marked: number[] = [];
    for (let p = 0; p < net.placeCount; p++) if (s.marking[p] > 0) marked.push(p);
    marked.sort((a, b) => s.since[a] - s.since[b]);
    const connections = marked.map((p) => this.silentPaths[p][sink]).filter((path): path is number[] => path !== undefined);
    connections.sort((a, b) => a.length - b.length);
    for (let i = 0; i < 5; i++) {
      for (const path of connections) {
        for (const t of path) {
          if (!isEnabled(net, s.marking, t)) break;
          this.fire(s, t);
          this.count(s, t);
        }
      }
    }
  }

  private holdsFinalPlaces(s: ReplayState): boolean {
    for (const p of this.finalPlacesByName) if (s.marking[p] <= 0) return false;
    return true;
  }

  /** Silent paths from each marked place to each target place (both by name), shortest first (stable). */
  private pathsBetween(s: ReplayState, targets: Int32Array | number[]): number[][] {
    const out: number[][] = [];
    for (const p1 of this.placesByName) {
      if (s.marking[p1] <= 0) continue;
      const row = this.silentPaths[p1];
      for (const p2 of targets) {
        const path = row[p2];
        if (path !== undefined) out.push(path);
      }
    }
    return out.sort((a, b) => a.length - b.length);
  }

  /** pm4py's `apply_hidden_trans`: tries to enable t by firing silent transitions (recursion depth < 2). */
  private applyHidden(s: ReplayState, t: number, depth: number, visited: Set<number>, fired: number[]): void {
    if (depth >= 2 || visited.has(t)) return;
    visited.add(t);
    const net = this.net;
    const missingPlaces: number[] = [];
    for (const p of this.placesByName) {
      for (let k = net.preStart[t]; k < net.preStart[t + 1]; k++) {
        if (net.prePlace[k] === p && s.marking[p] < net.preWeight[k]) missingPlaces.push(p);
      }
    }
    let groups = this.pathsBetween(s, missingPlaces);
    if (groups.length === 0) return;
    this.enableHidden(s, groups, t, visited, fired);
    if (isEnabled(net, s.marking, t)) return;
    groups = this.pathsBetween(s, missingPlaces);
    for (const group of groups) {
      for (const t4 of group) {
        if (t4 === t || visited.has(t4)) continue;
        if (!isEnabled(net, s.marking, t4)) this.applyHidden(s, t4, depth + 1, visited, fired);
        if (isEnabled(net, s.marking, t4)) {
          this.fire(s, t4);
          fired.push(t4);
          visited.add(t4);
        }
      }
    }
    // pm4py recurses here on t itself, which returns at once (t is already visited)
  }

  /** pm4py's `enable_hidden_transitions`: walks the groups in order while they fire something. */
  private enableHidden(s: ReplayState, groups: number[][], t: number, visited: Set<number>, fired: number[]): void {
    const net = this.net;
    const next = new Int32Array(groups.length);
    for (let z = 0; ; z++) {
      const g = z % groups.length;
      const group = groups[g];
      let changed = false;
      while (next[g] < group.length) {
        const t3 = group[next[g]];
        if (t3 !== t && isEnabled(net, s.marking, t3) && !visited.has(t3)) {
          this.fire(s, t3);
          fired.push(t3);
          visited.add(t3);
          changed = true;
        }
        next[g]++;
        if (isEnabled(net, s.marking, t)) break;
      }
      if (isEnabled(net, s.marking, t) || !changed) return;
    }
  }

  private count(s: ReplayState, t: number): void {
    const net = this.net;
    for (let k = net.preStart[t]; k < net.preStart[t + 1]; k++) s.consumed += net.preWeight[k];
    for (let k = net.postStart[t]; k < net.postStart[t + 1]; k++) s.produced += net.postWeight[k];
  }

  private fire(s: ReplayState, t: number): void {
    const net = this.net;
    for (let k = net.preStart[t]; k < net.preStart[t + 1]; k++) s.marking[net.prePlace[k]] -= net.preWeight[k];
    for (let k = net.postStart[t]; k < net.postStart[t + 1]; k++) this.put(s, net.postPlace[k], net.postWeight[k]);
  }

  private put(s: ReplayState, p: number, tokens: number): void {
    if (s.marking[p] <= 0) s.since[p] = ++this.clock;
    s.marking[p] += tokens;
  }
}

/**
 * pm4py's `get_places_shortest_path_by_hidden`: a depth-first walk from every place through silent transitions,
 * keeping for each reached place the shortest list of silent transitions found (first found among equals).
 */
export function computeSilentPaths(net: IndexedNet, maxDepth: number): (number[] | undefined)[][] {
  const P = net.placeCount;
  const paths: (number[] | undefined)[][] = Array.from({ length: P }, () => new Array<number[] | undefined>(P));
  const visit = (source: number, current: number, path: number[], depth: number): void => {
    if (depth > maxDepth) return;
    const row = paths[source];
    for (let k = net.placeOutStart[current]; k < net.placeOutStart[current + 1]; k++) {
      const t = net.placeOut[k];
      if (net.labelOf[t] >= 0) continue;
      for (let j = net.postStart[t]; j < net.postStart[t + 1]; j++) {
        const p2 = net.postPlace[j];
        const known = row[p2];
        if (known === undefined || path.length + 1 < known.length) {
          const next = [...path, t];
          row[p2] = next;
          visit(source, p2, next, depth + 1);
        }
      }
    }
  };
  for (let p = 0; p < P; p++) visit(p, p, [], 0);
  return paths;
}
