/**
 * The graph aligner (dynamic programming over the reachability graph) against A*: hand-made traces whose
 * costs are worked out below, and random nets and traces where both must find the same optimal cost, with
 * alignments that are firing sequences. Also the trace aligner's hand-over from A* to the graph.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchAlignment } from '../../src/conformance/alignments/a-star.js';
import { GraphAligner } from '../../src/conformance/alignments/graph-aligner.js';
import { MarkingEquation } from '../../src/conformance/alignments/marking-equation.js';
import { buildReachabilityGraph } from '../../src/conformance/alignments/reachability-graph.js';
import { buildSynchronousProduct, COST_MODELS, type CostModel } from '../../src/conformance/alignments/synchronous-product.js';
import { TraceAligner } from '../../src/conformance/alignments/trace-aligner.js';
import { indexNet, isEnabled, sameMarking, type IndexedNet } from '../../src/conformance/indexed-net.js';
import { LOOP, SKIP, netOf } from './helpers/nets.js';
import { disturbedRun, traceEdits, treeArbitrary, treeToNet } from './helpers/random-nets.js';

const LIMITS = { maxStates: 100_000, maxEdges: 1_000_000 };
const FRACTIONAL: CostModel = { logMove: 1.5, modelMove: 1.25, silentMove: 0.125, syncMove: 0 };

function labelsOf(net: IndexedNet, trace: string[]): Int32Array {
  return Int32Array.from(trace, (a) => net.labelNames.indexOf(a));
}

function graphAlign(net: IndexedNet, trace: string[], costs: CostModel = COST_MODELS.standard) {
  const graph = buildReachabilityGraph(net, LIMITS)!;
  return new GraphAligner(graph, net, costs).align(buildSynchronousProduct(net, labelsOf(net, trace), costs));
}

function aStarCost(net: IndexedNet, trace: string[], costs: CostModel): number {
  const sp = buildSynchronousProduct(net, labelsOf(net, trace), costs);
  const lp = new MarkingEquation(net, sp.modelCost, costs.logMove + costs.modelMove - costs.syncMove);
  return searchAlignment(sp, lp, { integerCosts: Object.values(costs).every(Number.isInteger) }).cost;
}

/** Replays the moves: the model part must fire from the initial to the final marking, the log part be the trace. */
function checkMoves(net: IndexedNet, trace: string[], moves: Int32Array, costs: CostModel): number {
  const T = net.transitionCount;
  const m = net.initialMarking.slice();
  const seen: string[] = [];
  let cost = 0;
  for (const code of moves) {
    if (code === 2 * T) {
      seen.push(trace[seen.length]);
      cost += costs.logMove;
      continue;
    }
    const t = code >= T ? code - T : code;
    expect(isEnabled(net, m, t)).toBe(true);
    for (let k = net.effectStart[t]; k < net.effectStart[t + 1]; k++) m[net.effectPlace[k]] += net.effectDelta[k];
    if (code >= T) {
      expect(net.labels[t]).toBe(trace[seen.length]);
      seen.push(trace[seen.length]);
      cost += costs.syncMove;
    } else cost += net.labels[t] === null ? costs.silentMove : costs.modelMove;
  }
  expect(sameMarking(m, net.finalMarking)).toBe(true);
  expect(seen).toEqual(trace);
  return cost;
}

/** *(a, τ) then *(b, τ): a+ b+, the shape of BPI 2019's goods and service-entry loops. */
const TWO_LOOPS = () =>
  netOf(
    `
    a: i -> p1
    tau redoA: p1 -> i
    tau doneA: p1 -> p2
    b: p2 -> p3
    tau redoB: p3 -> p2
    tau doneB: p3 -> o
  `,
    'i',
    'o',
  );

describe('GraphAligner', () => {
  it('aligns hand-made traces at the costs worked out by hand', () => {
    const loop = indexNet(LOOP());
    // a b (c b)* d
    expect(graphAlign(loop, ['a', 'b', 'c', 'b', 'c', 'b', 'd']).cost).toBe(0);
    expect(graphAlign(loop, ['a', 'c', 'b', 'd']).cost).toBe(1); // c → log move (or b inserted before it: also 1)
    expect(graphAlign(loop, ['a', 'b', 'c', 'd']).cost).toBe(1); // c without its b: one deviation
    expect(graphAlign(loop, []).cost).toBe(3); // a b d as model moves
    const skip = indexNet(SKIP());
    expect(graphAlign(skip, ['a', 'c']).cost).toBe(0); // the silent skip is free
    expect(graphAlign(skip, ['a', 'c'], COST_MODELS.pm4py).cost).toBe(1); // pm4py charges 1 for it
    expect(graphAlign(skip, ['a', 'x', 'b', 'c']).cost).toBe(1); // x is no label of the model
  });

  it('sees the order A* cannot: alternating events of loops the model runs one after the other', () => {
    const net = indexNet(TWO_LOOPS());
    const trace = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 'a' : 'b'));
    // keep all a's and the last b (or the first a and all b's): 9 log moves
    const r = graphAlign(net, trace);
    expect(r.status).toBe('optimal');
    expect(r.cost).toBe(9);
    expect(checkMoves(net, trace, r.moves, COST_MODELS.standard)).toBe(9);
    expect(aStarCost(net, trace, COST_MODELS.standard)).toBe(9);
  });

  it('reports an unreachable final marking and the deadline', () => {
    const stuck = indexNet(netOf('a: i -> p', 'i', 'o'));
    expect(graphAlign(stuck, ['a']).status).toBe('unreachable');
    const net = indexNet(TWO_LOOPS());
    const graph = new GraphAligner(buildReachabilityGraph(net, LIMITS)!, net, COST_MODELS.standard);
    const long = Array.from({ length: 100 }, () => 'a');
    expect(graph.align(buildSynchronousProduct(net, labelsOf(net, long), COST_MODELS.standard), 0).status).toBe('timeout');
  });

  it('finds A*’s optimal cost on random nets and traces, with alignments that replay', () => {
    const scenario = fc.record({
      tree: treeArbitrary('abcd'),
      seed: fc.integer({ min: 1, max: 2 ** 30 }),
      noise: traceEdits(['a', 'b', 'c', 'z']),
    });
    fc.assert(
      fc.property(scenario, ({ tree, seed, noise }) => {
        const apn = treeToNet(tree);
        const net = indexNet(apn);
        const trace = disturbedRun(apn, seed, noise);
        const graph = buildReachabilityGraph(net, LIMITS);
        fc.pre(graph !== null);
        // integer costs go through the bucket queue (standard) or the radix heap (pm4py), others through the heap
        for (const costs of [COST_MODELS.standard, COST_MODELS.pm4py, FRACTIONAL]) {
          const r = new GraphAligner(graph!, net, costs).align(buildSynchronousProduct(net, labelsOf(net, trace), costs));
          expect(r.status).toBe('optimal');
          expect(r.cost).toBeCloseTo(aStarCost(net, trace, costs), 9);
          expect(checkMoves(net, trace, r.moves, costs)).toBeCloseTo(r.cost, 9);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('TraceAligner strategies', () => {
  it('gives the same costs whether A* or the graph aligns, and the same alignment on every call', () => {
    fc.assert(
      fc.property(treeArbitrary('abc'), fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 12 }), (tree, trace) => {
        const net = indexNet(treeToNet(tree));
        fc.pre(buildReachabilityGraph(net, LIMITS) !== null);
        const labels = labelsOf(net, trace);
        for (const costs of [COST_MODELS.standard, COST_MODELS.pm4py]) {
          const byGraph = new TraceAligner(net, costs, 10, 'graph');
          const first = byGraph.align(labels);
          expect(first.cost).toBe(new TraceAligner(net, costs, 10, 'a-star').align(labels).cost);
          expect(new TraceAligner(net, costs, 10, 'auto').align(labels).cost).toBe(first.cost);
          expect(Array.from(byGraph.align(labels).moves)).toEqual(Array.from(first.moves));
        }
      }),
      { numRuns: 150 },
    );
  });
});
