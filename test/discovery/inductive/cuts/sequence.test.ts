import { describe, expect, it } from 'vitest';
import { detectPlainSequence, detectSequence, splitSequence, splitSequenceDfg } from '../../../../src/discovery/inductive/cuts/sequence.js';
import { mine, miniLog } from '../mini-log.js';
import { expectTree } from '../expect-tree.js';

describe('sequence cut', () => {
  it('orders groups by computeReachability', () => {
    const m = miniLog('a b c', 'a c');
    expect(m.groups(detectSequence(m.dfg))).toEqual(['a', 'b', 'c']);
  });

  it('merges mutually reachable and mutually unreachable activities', () => {
    // b and c form a cycle; d and e never meet.
    const m = miniLog('a b c b d', 'a c e');
    expect(m.groups(detectSequence(m.dfg))).toEqual(['a', 'b c', 'd e']);
  });

  it('does not hold when everything is one cycle', () => {
    const m = miniLog('a b a', 'b a');
    expect(detectSequence(m.dfg)).toBeNull();
  });

  it('is strict: groups that are skipped together are merged (Leemans thesis p. 233)', () => {
    // Plain: a, b, c, d, which would allow ⟨a, b, d⟩. a → d skips b and c together, so they form one group.
    const m = miniLog('a b c d', 'a d');
    const plain = detectPlainSequence(m.dfg)!.map((g) => g.map((v) => m.ctx.names[m.dfg.vertices[v]]).join(' '));
    expect(plain).toEqual(['a', 'b', 'c', 'd']);
    expect(m.groups(detectSequence(m.dfg))).toEqual(['a', 'b c', 'd']);
    expectTree(mine('im', ['a b c d', 'a d']), "->( 'a', X( tau, ->( 'b', 'c' ) ), 'd' )");
  });

  it('splits each trace where the fewest events fall on the wrong side', () => {
    const m = miniLog('a b c', 'a c');
    expect(splitSequence(m.log, detectSequence(m.dfg)!, m.ctx).map(m.traces)).toEqual([['a ×2'], ['b ×1', '⟨⟩ ×1'], ['c ×2']]);
  });

  it("drops events that come too early, as pm4py's cost walk does", () => {
    // Groups a | b | c on ⟨b, a, c⟩ (possible in IMf): no cut point gives group a a better cost than 0, so its
    // part is empty and a is lost; b goes to the second part, c to the third.
    const m = miniLog('b a c');
    const partition = [[m.code('a')], [m.code('b')], [m.code('c')]];
    expect(splitSequence(m.log, partition, m.ctx).map(m.traces)).toEqual([['⟨⟩ ×1'], ['b ×1'], ['c ×1']]);
  });

  it('gives an optional middle part', () => {
    expectTree(mine('im', ['a b c', 'a c']), "->( 'a', X( tau, 'b' ), 'c' )");
  });

  it("projects the DFG as pm4py's IMd does: a group starts where the previous one hands over", () => {
    const m = miniLog('a b c', 'a c');
    const parts = splitSequenceDfg(m.dfg, detectSequence(m.dfg)!, m.ctx);
    expect(parts.map((p) => Array.from(p.dfg.startCounts))).toEqual([[2], [1], [1]]);
    expect(parts.map((p) => Array.from(p.dfg.endCounts))).toEqual([[1], [1], [2]]);
    // The edge a → c jumps over b, which pm4py takes as "b is not skippable": IMd loses the skip.
    expect(parts.map((p) => p.skip)).toEqual([false, false, false]);
    expect(mine('imd', ['a b c', 'a c'])).toBe("->( 'a', 'b', 'c' )");
  });
});
