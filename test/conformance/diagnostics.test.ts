import { describe, expect, it } from 'vitest';
import { alignLog } from '../../src/conformance/alignments/align-log.js';
import { describeDeviation, diagnoseAlignments } from '../../src/conformance/diagnostics.js';
import { logOf } from '../helpers/log-of.js';
import { SEQUENCE } from './helpers/nets.js';

describe('diagnoseAlignments', () => {
  const result = alignLog(logOf('a c', 'a b c', 'a c', 'a x b c'), SEQUENCE());
  const d = diagnoseAlignments(result);

  it('counts skipped and inserted activities over cases', () => {
    expect(d.deviations).toEqual([
      { activity: 'b', kind: 'skipped', count: 2, cases: 2, share: 0.5 },
      { activity: 'x', kind: 'inserted', count: 1, cases: 1, share: 0.25 },
    ]);
  });

  it('says it in words', () => {
    expect(d.deviations.map(describeDeviation)).toEqual(["'b' skipped in 50.0% of cases", "'x' inserted in 25.0% of cases"]);
  });

  it('lists the worst variants first', () => {
    expect(d.worstVariants.map((v) => [v.activities.join(' '), v.count, v.deviations])).toEqual([
      ['a c', 2, [{ activity: 'b', kind: 'skipped', count: 1 }]],
      ['a x b c', 1, [{ activity: 'x', kind: 'inserted', count: 1 }]],
      ['a b c', 1, []],
    ]);
  });
});
