import { describe, expect, it } from 'vitest';
import { strictTauLoop } from '../../../../src/discovery/inductive/fall-throughs/strict-tau-loop.js';
import { mine, miniLog } from '../mini-log.js';
import { expectTree } from '../expect-tree.js';

describe('strict tau loop', () => {
  it('cuts traces where an end activity is followed by a start activity', () => {
    const m = miniLog('b b a', 'a b a');
    const split = strictTauLoop.apply(m.log, m.ctx)!;
    expect(split.operator).toBe('*');
    // ⟨a b a⟩: a ends traces and b starts them, so it is cut into ⟨a⟩ ⟨b a⟩; ⟨b b a⟩ has no such place.
    expect(split.children.map(m.traces)).toEqual([['b b a ×1', 'a ×1', 'b a ×1'], []]);
  });

  it('does not apply when nothing is cut', () => {
    const m = miniLog('a b c b');
    expect(strictTauLoop.apply(m.log, m.ctx)).toBeNull();
  });

  it('gives *(pieces, τ)', () => {
    expectTree(mine('im', ['b b a', 'a b a']), "*( ->( X( tau, *( 'b', tau ) ), 'a' ), tau )");
    expect(mine('im', ['a a', 'a'])).toBe("*( 'a', tau )");
  });
});
