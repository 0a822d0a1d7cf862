import { describe, expect, it } from 'vitest';
import { filterInfrequentEdges } from '../../../src/discovery/inductive/filter-infrequent-edges.js';
import { mine, miniLog } from './mini-log.js';
import { expectTree } from './expect-tree.js';

const times = (n: number, trace: string) => Array.from({ length: n }, () => trace);

describe('IMf', () => {
  it("keeps an edge only above the threshold times its source's strongest edge or end count", () => {
    // a→b 10, a→c 2, c→b 1 (c ends 1 case); threshold 0.2: a→c needs > 2, c→b needs > 0.2.
    const m = miniLog(...times(10, 'a b'), 'a c b', 'a c');
    const kept = filterInfrequentEdges(m.dfg, 0.2);
    const name = (v: number) => m.ctx.names[kept.vertices[v]];
    const edges = Array.from(kept.edgeFrom, (from, e) => `${name(from)}→${name(kept.edgeTo[e])}`);
    expect(edges).toEqual(['a→b', 'c→b']);
    expect(Array.from(kept.startCounts)).toEqual(Array.from(m.dfg.startCounts));
  });

  it('tries the cuts again on the filtered DFG before falling through', () => {
    // IM: a ⇄ b has no cut and becomes a τ-loop. IMf drops b → a (1 of b's 11: its end count), finds a
    // sequence, and splits the full log on it: ⟨a b a b⟩ gives ⟨a⟩ and ⟨b b⟩.
    const log = [...times(10, 'a b'), 'a b a b'];
    expect(mine('im', log)).toBe("*( ->( 'a', 'b' ), tau )");
    expectTree(mine('imf', log, 0.2), "->( 'a', *( 'b', tau ) )");
  });

  it('with noise 0 is IM', () => {
    const log = ['a b c', 'a c b', 'a d', '', 'b a c'];
    expect(mine('imf', log, 0)).toBe(mine('im', log));
  });

  it('defaults to a threshold of 0.2 and rejects thresholds outside [0, 1)', () => {
    const log = [...times(10, 'a b'), 'a b a b'];
    expect(mine('imf', log)).toBe(mine('imf', log, 0.2));
    expect(() => mine('imf', log, 1)).toThrow(/outside \[0, 1\)/);
    expect(() => mine('imf', log, -0.1)).toThrow(/outside/);
  });
});
