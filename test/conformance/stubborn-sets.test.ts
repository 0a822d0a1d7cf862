/**
 * The stubborn-set reduction of the alignment search: which moves it keeps in hand-made states, how much of a
 * wide parallel block it spares A*, and, on random parallel-heavy nets, the same optimal costs as the graph
 * aligner (which explores everything).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchAlignment } from '../../src/conformance/alignments/a-star.js';
import { MarkingEquation } from '../../src/conformance/alignments/marking-equation.js';
import { buildReachabilityGraph } from '../../src/conformance/alignments/reachability-graph.js';
import { lastPositions } from '../../src/conformance/alignments/silent-reduction.js';
import { KEEP_MODEL, KEEP_SYNC, StubbornSets } from '../../src/conformance/alignments/stubborn-sets.js';
import { buildSynchronousProduct, COST_MODELS } from '../../src/conformance/alignments/synchronous-product.js';
import { TraceAligner } from '../../src/conformance/alignments/trace-aligner.js';
import { indexNet, type IndexedNet } from '../../src/conformance/indexed-net.js';
import { netOf } from './helpers/nets.js';
import { disturbedRun, traceEdits, treeToNet, type Tree } from './helpers/random-nets.js';

/** τ split → k branches ×(τ, a_i) → τ join: the shape that made every variant of BPI 2020 × a permit model time out. */
function wideSkips(k: number): IndexedNet {
  const lines = [`tau split: i -> ${Array.from({ length: k }, (_, b) => `in${b}`).join(' ')}`];
  for (let b = 0; b < k; b++) lines.push(`a${b}: in${b} -> out${b}`, `tau skip${b}: in${b} -> out${b}`);
  lines.push(`tau join: ${Array.from({ length: k }, (_, b) => `out${b}`).join(' ')} -> o`);
  return indexNet(netOf(lines.join('\n'), 'i', 'o'));
}

function keptMoves(net: IndexedNet, sets: StubbornSets): string[] {
  const out: string[] = [];
  for (let t = 0; t < net.transitionCount; t++) {
    if (sets.kept[t] & KEEP_MODEL) out.push(`model ${net.transitionIds[t]}`);
    if (sets.kept[t] & KEEP_SYNC) out.push(`sync ${net.transitionIds[t]}`);
  }
  if (sets.logKept) out.push('log');
  return out.sort();
}

function marking(net: IndexedNet, places: string[]): Uint8Array {
  const m = new Uint8Array(net.placeCount);
  for (const p of places) m[net.placeIds.indexOf(p)]++;
  return m;
}

describe('StubbornSets', () => {
  it('keeps the next event’s moves and what they touch, and postpones the other branches', () => {
    const net = wideSkips(3);
    const sets = new StubbornSets(net);
    const trace = Int32Array.from([net.labelNames.indexOf('a1')]);
    sets.compute(marking(net, ['in0', 'in1', 'in2']), 0, 0, trace, lastPositions(trace, net.labelNames.length));
    // a1 may sync; its place in1 is shared with skip1 and a1's own model move; branches 0 and 2 wait
    expect(keptMoves(net, sets)).toEqual(['log', 'model a1', 'model skip1', 'sync a1']);
  });

  it('follows necessary enabling sets back to what must fire first', () => {
    const net = wideSkips(3);
    const sets = new StubbornSets(net);
    const trace = Int32Array.from([net.labelNames.indexOf('a1')]);
    sets.compute(marking(net, ['i']), 0, 0, trace, lastPositions(trace, net.labelNames.length));
    // a1 is not enabled: its input place in1 is fed by the split only
    expect(keptMoves(net, sets)).toEqual(['log', 'model split', 'sync a1']);
  });

  it('at the end of the trace, works on one place off its final count', () => {
    const net = wideSkips(3);
    const sets = new StubbornSets(net);
    const trace = new Int32Array(0);
    sets.compute(marking(net, ['out0', 'in1', 'out2']), 0, 0, trace, lastPositions(trace, net.labelNames.length));
    // o lacks its token and only the join gives it; the join waits for out1, which a1 or skip1 fill
    expect(keptMoves(net, sets)).toEqual(['model a1', 'model join', 'model skip1']);
  });

  it('spares A* the interleavings of a wide parallel block', () => {
    const net = wideSkips(12);
    const trace = Int32Array.from([net.labelNames.indexOf('a5'), -1]);
    const sp = buildSynchronousProduct(net, trace, COST_MODELS.standard);
    const lp = () => new MarkingEquation(net, sp.modelCost, 2);
    const plain = searchAlignment(sp, lp());
    const reduced = searchAlignment(sp, lp(), { stubborn: new StubbornSets(net) });
    expect(reduced.cost).toBe(1);
    expect(plain.cost).toBe(1);
    expect(reduced.expanded).toBeLessThan(40);
    expect(plain.expanded).toBeGreaterThan(10 * reduced.expanded);
  });

  it('keeps the optimal cost on random parallel-heavy nets (against the graph aligner)', () => {
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'medium', withCrossShrink: true },
        fc.record({ op: fc.constant('leaf' as const), label: fc.oneof(fc.constantFrom(...'abcdefgh'.split('')), fc.constant(null)) }),
        fc.record({ op: fc.constantFrom('seq' as const, 'xor' as const, 'and' as const, 'and' as const), children: fc.array(tie('tree'), { minLength: 2, maxLength: 3 }) }),
        fc.record({ op: fc.constant('loop' as const), body: tie('tree'), redo: tie('tree') }),
      ),
    })).tree;
    const edits = traceEdits(['a', 'b', 'c', 'z']);
    fc.assert(
      fc.property(tree, fc.integer({ min: 1, max: 2 ** 30 }), edits, (t, seed, noise) => {
        const apn = treeToNet(t);
        const net = indexNet(apn);
        fc.pre(buildReachabilityGraph(net, { maxStates: 20_000, maxEdges: 200_000 }) !== null);
        const trace = disturbedRun(apn, seed, noise, 3);
        const labels = Int32Array.from(trace, (a) => net.labelNames.indexOf(a));
        for (const costs of [COST_MODELS.standard, COST_MODELS.pm4py]) {
          const byGraph = new TraceAligner(net, costs, 30, 'graph').align(labels);
          expect(new TraceAligner(net, costs, 30, 'a-star').align(labels).cost).toBe(byGraph.cost);
        }
      }),
      { numRuns: 200 },
    );
  });
});
