import { describe, expect, it } from 'vitest';
import { findConcurrentActivity } from '../../../../src/discovery/inductive/fall-throughs/activity-concurrent.js';
import { findOncePerTraceActivity } from '../../../../src/discovery/inductive/fall-throughs/activity-once-per-trace.js';
import { discoverSubLogDfg } from '../../../../src/discovery/inductive/inductive-dfg.js';
import { findCut } from '../../../../src/discovery/inductive/cuts/index.js';
import { mine, miniLog } from '../mini-log.js';
import { expectTree } from '../expect-tree.js';

describe('activity concurrent', () => {
  // No cut: b ⇄ c and b ⇄ a form one cycle; the loop cut fails as c → a is missing. No activity occurs once in
  // every trace. Without a the log is still one cycle; without b, a and c fall apart (an exclusive choice).
  const m = miniLog('b c b', 'b a b', 'b c c');

  it('applies when no cut and no once-per-trace activity does', () => {
    expect(findCut(discoverSubLogDfg(m.ctx, m.log))).toBeNull();
    expect(findOncePerTraceActivity(m.log, m.ctx)).toBeNull();
  });

  it('picks the first activity by name whose removal leaves a cut', () => {
    expect(findConcurrentActivity(m.log, m.ctx)).toBe(m.code('b'));
    expect(findCut(discoverSubLogDfg(m.ctx, m.log, m.code('a')))).toBeNull();
    expect(findCut(discoverSubLogDfg(m.ctx, m.log, m.code('b')))?.cut.name).toBe('xor');
  });

  it('puts it in parallel with the rest', () => {
    expectTree(mine('im', ['b c b', 'b a b', 'b c c']), "+( *( 'b', tau ), X( 'a', *( 'c', tau ) ) )");
  });

  it('never applies with fewer than three activities', () => {
    const two = miniLog('a b a b');
    expect(findConcurrentActivity(two.log, two.ctx)).toBeNull();
  });
});
