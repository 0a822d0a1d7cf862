/**
 * Soundness of small workflow nets (van der Aalst 1997) decided on the reachability graph: the net is safe, from
 * every reachable marking the final marking can be reached (option to complete), a marking that covers the final
 * one is the final one (proper completion), and every transition fires somewhere (no dead transitions).
 */
import type { AcceptingPetriNet } from './petri-net.js';

export interface SoundnessOptions {
  /** Give up (answer `decided: false`) beyond this many reachable markings. Default 100 000. */
  maxStates?: number;
}

export interface SoundnessResult {
  /** false when the state limit was reached, or a marking grew unboundedly, before the answer was known. */
  decided: boolean;
  sound: boolean;
  safe: boolean;
  bounded: boolean;
  optionToComplete: boolean;
  properCompletion: boolean;
  /** ids of transitions that never fire. */
  deadTransitions: string[];
  states: number;
  /** Why the net is not sound, in one sentence, when it is not. */
  reason?: string;
}

interface CompiledTransition {
  id: string;
  consume: [number, number][];
  produce: [number, number][];
}

function compile(apn: AcceptingPetriNet): { places: Map<string, number>; transitions: CompiledTransition[] } {
  const places = new Map(apn.net.places.map((p, i) => [p.id, i] as const));
  const transitions = apn.net.transitions.map((t): CompiledTransition => ({ id: t.id, consume: [], produce: [] }));
  const byId = new Map(transitions.map((t) => [t.id, t] as const));
  const add = (list: [number, number][], place: number, weight: number) => {
    const found = list.find((e) => e[0] === place);
    if (found) found[1] += weight;
    else list.push([place, weight]);
  };
  for (const arc of apn.net.arcs) {
    const fromPlace = places.get(arc.source);
    const toPlace = places.get(arc.target);
    if (fromPlace !== undefined && byId.has(arc.target)) add(byId.get(arc.target)!.consume, fromPlace, arc.weight);
    else if (toPlace !== undefined && byId.has(arc.source)) add(byId.get(arc.source)!.produce, toPlace, arc.weight);
  }
  return { places, transitions };
}

function toVector(marking: ReadonlyMap<string, number>, places: Map<string, number>): Int32Array {
  const v = new Int32Array(places.size);
  for (const [id, n] of marking) {
    const i = places.get(id);
    if (i !== undefined) v[i] = n;
  }
  return v;
}

/**
 * Explores the reachability graph of a workflow net and reports each soundness property.
 *
 * @example
 * checkSoundness(convertTreeToPetri(parseTree("->( 'a', 'b' )"))).sound // true
 */
export function checkSoundness(apn: AcceptingPetriNet, options: SoundnessOptions = {}): SoundnessResult {
  const maxStates = options.maxStates ?? 100_000;
  const { places, transitions } = compile(apn);
  const initial = toVector(apn.initialMarking, places);
  const final = toVector(apn.finalMarking, places);
  const finalKey = final.join(',');

  const markings: Int32Array[] = [initial];
  const index = new Map<string, number>([[initial.join(','), 0]]);
  const parent: number[] = [-1];
  const successors: number[][] = [];
  const fired = new Set<string>();
  let safe = true;
  let bounded = true;
  let properCompletion = true;
  let limitHit = false;

  const covers = (m: Int32Array, other: Int32Array) => {
    let strictly = false;
    for (let i = 0; i < m.length; i++) {
      if (m[i] < other[i]) return false;
      if (m[i] > other[i]) strictly = true;
    }
    return strictly;
  };

  for (let s = 0; s < markings.length; s++) {
    const m = markings[s];
    const next: number[] = [];
    successors.push(next);
    if (m.some((n) => n > 1)) safe = false;
    if (m.join(',') !== finalKey && covers(m, final)) properCompletion = false;
    for (const t of transitions) {
      if (!t.consume.every(([p, w]) => m[p] >= w)) continue;
      fired.add(t.id);
      const m2 = m.slice();
      for (const [p, w] of t.consume) m2[p] -= w;
      for (const [p, w] of t.produce) m2[p] += w;
      const key = m2.join(',');
      let target = index.get(key);
      if (target === undefined) {
        // A marking strictly covering one of its ancestors repeats its growth forever (Karp–Miller).
        for (let a = s; a !== -1; a = parent[a]) {
          if (covers(m2, markings[a])) {
            bounded = false;
            break;
          }
        }
        if (!bounded) break;
        if (markings.length >= maxStates) {
          limitHit = true;
          break;
        }
        target = markings.length;
        markings.push(m2);
        parent.push(s);
        index.set(key, target);
      }
      next.push(target);
    }
    if (!bounded || limitHit) break;
  }

  const deadTransitions = transitions.filter((t) => !fired.has(t.id)).map((t) => t.id);
  const base = { safe, bounded, properCompletion, deadTransitions, states: markings.length };
  if (!bounded) {
    return { ...base, decided: true, sound: false, optionToComplete: false, safe: false, reason: 'the net is unbounded' };
  }
  if (limitHit) return { ...base, decided: false, sound: false, optionToComplete: false, reason: `more than ${maxStates} reachable markings` };

  // Option to complete: every marking reaches the final one, found backwards from it.
  const predecessors: number[][] = markings.map(() => []);
  successors.forEach((next, s) => next.forEach((t) => predecessors[t].push(s)));
  const finalState = index.get(finalKey);
  const reaches = new Uint8Array(markings.length);
  if (finalState !== undefined) {
    const stack = [finalState];
    reaches[finalState] = 1;
    while (stack.length > 0) {
      for (const p of predecessors[stack.pop()!]) {
        if (!reaches[p]) {
          reaches[p] = 1;
          stack.push(p);
        }
      }
    }
  }
  const optionToComplete = reaches.every((r) => r === 1);
  const sound = safe && optionToComplete && properCompletion && deadTransitions.length === 0;
  let reason: string | undefined;
  if (!optionToComplete) reason = 'some reachable marking cannot reach the final marking';
  else if (!properCompletion) reason = 'a reachable marking strictly covers the final marking';
  else if (!safe) reason = 'a place can hold more than one token';
  else if (deadTransitions.length > 0) reason = `dead transitions: ${deadTransitions.join(', ')}`;
  return { ...base, decided: true, sound, optionToComplete, ...(reason ? { reason } : {}) };
}
