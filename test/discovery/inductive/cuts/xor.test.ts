import { describe, expect, it } from 'vitest';
import { detectXor, splitXor, splitXorDfg } from '../../../../src/discovery/inductive/cuts/xor.js';
import { mine, miniLog } from '../mini-log.js';
import { expectTree } from '../expect-tree.js';

describe('exclusive-choice cut', () => {
  it('finds the connected components of the DFG', () => {
    const m = miniLog('a b', 'c', 'a b');
    expect(m.groups(detectXor(m.dfg))).toEqual(['a b', 'c']);
  });

  it('does not hold on a connected DFG', () => {
    const m = miniLog('a b', 'b c');
    expect(detectXor(m.dfg)).toBeNull();
  });

  it('sends each trace to its component, with its count', () => {
    const m = miniLog('a b', 'c', 'a b');
    const parts = splitXor(m.log, detectXor(m.dfg)!, m.ctx);
    expect(parts.map(m.traces)).toEqual([['a b ×2'], ['c ×1']]);
  });

  it('sends a trace spanning groups to the group with most of its events, ties to the later group', () => {
    // Happens in IMf, where the cut is found on a filtered DFG.
    const m = miniLog('a c c', 'a c', 'b');
    const partition = [[m.code('a'), m.code('b')], [m.code('c')]];
    expect(splitXor(m.log, partition, m.ctx).map(m.traces)).toEqual([['b ×1'], ['c c ×1', 'c ×1']]);
  });

  it('projects the DFG on each component for IMd', () => {
    const m = miniLog('a b', 'c', 'a b');
    const [ab, c] = splitXorDfg(m.dfg, detectXor(m.dfg)!, m.ctx);
    expect(Array.from(ab.dfg.edgeCount)).toEqual([2]);
    expect(Array.from(ab.dfg.startCounts)).toEqual([2, 0]);
    expect(Array.from(c.dfg.endCounts)).toEqual([1]);
    expect([ab.skip, c.skip]).toEqual([false, false]);
  });

  it('gives X over the components', () => {
    expectTree(mine('im', ['a b', 'c']), "X( ->( 'a', 'b' ), 'c' )");
  });
});
