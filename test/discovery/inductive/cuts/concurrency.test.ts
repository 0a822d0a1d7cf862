import { describe, expect, it } from 'vitest';
import { detectConcurrency, splitConcurrency } from '../../../../src/discovery/inductive/cuts/concurrency.js';
import { createContext } from '../../../../src/discovery/inductive/context.js';
import { buildDfg } from '../../../../src/discovery/inductive/inductive-dfg.js';
import { mine, miniLog } from '../mini-log.js';
import { expectTree } from '../expect-tree.js';

describe('concurrency cut', () => {
  it('separates activities connected both ways', () => {
    const m = miniLog('a b', 'b a');
    expect(m.groups(detectConcurrency(m.dfg))).toEqual(['a', 'b']);
    expectTree(mine('im', ['a b', 'b a']), "+( 'a', 'b' )");
  });

  it('keeps together what is not connected both ways', () => {
    const m = miniLog('a b c', 'b a c', 'b c a');
    expect(m.groups(detectConcurrency(m.dfg))).toEqual(['a', 'b c']);
    expectTree(mine('im', ['a b c', 'b a c', 'b c a']), "+( 'a', ->( 'b', 'c' ) )");
  });

  it('merges a group without a start or an end activity into its neighbour, as pm4py does', () => {
    // a, b, c all connected both ways; only a and b start and end. Groups by size then name: a, b, c;
    // c has neither, so it joins the group before it (b).
    const ctx = createContext(['a', 'b', 'c']);
    const both = new Map([[0, 1], [1, 1]]);
    const edges = [0, 1, 1, 1, 0, 1, 0, 2, 1, 2, 0, 1, 1, 2, 1, 2, 1, 1];
    const dfg = buildDfg(ctx, { edges, starts: both, ends: both });
    expect(detectConcurrency(dfg)).toEqual([[0], [1, 2]]);
    // The first group lacking them joins the group after it.
    const late = new Map([[1, 1], [2, 1]]);
    expect(detectConcurrency(buildDfg(ctx, { edges, starts: late, ends: late }))).toEqual([[0, 1], [2]]);
  });

  it("projects traces on each group, with pm4py's counts: the last trace's, not the sum", () => {
    const m = miniLog('a b', 'a b', 'b a');
    const parts = splitConcurrency(m.log, detectConcurrency(m.dfg)!, m.ctx);
    // 'a' comes from ⟨a b⟩ ×2 and ⟨b a⟩ ×1; pm4py keeps 1 (see cuts/concurrency.ts).
    expect(parts.map(m.traces)).toEqual([['a ×1'], ['b ×1']]);
  });
});
