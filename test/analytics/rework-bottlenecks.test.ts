import { describe, expect, it } from 'vitest';
import { computeRework } from '../../src/analytics/rework.js';
import { findBottlenecks } from '../../src/analytics/bottlenecks.js';
import { discoverDfg } from '../../src/discovery/dfg.js';
import { EventLogBuilder } from '../../src/log/builder.js';
import { readLog } from '../../src/log/read-log.js';
import { logOf } from '../helpers/log-of.js';
import { fixtureLogs } from '../helpers/pm4py-refs.js';
import { join } from 'node:path';

describe('computeRework', () => {
  it('counts repetitions, self-loops and the time rework adds', () => {
    // logOf: one minute per step, so durations are (events − 1) minutes
    const r = computeRework(logOf('a b b c', 'a b c b c', 'a b c', 'a c'));
    expect(r.casesWithRework).toBe(2);
    expect(r.share).toBe(0.5);
    expect(r.activities).toEqual([
      { activity: 'b', cases: 2, repetitions: 2, selfLoops: 1 },
      { activity: 'c', cases: 1, repetitions: 1, selfLoops: 0 },
    ]);
    expect(r.medianDurationWithSeconds).toBe(210); // 3 min and 4 min
    expect(r.medianDurationWithoutSeconds).toBe(90); // 2 min and 1 min
    expect(r.addedMedianSeconds).toBe(120);
  });
});

describe('findBottlenecks', () => {
  it('separates waiting and service time where starts exist, and ranks by total', () => {
    const b = new EventLogBuilder({ format: 'test', columns: { case: 'c', activity: 'a', timestamp: 't' } });
    const m = (x: number) => Date.UTC(2024, 0, 1) + x * 60_000;
    const c = b.caseFor('1');
    b.setResource(b.addEvent(c, 'a', m(0)), 'ann');
    const r1 = b.addEvent(c, 'b', m(30)); // waits 10 min, works 20 min
    b.setStartTimestamp(r1, m(10));
    b.setResource(r1, 'bob');
    b.setResource(b.addEvent(c, 'c', m(35)), 'bob'); // waits 5
    const r = findBottlenecks(b.build());
    expect(r.edges.map((e) => [e.from, e.to, e.totalSeconds])).toEqual([
      ['a', 'b', 600],
      ['b', 'c', 300],
    ]);
    const bAct = r.activities.find((x) => x.activity === 'b')!;
    expect(bAct.waiting.totalSeconds).toBe(600);
    expect(bAct.service!.totalSeconds).toBe(1200);
    expect(bAct.sojourn.totalSeconds).toBe(1800);
    expect(r.activities[0].activity).toBe('b');
    expect(r.handovers).toEqual([{ from: 'ann', to: 'bob', count: 1, meanSeconds: 600, medianSeconds: 600, p90Seconds: 600, totalSeconds: 600 }]);
  });

  it('edge statistics equal the DFG performance values on a real log', async () => {
    const log = await readLog(join(fixtureLogs, 'running-example.xes'), { lifecycle: 'all' });
    const dfg = discoverDfg(log, { performance: true });
    const byKey = new Map(findBottlenecks(log).edges.map((e) => [`${e.from}→${e.to}`, e]));
    expect(byKey.size).toBe(dfg.edges.length);
    for (const e of dfg.edges) {
      const b = byKey.get(`${e.from}→${e.to}`)!;
      expect([b.count, b.meanSeconds, b.medianSeconds, b.totalSeconds]).toEqual([
        e.count, e.performance!.meanSeconds, e.performance!.medianSeconds, e.performance!.totalSeconds,
      ]);
    }
  });
});
