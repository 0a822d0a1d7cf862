import { describe, expect, it } from 'vitest';
import { discoverInductive, discoverInductiveFromDfg } from '../../../src/discovery/inductive/index.js';
import { countDirectlyFollows } from '../../../src/log/directly-follows.js';
import { formatTree } from '../../../src/model/process-tree.js';
import { logOf } from '../../helpers/log-of.js';
import { mine } from './mini-log.js';
import { expectTree } from './expect-tree.js';

const runningExample = [
  'register check examine-casually decide reject',
  'register examine-thoroughly check decide pay',
  'register examine-casually check decide reinitiate check examine-casually decide pay',
  'register check examine-casually decide reinitiate examine-thoroughly check decide reinitiate examine-casually check decide reject',
  'register examine-casually check decide pay',
  'register check examine-thoroughly decide reject',
];

describe('IMd', () => {
  it("finds the running example's model from the DFG alone", () => {
    const expected = "->( 'register', *( ->( +( 'check', X( 'examine-casually', 'examine-thoroughly' ) ), 'decide' ), 'reinitiate' ), X( 'reject', 'pay' ) )";
    expectTree(mine('imd', runningExample), expected);
    expectTree(mine('im', runningExample), expected);
  });

  it('works from counted directly-follows pairs, without the log', () => {
    const log = logOf(...runningExample);
    const tree = discoverInductiveFromDfg(countDirectlyFollows(log), log.activityNames);
    expect(formatTree(tree)).toBe(formatTree(discoverInductive(log, { variant: 'imd' })));
  });

  it("keeps pm4py's IMd blind spot: a skippable single activity is not made optional", () => {
    // The DFG of ⟨a b c⟩, ⟨a c⟩ cannot tell that b is skipped (pm4py clears the flag on a → c).
    expect(mine('imd', ['a b c', 'a c'])).toBe("->( 'a', 'b', 'c' )");
    expectTree(mine('im', ['a b c', 'a c']), "->( 'a', X( tau, 'b' ), 'c' )");
  });

  it('handles a loop with several redo parts, where pm4py 2.7.14 fails', () => {
    // pm4py's IMd loop projection keeps skip flags for two parts only and raises an IndexError on a third;
    // we project every redo part like the first (it starts and ends anywhere, not skippable).
    expectTree(mine('imd', ['a', 'a b a', 'a c a']), "*( 'a', 'b', 'c' )");
  });

  it('rejects an unknown variant', () => {
    expect(() => discoverInductive(logOf('a'), { variant: 'alpha' as 'im' })).toThrow(/unknown inductive miner variant/);
  });
});
