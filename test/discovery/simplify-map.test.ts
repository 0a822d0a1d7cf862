import { describe, expect, it } from 'vitest';
import { discoverSimplifiedMap } from '../../src/discovery/simplify-map.js';
import { logOf } from '../helpers/log-of.js';

describe('discoverSimplifiedMap', () => {
  // a: 6, b: 5, c: 3, x: 1
  const log = logOf('a b c', 'a b c', 'a c b', 'a b', 'a x b', 'a c');

  it('keeps the most frequent activities and reconnects the remaining events', () => {
    const { dfg, hidden } = discoverSimplifiedMap(log, { activities: 0.75 });
    expect(dfg.activities.map((a) => a.name)).toEqual(['a', 'b', 'c']);
    expect(hidden.activities).toBe(1);
    // 'a x b' becomes 'a b'
    expect(dfg.edges.find((e) => e.from === 'a' && e.to === 'b')!.count).toBe(4);
  });

  it('keeps every activity connected however few paths are asked for', () => {
    const { dfg, hidden } = discoverSimplifiedMap(log, { paths: 0 });
    for (const a of dfg.activities) {
      const hasIn = dfg.edges.some((e) => e.to === a.name) || a.name in dfg.startActivities;
      const hasOut = dfg.edges.some((e) => e.from === a.name) || a.name in dfg.endActivities;
      expect(hasIn && hasOut, a.name).toBe(true);
    }
    expect(hidden.edges).toBeGreaterThan(0);
  });

  it('keeps all paths at 100%', () => {
    const full = discoverSimplifiedMap(log, {});
    expect(discoverSimplifiedMap(log, { paths: 1 }).dfg.edges).toEqual(full.dfg.edges);
    expect(full.hidden).toEqual({ activities: 0, edges: 0 });
  });

  it('adds the strongest edges up to the share asked for', () => {
    const all = discoverSimplifiedMap(log, {}).dfg.edges.length;
    const half = discoverSimplifiedMap(log, { paths: 0.5 }).dfg.edges;
    expect(half.length).toBeGreaterThanOrEqual(Math.ceil(all / 2));
    expect(half[0]).toEqual(discoverSimplifiedMap(log, {}).dfg.edges[0]);
  });
});
