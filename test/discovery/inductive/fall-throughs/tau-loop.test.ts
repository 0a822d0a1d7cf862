import { describe, expect, it } from 'vitest';
import { strictTauLoop } from '../../../../src/discovery/inductive/fall-throughs/strict-tau-loop.js';
import { tauLoop } from '../../../../src/discovery/inductive/fall-throughs/tau-loop.js';
import { mine, miniLog } from '../mini-log.js';
import { expectTree } from '../expect-tree.js';

describe('tau loop', () => {
  // Starts b, c; end b. No end activity is ever followed by a start activity, so the strict version fails.
  const m = miniLog('b a c b', 'c a a c b');

  it('cuts traces before every start activity that is not first', () => {
    expect(strictTauLoop.apply(m.log, m.ctx)).toBeNull();
    const split = tauLoop.apply(m.log, m.ctx)!;
    expect(split.children.map(m.traces)).toEqual([['b a ×1', 'c ×2', 'b ×2', 'c a a ×1'], []]);
  });

  it('gives *(pieces, τ)', () => {
    expectTree(mine('im', ['b a c b', 'c a a c b']), "*( ->( X( 'b', 'c' ), X( tau, *( 'a', tau ) ) ), tau )");
  });
});
