/**
 * Optimal alignments by dynamic programming over the model's reachability graph, for nets whose graph is small.
 * The synchronous product's states are (graph state, trace position); the cheapest cost from each of them to the
 * end, D[i][s], is computed backwards one position at a time: D[n] is the cheapest model run from s to the final
 * marking, and D[i] is, for each state, the best of a log move (logMove + D[i+1][s]), a synchronous move along an
 * edge carrying event i (syncMove + D[i+1][s']) and model moves within the layer (cost + D[i][s']), the last
 * settled by Dijkstra on the reversed edges. The table is exact, so the alignment is read off it forwards.
 *
 * This is the edit distance between a word and a weighted automaton; unlike A* with the marking equation it
 * does not depend on how well a heuristic sees the order of events, so traces that alternate between loops the
 * model runs one after the other (where the marking equation estimates 0) cost the same as any other. The work
 * is (n+1) × (states + edges), so it pays only when A* struggles; trace-aligner.ts decides.
 */
import type { IndexedNet } from '../indexed-net.js';
import type { SearchResult } from './a-star.js';
import { BucketQueue, LazyHeap, RadixHeap, type MinQueue } from './min-queues.js';
import type { ReachabilityGraph } from './reachability-graph.js';
import { logMoveCode, syncMoveCode, type CostModel, type SynchronousProduct } from './synchronous-product.js';

export type QueueKind = 'buckets' | 'radix' | 'heap';

/** choice codes besides edge numbers: model move e (0 .. E-1), synchronous move along e (E .. 2E-1). */
const LOG_MOVE = -1;
const AT_END = -2;

export class GraphAligner {
  private readonly S: number;
  private readonly E: number;
  private readonly edgeCost: Float64Array;
  /** the cheapest model run from each state to the final marking (the table's last layer). */
  private readonly toFinal: Float64Array;
  private readonly toFinalChoice: Int32Array;
  private readonly highestToFinal: number;
  private cost = new Float64Array(0);
  private choice = new Int32Array(0);
  /**
   * How layers are settled: small integer costs (the standard model) with a bucket queue, other integer costs
   * (pm4py's) with a radix heap while keys stay below 2^31, anything else with a binary heap.
   */
  readonly queueKind: QueueKind;
  private readonly queue: MinQueue;
  private heap: LazyHeap | null = null;

  constructor(readonly graph: ReachabilityGraph, net: IndexedNet, private readonly costs: CostModel) {
    this.S = graph.stateCount;
    this.E = graph.edgeTarget.length;
    this.edgeCost = Float64Array.from(graph.edgeTransition, (t) => (net.labelOf[t] >= 0 ? costs.modelMove : costs.silentMove));
    const costsUsed = [costs.logMove, costs.syncMove, costs.modelMove, costs.silentMove];
    const integers = costsUsed.every((c) => Number.isInteger(c) && c >= 0);
    this.queueKind = integers && costsUsed.every((c) => c <= 64) ? 'buckets' : integers ? 'radix' : 'heap';
    this.queue = this.queueKind === 'buckets' ? new BucketQueue() : this.queueKind === 'radix' ? new RadixHeap() : this.binaryHeap();
    this.toFinal = new Float64Array(this.S).fill(Infinity);
    this.toFinalChoice = new Int32Array(this.S).fill(AT_END);
    const heap = this.binaryHeap();
    heap.clear();
    if (graph.final >= 0) {
      this.toFinal[graph.final] = 0;
      heap.add(0, graph.final);
    }
    this.settle(this.toFinal, this.toFinalChoice, 0, heap);
    let highest = 0;
    for (const v of this.toFinal) if (v < Infinity && v > highest) highest = v;
    this.highestToFinal = highest;
  }

  /** table cells a trace of length n needs (the caller bounds memory with it). */
  cells(n: number): number {
    return (n + 1) * this.S;
  }

  /** work units of aligning a trace of length n (cells and edge relaxations). */
  work(n: number): number {
    return (n + 1) * (this.S + this.E);
  }

  /**
   * The cheapest cost to the end from every (position, state), D[i * S + s], for a trace of model label indices
   * (-1: no transition carries the event); null when the deadline passes first. `choice` gets, per cell, the first
   * move of a cheapest way on.
   */
  table(sp: SynchronousProduct, deadline = Infinity): { cost: Float64Array; choice: Int32Array } | null {
    const { S, graph, costs } = this;
    const n = sp.trace.length;
    const cells = (n + 1) * S;
    if (this.cost.length < cells) {
      this.cost = new Float64Array(Math.max(cells, 2 * this.cost.length));
      this.choice = new Int32Array(this.cost.length);
    }
    const cost = this.cost;
    const choice = this.choice;
    cost.set(this.toFinal, n * S);
    choice.set(this.toFinalChoice, n * S);
    // every value is at most n log moves plus a model run to the end: the radix heap needs it below 2^31
    const queue = this.queueKind === 'radix' && costs.logMove * n + this.highestToFinal >= 2 ** 31 ? this.binaryHeap() : this.queue;
    for (let i = n - 1; i >= 0; i--) {
      if ((i & 15) === 0 && performance.now() > deadline) return null;
      const here = i * S;
      const next = here + S;
      for (let s = 0; s < S; s++) {
        cost[here + s] = costs.logMove + cost[next + s];
        choice[here + s] = LOG_MOVE;
      }
      // Log moves alone already give a settled layer: D[i+1] is closed under model moves, and so is D[i+1] + logMove.
      // Only the states a synchronous move improves start the search that spreads the improvement backwards.
      const a = sp.trace[i];
      if (a < 0) continue;
      queue.clear();
      for (let k = graph.labelEdgeStart[a]; k < graph.labelEdgeStart[a + 1]; k++) {
        const e = graph.labelEdge[k];
        const s = graph.edgeSource[e];
        const v = costs.syncMove + cost[next + graph.edgeTarget[e]];
        // on a tie a synchronous move beats a log move: the alignment reads better
        if (v < cost[here + s] || (v === cost[here + s] && choice[here + s] === LOG_MOVE)) {
          cost[here + s] = v;
          choice[here + s] = this.E + e;
          queue.add(v, s);
        }
      }
      this.settle(cost, choice, here, queue);
    }
    return { cost, choice };
  }

  /** Aligns one trace; the result has the shape of the A* search's. */
  align(sp: SynchronousProduct, deadline = Infinity): SearchResult {
    const { S, E, graph } = this;
    const n = sp.trace.length;
    const settled = (n + 1) * S;
    const none = (status: SearchResult['status']): SearchResult => ({ status, cost: Number.NaN, moves: new Int32Array(0), expanded: settled, queued: 0, lpSolves: 0, furthest: 0 });
    if (graph.final < 0) return none('unreachable');
    const tables = this.table(sp, deadline);
    if (!tables) return none('timeout');
    const { cost, choice } = tables;
    const total = cost[graph.initial];
    if (total === Infinity) return none('unreachable');
    const moves: number[] = [];
    let s = graph.initial;
    let i = 0;
    for (;;) {
      const c = choice[i * S + s];
      if (c === AT_END) break;
      if (c === LOG_MOVE) {
        moves.push(logMoveCode(sp));
        i++;
      } else if (c >= E) {
        moves.push(syncMoveCode(sp, graph.edgeTransition[c - E]));
        s = graph.edgeTarget[c - E];
        i++;
      } else {
        moves.push(graph.edgeTransition[c]);
        s = graph.edgeTarget[c];
      }
    }
    return { status: 'optimal', cost: total, moves: Int32Array.from(moves), expanded: settled, queued: 0, lpSolves: 0, furthest: n };
  }

  private binaryHeap(): LazyHeap {
    return (this.heap ??= new LazyHeap(this.S + this.E));
  }

  /**
   * Completes one layer: `cost[base + s]` holds the best way on that leaves the layer (log or synchronous move, or
   * the end), and the queue the states whose value may spread to others by model moves. Dijkstra over reversed
   * edges.
   */
  private settle(cost: Float64Array, choice: Int32Array, base: number, queue: MinQueue): void {
    const { graph, edgeCost } = this;
    queue.prepare();
    while (queue.size > 0) {
      const key = queue.topKey();
      const s = queue.pop();
      if (key > cost[base + s]) continue;
      for (let k = graph.inStart[s]; k < graph.inStart[s + 1]; k++) {
        const e = graph.inEdge[k];
        const u = graph.edgeSource[e];
        const v = key + edgeCost[e];
        if (v < cost[base + u]) {
          cost[base + u] = v;
          choice[base + u] = e;
          queue.push(v, u);
        }
      }
    }
  }
}
