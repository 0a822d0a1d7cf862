/**
 * Strong stubborn sets (Alkhazraji et al. 2012; Wehrle & Helmert 2014) for the synchronous product: a
 * partial-order reduction that keeps A* optimal and cuts the interleavings of concurrent branches the next event
 * does not need. A state is a marking and a trace position; its actions are model moves (transition t fires),
 * synchronous moves (t with the event at the position) and the log move of that event.
 *
 * The set S of actions to expand in a state is closed under three rules:
 * 1. S holds an action of every plan: while events are left, the moves of the next event (its log move and its
 *    synchronous moves: every completion consumes that event); at the end of the trace, every transition that
 *    brings a place its final tokens (if short of them) or takes its extra tokens (if over).
 * 2. For an enabled action in S, every action that may disable it or be disabled by it is in S: the transitions
 *    sharing an input place with it; for a synchronous move, also the other moves of the event.
 * 3. For a disabled action in S, a necessary enabling set is in S: for an input place short of tokens, every
 *    transition that adds to it (as a model move, as a synchronous move of the next event, and, when its label
 *    comes later in the trace, the next event's moves, since the trace must get there first).
 * Some optimal completion then starts with an enabled action of S and can be permuted to do so at the same cost
 * and length, so A* on the pruned graph finds an optimal alignment (the heuristic stays consistent on a subgraph).
 * Actions outside S that are independent of it are only postponed, not dropped.
 */
import type { IndexedNet } from '../indexed-net.js';

/** bits of `kept[t]`. */
export const KEEP_MODEL = 1;
export const KEEP_SYNC = 2;

export class StubbornSets {
  /** per place: transitions whose firing adds tokens to it (CSR). */
  private readonly producerStart: Int32Array;
  private readonly producers: Int32Array;
  /** per place: transitions whose firing removes tokens from it (CSR). */
  private readonly consumerStart: Int32Array;
  private readonly consumers: Int32Array;
  /** per transition: KEEP_MODEL | KEEP_SYNC for the state last computed. */
  readonly kept: Uint8Array;
  /** whether the log move is kept in the state last computed. */
  logKept = false;
  private readonly work: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  // the state being computed
  private size = 0;
  private pos = 0;
  /** the event's label at the position, -1 when the model has none, -2 past the end of the trace. */
  private event = -2;
  private lastAt: Int32Array = new Int32Array(0);

  constructor(private readonly net: IndexedNet) {
    const P = net.placeCount;
    const T = net.transitionCount;
    const up: number[][] = Array.from({ length: P }, () => []);
    const down: number[][] = Array.from({ length: P }, () => []);
    for (let t = 0; t < T; t++) {
      for (let k = net.effectStart[t]; k < net.effectStart[t + 1]; k++) (net.effectDelta[k] > 0 ? up : down)[net.effectPlace[k]].push(t);
    }
    [this.producerStart, this.producers] = toCsr(up);
    [this.consumerStart, this.consumers] = toCsr(down);
    this.kept = new Uint8Array(T);
    this.work = new Int32Array(2 * T);
    this.touched = new Int32Array(T);
  }

  /**
   * Computes S for marking `m` (bytes at `base`) at position `pos` of `trace` (model label indices).
   * `lastAt[label]` is the last position carrying the label (-1 when none). Read the result in `kept` and `logKept`.
   */
  compute(m: Uint8Array, base: number, pos: number, trace: Int32Array, lastAt: Int32Array): void {
    const { net, kept } = this;
    for (let i = 0; i < this.touchedCount; i++) kept[this.touched[i]] = 0;
    this.touchedCount = 0;
    this.logKept = false;
    this.size = 0;
    const n = trace.length;
    const event = pos < n ? trace[pos] : -2;
    this.pos = pos;
    this.event = event;
    this.lastAt = lastAt;

    if (pos < n) this.addEventMoves();
    else {
      // the place off its final count with the fewest transitions to fix it
      let best = -1;
      let bestCount = Infinity;
      for (let p = 0; p < net.placeCount; p++) {
        const tokens = m[base + p];
        const want = net.finalMarking[p];
        if (tokens === want) continue;
        const count = tokens < want ? this.producerStart[p + 1] - this.producerStart[p] : this.consumerStart[p + 1] - this.consumerStart[p];
        if (count < bestCount) {
          best = p;
          bestCount = count;
        }
      }
      if (best < 0) return; // the final state: nothing to expand
      if (m[base + best] < net.finalMarking[best]) {
        for (let k = this.producerStart[best]; k < this.producerStart[best + 1]; k++) this.add(this.producers[k], KEEP_MODEL);
      } else {
        for (let k = this.consumerStart[best]; k < this.consumerStart[best + 1]; k++) this.add(this.consumers[k], KEEP_MODEL);
      }
    }

    while (this.size > 0) {
      const item = this.work[--this.size];
      const sync = item < 0;
      const t = sync ? -1 - item : item;
      // the input place short of tokens with the fewest producers, if any
      let short = -1;
      let shortCount = Infinity;
      for (let k = net.preStart[t]; k < net.preStart[t + 1]; k++) {
        const p = net.prePlace[k];
        if (m[base + p] >= net.preWeight[k]) continue;
        const count = this.producerStart[p + 1] - this.producerStart[p];
        if (count < shortCount) {
          short = p;
          shortCount = count;
        }
      }
      if (short >= 0) {
        for (let k = this.producerStart[short]; k < this.producerStart[short + 1]; k++) this.addAchiever(this.producers[k]);
        continue;
      }
      // enabled: whatever shares an input place with it, and for a synchronous move the event's other moves
      for (let k = net.preStart[t]; k < net.preStart[t + 1]; k++) {
        const p = net.prePlace[k];
        for (let j = net.placeOutStart[p]; j < net.placeOutStart[p + 1]; j++) {
          const u = net.placeOut[j];
          this.add(u, KEEP_MODEL);
          if (net.labelOf[u] >= 0 && net.labelOf[u] === event) this.add(u, KEEP_SYNC);
        }
      }
      if (sync) this.addEventMoves();
    }
  }

  private add(t: number, bit: number): void {
    const kept = this.kept;
    if (kept[t] & bit) return;
    if (kept[t] === 0) this.touched[this.touchedCount++] = t;
    kept[t] |= bit;
    this.work[this.size++] = bit === KEEP_SYNC ? -1 - t : t;
  }

  /** The log move of the event at the position and its synchronous moves (nothing at the end of the trace). */
  private addEventMoves(): void {
    if (this.logKept || this.event === -2) return;
    this.logKept = true;
    const { net, event } = this;
    if (event < 0) return;
    for (let k = net.labelStart[event]; k < net.labelStart[event + 1]; k++) this.add(net.labelTransitions[k], KEEP_SYNC);
  }

  /** Transition u as an achiever: its model move, its synchronous move now, or the event's moves if later. */
  private addAchiever(u: number): void {
    this.add(u, KEEP_MODEL);
    const label = this.net.labelOf[u];
    if (label < 0 || this.event === -2) return;
    if (label === this.event) this.add(u, KEEP_SYNC);
    if (this.lastAt[label] > this.pos) this.addEventMoves();
  }
}

function toCsr(lists: number[][]): [Int32Array, Int32Array] {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i] + lists[i].length;
  return [start, Int32Array.from(lists.flat())];
}
