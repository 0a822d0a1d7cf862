import { describe, expect, it } from 'vitest';
import { computeVariantShift } from '../../../src/analytics/compare/variant-shift.js';
import { computeMapDifference } from '../../../src/analytics/compare/map-difference.js';
import { logOf } from '../../helpers/log-of.js';
import { casesOf } from '../../log/filter/cases-of.js';

describe('computeVariantShift', () => {
  // A: a b c ×2, a c ×1, x ×1 (4 cases); B: a b c ×1, a c ×3, a d ×1 (5 cases)
  const a = logOf('a b c', 'a b c', 'a c', 'x');
  const b = logOf('a b c', 'a c', 'a c', 'a c', 'a d');
  const s = computeVariantShift(a, b);
  it('counts variants only in one group and the cases they cover', () => {
    expect(s).toMatchObject({ variantsA: 3, variantsB: 3, shared: 2 });
    expect(s.onlyA).toEqual({ variants: 1, cases: 1, share: 0.25, top: [{ activities: ['x'], count: 1, share: 0.25 }] });
    expect(s.onlyB).toEqual({ variants: 1, cases: 1, share: 0.2, top: [{ activities: ['a', 'd'], count: 1, share: 0.2 }] });
  });
  it('lists shared variants by the size of their share change', () => {
    // a c: 1/4 → 3/5 (+0.35); a b c: 2/4 → 1/5 (−0.3)
    expect(s.changed.map((v) => [v.activities.join(' '), v.countA, v.countB])).toEqual([['a c', 1, 3], ['a b c', 2, 1]]);
    expect(s.changed[0].change).toBeCloseTo(0.35, 12);
    expect(s.changed[1].change).toBeCloseTo(-0.3, 12);
  });
});

describe('computeMapDifference', () => {
  // A: a→b waits 1 day in both cases; B: a→b waits 3 days in its one case, and a new edge b→c
  const a = casesOf({ id: '1', events: 'a@0 b@1' }, { id: '2', events: 'a@0 b@1' });
  const b = casesOf({ id: '1', events: 'a@0 b@3 c@3.5' });
  const d = computeMapDifference(a, b);
  it('activities per case', () => {
    expect(d.activities.map((x) => [x.name, x.perCaseA, x.perCaseB])).toEqual([['c', 0, 1], ['a', 1, 1], ['b', 1, 1]]);
  });
  it('edges ranked by waiting per case added', () => {
    expect(d.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['a>b', 'b>c']);
    const ab = d.edges[0];
    expect(ab).toMatchObject({ countA: 2, countB: 1, perCaseA: 1, perCaseB: 1, medianWaitA: 86400, medianWaitB: 3 * 86400 });
    expect(ab.waitPerCaseChange).toBe(2 * 86400);
    const bc = d.edges[1];
    expect(bc).toMatchObject({ countA: 0, countB: 1, perCaseA: 0, waitPerCaseChange: 0.5 * 86400 });
    expect(bc.medianWaitA).toBeNaN();
  });
});
