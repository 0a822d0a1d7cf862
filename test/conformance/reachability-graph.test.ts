/**
 * Unit tier for the reachability graph the graph aligner runs on: states and edges of small nets worked out by
 * hand, and the limits (size, unbounded nets).
 */
import { describe, expect, it } from 'vitest';
import { indexNet } from '../../src/conformance/indexed-net.js';
import { buildReachabilityGraph, type ReachabilityGraph } from '../../src/conformance/alignments/reachability-graph.js';
import { LOOP, PARALLEL, SKIP, netOf } from './helpers/nets.js';

const LIMITS = { maxStates: 1000, maxEdges: 10_000 };

/** the edges as "source -transition-> target" lines, sorted. */
function edges(net: ReturnType<typeof indexNet>, g: ReachabilityGraph): string[] {
  const out: string[] = [];
  for (let s = 0; s < g.stateCount; s++) {
    for (let e = g.edgeStart[s]; e < g.edgeStart[s + 1]; e++) out.push(`${s} -${net.transitionIds[g.edgeTransition[e]]}-> ${g.edgeTarget[e]}`);
  }
  return out.sort();
}

describe('buildReachabilityGraph', () => {
  it('explores every interleaving of a parallel block once', () => {
    const net = indexNet(PARALLEL());
    const g = buildReachabilityGraph(net, LIMITS)!;
    // {i} {p1 p2} {p3 p2} {p1 p4} {p3 p4} {o}, numbered breadth-first
    expect(g.stateCount).toBe(6);
    expect(g.initial).toBe(0);
    expect(g.final).toBe(5);
    expect(edges(net, g)).toEqual(['0 -a-> 1', '1 -b-> 2', '1 -c-> 3', '2 -c-> 4', '3 -b-> 4', '4 -d-> 5']);
  });

  it('indexes edges by target and by label consistently with the edge list', () => {
    const net = indexNet(LOOP());
    const g = buildReachabilityGraph(net, LIMITS)!;
    expect(g.stateCount).toBe(4);
    for (let s = 0; s < g.stateCount; s++) {
      for (let k = g.inStart[s]; k < g.inStart[s + 1]; k++) expect(g.edgeTarget[g.inEdge[k]]).toBe(s);
      for (let e = g.edgeStart[s]; e < g.edgeStart[s + 1]; e++) expect(g.edgeSource[e]).toBe(s);
    }
    expect(g.inStart[g.stateCount]).toBe(g.edgeTarget.length);
    for (let a = 0; a < net.labelNames.length; a++) {
      const labelled = Array.from(g.labelEdge.subarray(g.labelEdgeStart[a], g.labelEdgeStart[a + 1]), (e) => net.labels[g.edgeTransition[e]]);
      expect(labelled.length).toBeGreaterThan(0);
      expect(new Set(labelled)).toEqual(new Set([net.labelNames[a]]));
    }
  });

  it('keeps silent transitions that move tokens and drops silent self-loops', () => {
    const skip = indexNet(SKIP());
    expect(edges(skip, buildReachabilityGraph(skip, LIMITS)!)).toEqual(['0 -a-> 1', '1 -b-> 2', '1 -skip-> 2', '2 -c-> 3']);
    const idle = indexNet(netOf('a: i -> o\ntau idle: i -> i\nb: o -> o', 'i', 'o'));
    // the silent self-loop is useless to an alignment; the visible one may be a synchronous move
    expect(edges(idle, buildReachabilityGraph(idle, LIMITS)!)).toEqual(['0 -a-> 1', '1 -b-> 1']);
  });

  it('reports an unreachable final marking as -1', () => {
    const net = indexNet(netOf('a: i -> p', 'i', 'o'));
    expect(buildReachabilityGraph(net, LIMITS)!.final).toBe(-1);
  });

  it('gives up beyond its limits and on unbounded nets', () => {
    const net = indexNet(PARALLEL());
    expect(buildReachabilityGraph(net, { maxStates: 5, maxEdges: 100 })).toBeNull();
    expect(buildReachabilityGraph(net, { maxStates: 100, maxEdges: 5 })).toBeNull();
    expect(buildReachabilityGraph(net, { maxStates: 6, maxEdges: 6 })).not.toBeNull();
    const pump = indexNet(netOf('a: i -> i p\nb: i -> o', 'i', 'o'));
    expect(buildReachabilityGraph(pump, { maxStates: 1_000_000, maxEdges: 10_000_000 })).toBeNull();
  });
});
