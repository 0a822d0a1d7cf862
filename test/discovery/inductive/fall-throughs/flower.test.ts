import { describe, expect, it } from 'vitest';
import { flower, flowerDfg } from '../../../../src/discovery/inductive/fall-throughs/flower.js';
import { mineIm } from '../../../../src/discovery/inductive/mine-im.js';
import { node } from '../../../../src/model/process-tree.js';
import { formatTree } from '../../../../src/model/process-tree.js';
import { mine, miniLog } from '../mini-log.js';
import { expectTree } from '../expect-tree.js';

describe('flower model', () => {
  it('allows every activity in any order: *(X(…), τ)', () => {
    const m = miniLog('c a', 'b');
    const split = flower.apply(m.log, m.ctx)!;
    expect(split.children.map(m.traces)).toEqual([['a ×1', 'b ×1', 'c ×1'], []]);
    const tree = node(split.operator, split.children.map((l) => mineIm(l, m.ctx)));
    expectTree(formatTree(tree), "*( X( 'a', 'b', 'c' ), tau )");
  });

  it('is what IMd falls back to on a DFG without a cut', () => {
    const m = miniLog('a b a b');
    const [body, redo] = flowerDfg(m.dfg, m.ctx);
    expect(Array.from(body.dfg.startCounts)).toEqual([1, 1]);
    expect(body.dfg.edgeFrom.length).toBe(0);
    expect(redo.dfg.vertices.length).toBe(0);
    expectTree(mine('imd', ['a b a b']), "*( X( 'a', 'b' ), tau )");
  });
});
