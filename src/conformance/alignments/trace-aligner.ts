/**
 * Aligns traces one after the other. Each trace first gets A* with the marking-equation heuristic, which is fast
 * when the heuristic sees the cost coming (most traces). When it does not (traces that alternate between parts
 * the model orders, where the marking equation, blind to order, estimates 0), the search expands states at
 * every position; past a budget the trace goes to the graph aligner (exact dynamic programming over the
 * reachability graph), if the graph is small enough. The budget is what the graph aligner would cost, so a trace
 * never costs much more than the better of the two. Both give optimal alignments.
 *
 * The choice depends on the trace and the net only, and the LP restarts from its first basis for each trace, so
 * a trace's alignment does not depend on the traces aligned before it: the same on one thread or several.
 */
import type { IndexedNet } from '../indexed-net.js';
import { AlignmentSearch, effortOf, type SearchResult } from './a-star.js';
import { GraphAligner } from './graph-aligner.js';
import { MarkingEquation } from './marking-equation.js';
import { buildReachabilityGraph } from './reachability-graph.js';
import { buildSilentReduction, type SilentReduction } from './silent-reduction.js';
import { StubbornSets } from './stubborn-sets.js';
import { buildSynchronousProduct, type CostModel } from './synchronous-product.js';

/** Reachability graphs beyond this are not explored (a few hundred milliseconds at most). */
const GRAPH_LIMITS = { maxStates: 50_000, maxEdges: 500_000 };
/** The graph aligner's table for one trace: (length + 1) × states cells of 12 bytes. */
const MAX_TABLE_CELLS = 4_000_000;
/**
 * A* effort (expansions, see a-star.ts) before the graph is even built, per trace event and per transition (a
 * guided search expands about one state per move, and the model's part of the run may be as long as the net):
 * guided searches finish within.
 */
const FIRST_BUDGET = { perEvent: 20, perTransition: 4 };
/**
 * Graph aligner work units (cells and edges) per unit of A* effort: measured about 2 µs per expansion against
 * 5 ns per unit with the bucket queue, 7 ns with the radix heap and 15 ns with the binary heap (BPI 2012, BPI 2019
 * and Sepsis models).
 */
const WORK_PER_EFFORT = { buckets: 400, radix: 280, heap: 130 };

/**
 * `auto` (default) as above; `a-star` never uses the graph; `graph` uses it for every trace whose graph and table
 * fit (tests and benchmarks compare the two).
 */
export type AlignStrategy = 'auto' | 'a-star' | 'graph';

export class TraceAligner {
  readonly lp: MarkingEquation;
  private readonly modelCost: Float64Array;
  private readonly reduction: SilentReduction;
  private readonly stubborn: StubbornSets;
  private readonly integerCosts: boolean;
  /** undefined until a trace needs it; null when the graph is too big. */
  private graph: GraphAligner | null | undefined;

  constructor(
    private readonly net: IndexedNet,
    private readonly costs: CostModel,
    private readonly maxSeconds: number,
    private readonly strategy: AlignStrategy = 'auto',
  ) {
    this.modelCost = buildSynchronousProduct(net, new Int32Array(0), costs).modelCost;
    this.lp = new MarkingEquation(net, this.modelCost, costs.logMove + costs.modelMove - costs.syncMove);
    this.reduction = buildSilentReduction(net);
    this.stubborn = new StubbornSets(net);
    this.integerCosts = [costs.logMove, costs.modelMove, costs.silentMove, costs.syncMove].every(Number.isInteger);
  }

  /** Aligns one trace given as model label indices (-1 for activities no transition carries). */
  align(trace: Int32Array): SearchResult {
    const sp = buildSynchronousProduct(this.net, trace, this.costs);
    this.lp.restart();
    const search = new AlignmentSearch(sp, this.lp, {
      deadline: performance.now() + this.maxSeconds * 1000,
      integerCosts: this.integerCosts,
      reduction: this.reduction,
      stubborn: this.stubborn,
    });
    if (this.strategy === 'a-star') return search.run();
    const first = search.run(this.strategy === 'graph' ? 0 : FIRST_BUDGET.perEvent * (trace.length + 1) + FIRST_BUDGET.perTransition * this.net.transitionCount);
    if (!first.budgetExhausted) return first;
    const graph = this.graphAligner();
    if (!graph || graph.cells(trace.length) > MAX_TABLE_CELLS) return search.run();
    // A* goes on until it has cost what the graph aligner would, then hands over (at most twice the better one).
    // At a quarter of that, a search whose pace through the trace promises more than the whole hands over early.
    const graphEffort = graph.work(trace.length) / WORK_PER_EFFORT[graph.queueKind];
    let searched = search.run(this.strategy === 'graph' ? 0 : graphEffort / 4);
    if (!searched.budgetExhausted) return searched;
    const pace = effortOf(searched) / Math.max(1, searched.furthest);
    if (this.strategy === 'auto' && pace * trace.length <= graphEffort) {
      searched = search.run(graphEffort);
      if (!searched.budgetExhausted) return searched;
    }
    const r = graph.align(sp, search.deadline);
    return { ...r, expanded: searched.expanded + r.expanded, queued: searched.queued, lpSolves: searched.lpSolves };
  }

  private graphAligner(): GraphAligner | null {
    if (this.graph === undefined) {
      const graph = buildReachabilityGraph(this.net, GRAPH_LIMITS);
      this.graph = graph ? new GraphAligner(graph, this.net, this.costs) : null;
    }
    return this.graph;
  }
}
