import { describe, expect, it } from 'vitest';
import { findOncePerTraceActivity, splitOffActivity } from '../../../../src/discovery/inductive/fall-throughs/activity-once-per-trace.js';
import { discoverSubLogDfg } from '../../../../src/discovery/inductive/inductive-dfg.js';
import { findCut } from '../../../../src/discovery/inductive/cuts/index.js';
import { mine, miniLog } from '../mini-log.js';
import { expectTree } from '../expect-tree.js';

describe('activity once per trace', () => {
  // a ⇄ b with b repeating: no cut holds (one cycle; the concurrency group {a} has no end activity).
  const m = miniLog('a b b', 'b a b');

  it('applies when no cut does', () => {
    expect(findCut(discoverSubLogDfg(m.ctx, m.log))).toBeNull();
  });

  it('finds the activity occurring exactly once in every trace', () => {
    expect(findOncePerTraceActivity(m.log, m.ctx)).toBe(m.code('a'));
    expect(findOncePerTraceActivity(miniLog('a b', 'a').log, miniLog('a b', 'a').ctx)).toBe(0);
    const none = miniLog('a a', 'b');
    expect(findOncePerTraceActivity(none.log, none.ctx)).toBeNull();
  });

  it('takes the first such activity by name', () => {
    const two = miniLog('c b', 'b c');
    expect(two.ctx.names[findOncePerTraceActivity(two.log, two.ctx)!]).toBe('b');
  });

  it('puts it in parallel with the rest', () => {
    const split = splitOffActivity(m.log, m.code('a'));
    expect(split.operator).toBe('+');
    expect(split.children.map(m.traces)).toEqual([['a ×2'], ['b b ×2']]);
    expectTree(mine('im', ['a b b', 'b a b']), "+( 'a', *( 'b', tau ) )");
  });
});
