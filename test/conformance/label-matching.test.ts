import { describe, expect, it } from 'vitest';
import { matchLabels } from '../../src/conformance/label-matching.js';

describe('matchLabels', () => {
  it('matches exactly by default and reports both sides', () => {
    const m = matchLabels(['a', 'B', 'x'], ['a', 'b', 'c']);
    expect(Array.from(m.activityToLabel)).toEqual([0, -1, -1]);
    expect(m.logOnly).toEqual(['B', 'x']);
    expect(m.modelOnly).toEqual(['b', 'c']);
  });

  it('ignores case when asked', () => {
    const m = matchLabels(['A', 'b'], ['a', 'B', 'c'], { mode: 'ignore-case' });
    expect(Array.from(m.activityToLabel)).toEqual([0, 1]);
    expect(m.modelOnly).toEqual(['c']);
  });

  it('renames log activities first', () => {
    const m = matchLabels(['Check credit', 'pay'], ['check_credit', 'pay'], { rename: new Map([['Check credit', 'check_credit']]) });
    expect(Array.from(m.activityToLabel)).toEqual([0, 1]);
    expect(m.logOnly).toEqual([]);
  });
});
