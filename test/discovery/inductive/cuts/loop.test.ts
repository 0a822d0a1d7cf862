import { describe, expect, it } from 'vitest';
import { detectLoop, splitLoop, splitLoopDfg } from '../../../../src/discovery/inductive/cuts/loop.js';
import { createContext } from '../../../../src/discovery/inductive/context.js';
import { buildDfg } from '../../../../src/discovery/inductive/inductive-dfg.js';
import { mine, miniLog } from '../mini-log.js';
import { expectTree } from '../expect-tree.js';

describe('loop cut', () => {
  it('puts start and end activities in the body and the rest in redo parts', () => {
    const m = miniLog('a', 'a b a');
    expect(m.groups(detectLoop(m.dfg))).toEqual(['a', 'b']);
    expectTree(mine('im', ['a', 'a b a']), "*( 'a', 'b' )");
  });

  it('keeps the inside of the body in the body', () => {
    const m = miniLog('a b', 'a b c a b');
    expect(m.groups(detectLoop(m.dfg))).toEqual(['a b', 'c']);
    expectTree(mine('im', ['a b', 'a b c a b']), "*( ->( 'a', 'b' ), 'c' )");
  });

  it('finds several redo parts', () => {
    const m = miniLog('a', 'a b a', 'a c a');
    expect(m.groups(detectLoop(m.dfg))).toEqual(['a', 'b', 'c']);
    expectTree(mine('im', ['a', 'a b a', 'a c a']), "*( 'a', 'b', 'c' )");
  });

  it('moves a redo part that does not lead back to every start activity into the body', () => {
    const ctx = createContext(['a', 'b', 'c']);
    const ends = new Map([[0, 1], [2, 1]]);
    // a ⇄ c, a → b → a: b leads back to a only, not to the other start activity c.
    const edges = [0, 2, 1, 2, 0, 1, 0, 1, 1, 1, 0, 1];
    expect(detectLoop(buildDfg(ctx, { edges, starts: ends, ends }))).toBeNull();
    // With c → b and b → c as well, b is a redo part.
    const full = [...edges, 1, 2, 1, 2, 1, 1];
    expect(detectLoop(buildDfg(ctx, { edges: full, starts: ends, ends }))).toEqual([[0, 2], [1]]);
  });

  it('cuts traces into body and redo segments, each with the trace count', () => {
    const m = miniLog('a b a', 'a b a', 'a');
    expect(splitLoop(m.log, detectLoop(m.dfg)!, m.ctx).map(m.traces)).toEqual([['a ×5'], ['b ×2']]);
  });

  it('gives a redo segment whole to the redo part it shares most activities with', () => {
    const m = miniLog('a b c a', 'a');
    const partition = [[m.code('a')], [m.code('b')], [m.code('c')]];
    // ⟨b, c⟩ shares one activity with each part: the later part takes it, unprojected.
    expect(splitLoop(m.log, partition, m.ctx).map(m.traces)).toEqual([['a ×3'], [], ['b c ×1']]);
  });

  it('projects the DFG for IMd: the redo part starts and ends anywhere', () => {
    const m = miniLog('a b c a b', 'a b');
    const [body, redo] = splitLoopDfg(m.dfg, detectLoop(m.dfg)!, m.ctx);
    expect(Array.from(body.dfg.edgeCount)).toEqual([3]);
    expect(Array.from(redo.dfg.startCounts)).toEqual([1]);
    expect(Array.from(redo.dfg.endCounts)).toEqual([1]);
    expect([body.skip, redo.skip]).toEqual([false, false]);
  });
});
