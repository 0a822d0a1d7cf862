/**
 * A partial-order reduction for silent transitions, sound for optimal alignments. Models discovered by the
 * inductive miner are full of `×(τ, a)` skips inside parallel blocks; every interleaving of those skips is a
 * state of its own, and with pm4py's costs (silent move 1) A* expands all of them on each cost level below the
 * optimum. A silent transition t whose input places nothing else can usefully consume may fire at once, alone:
 *
 * Let t be enabled in marking m at trace position pos, with some input place p holding more tokens than the final
 * marking wants, and let every other transition consuming from t's input places be a twin of t (the same pre- and
 * post-set) that is silent or whose label no event from pos on carries. Then a twin can only make a model move,
 * which costs at least a silent move and has the same effect, so some optimal completion fires only t on those
 * places; the surplus in p forces t to fire in it; and since nothing else takes t's input tokens and more tokens
 * never disable a move, that first firing of t can be moved to the front without changing the cost. So an optimal
 * completion starts with t, and exploring only that successor keeps the search optimal (A* stays optimal on a
 * subgraph that keeps an optimal completion of every state it reaches; the heuristic stays consistent on it).
 */
import type { IndexedNet } from '../indexed-net.js';

export interface SilentReduction {
  /** silent transitions that may qualify, in index order. */
  readonly candidates: Int32Array;
  /** per candidate k: its twins with a label `twinLabels[twinStart[k] .. twinStart[k+1]-1]` (labels, not transitions). */
  readonly twinStart: Int32Array;
  readonly twinLabels: Int32Array;
}

/** Finds, per silent transition, whether all other consumers of its input places are twins, and their labels. */
export function buildSilentReduction(net: IndexedNet): SilentReduction {
  const T = net.transitionCount;
  const candidates: number[] = [];
  const twinStart: number[] = [0];
  const twinLabels: number[] = [];
  for (let t = 0; t < T; t++) {
    if (net.labelOf[t] >= 0 || net.preStart[t + 1] === net.preStart[t]) continue;
    const labels = new Set<number>();
    let ok = true;
    for (let k = net.preStart[t]; k < net.preStart[t + 1] && ok; k++) {
      const p = net.prePlace[k];
      for (let j = net.placeOutStart[p]; j < net.placeOutStart[p + 1]; j++) {
        const other = net.placeOut[j];
        if (other === t) continue;
        if (!twins(net, t, other)) {
          ok = false;
          break;
        }
        if (net.labelOf[other] >= 0) labels.add(net.labelOf[other]);
      }
    }
    if (!ok) continue;
    candidates.push(t);
    twinLabels.push(...[...labels].sort((a, b) => a - b));
    twinStart.push(twinLabels.length);
  }
  return { candidates: Int32Array.from(candidates), twinStart: Int32Array.from(twinStart), twinLabels: Int32Array.from(twinLabels) };
}

/** Same pre-set and post-set with the same weights. */
function twins(net: IndexedNet, a: number, b: number): boolean {
  return sameArcs(net.preStart, net.prePlace, net.preWeight, a, b) && sameArcs(net.postStart, net.postPlace, net.postWeight, a, b);
}

function sameArcs(start: Int32Array, place: Int32Array, weight: Int32Array, a: number, b: number): boolean {
  if (start[a + 1] - start[a] !== start[b + 1] - start[b]) return false;
  for (let k = start[a]; k < start[a + 1]; k++) {
    let found = false;
    for (let j = start[b]; j < start[b + 1]; j++) {
      if (place[j] === place[k]) {
        found = weight[j] === weight[k];
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/**
 * Per label: the last trace position carrying it (-1 when none), so that "no event from pos on carries label l"
 * is `lastAt[l] < pos`.
 */
export function lastPositions(trace: Int32Array, labelCount: number): Int32Array {
  const lastAt = new Int32Array(labelCount).fill(-1);
  for (let i = 0; i < trace.length; i++) if (trace[i] >= 0) lastAt[trace[i]] = i;
  return lastAt;
}

/**
 * The silent transition to fire alone from marking `m` (bytes at `base`) at trace position `pos`, or -1 when the
 * reduction does not apply.
 */
export function forcedSilent(net: IndexedNet, r: SilentReduction, lastAt: Int32Array, m: Uint8Array, base: number, pos: number): number {
  for (let k = 0; k < r.candidates.length; k++) {
    const t = r.candidates[k];
    let enabled = true;
    let surplus = false;
    for (let j = net.preStart[t]; j < net.preStart[t + 1]; j++) {
      const p = net.prePlace[j];
      const tokens = m[base + p];
      if (tokens < net.preWeight[j]) {
        enabled = false;
        break;
      }
      if (tokens > net.finalMarking[p]) surplus = true;
    }
    if (!enabled || !surplus) continue;
    let free = true;
    for (let j = r.twinStart[k]; j < r.twinStart[k + 1]; j++) {
      if (lastAt[r.twinLabels[j]] >= pos) {
        free = false;
        break;
      }
    }
    if (free) return t;
  }
  return -1;
}
