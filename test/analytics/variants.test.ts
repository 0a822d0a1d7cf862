import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeVariants } from '../../src/analytics/variants.js';
import { readLog } from '../../src/log/read-log.js';
import { logOf } from '../helpers/log-of.js';
import {
  fixtureLogs, fixtureRefs, hasShared, PM4PY_ORDER_DIFFERS, pm4pyReadOptions, refCases, sharedLogs, sharedRefs, type Pm4pyRef,
} from '../helpers/pm4py-refs.js';

describe('computeVariants', () => {
  it('counts, shares and Pareto coverage on a hand-checked log', () => {
    // logOf spaces events one minute apart: a 3-event case lasts 120 s, a 2-event case 60 s
    const r = computeVariants(logOf('a b c', 'a c', 'a b c', 'a c', 'a b c', 'b'));
    expect(r.cases).toBe(6);
    expect(r.total).toBe(3);
    expect(r.variants.map((v) => [v.activities.join(' '), v.count])).toEqual([
      ['a b c', 3],
      ['a c', 2],
      ['b', 1],
    ]);
    expect(r.variants.map((v) => v.share)).toEqual([0.5, 2 / 6, 1 / 6]);
    expect(r.variants.map((v) => v.cumulativeShare)).toEqual([0.5, 5 / 6, 1]);
    expect(r.variants[0].meanDurationSeconds).toBe(120);
    expect(r.variants[1].medianDurationSeconds).toBe(60);
    expect(r.variants[2].medianDurationSeconds).toBe(0);
  });

  it('breaks count ties by the sequence, and cuts at top', () => {
    const r = computeVariants(logOf('b', 'a c', 'a b'), { top: 2 });
    expect(r.variants.map((v) => v.activities.join(' '))).toEqual(['a b', 'a c']);
    expect(r.total).toBe(3);
  });
});

/** pm4py's sha256 over its variants: JSON of [[activities…], count] sorted by count desc then activities. */
function pm4pySha(variants: { activities: string[]; count: number }[]): string {
  const list = variants.map((v) => [v.activities, v.count] as [string[], number]);
  list.sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
  return createHash('sha256').update(JSON.stringify(list), 'utf8').digest('hex');
}

function cmp(a: string[], b: string[]): number {
  // Python compares strings by code point, JS by UTF-16 unit: the same outside the astral planes.
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

type VariantRef = Pm4pyRef & {
  variants?: { count: number; sha256_all?: string };
  log?: { events_before_predecessor_in_file?: number; timestamp_ties_within_case?: number };
};

/**
 * pm4py's variants keep file order while procmine orders events by time; they agree where the file is in time
 * order (refs/README.md), so only those logs are compared.
 */
async function compare(name: string, file: string, ref: VariantRef): Promise<void> {
  if (!ref.variants || (ref.log?.events_before_predecessor_in_file ?? 0) > 0 || PM4PY_ORDER_DIFFERS[name]) return;
  const log = await readLog(file, pm4pyReadOptions(ref));
  // With a start-timestamp column procmine orders events by start; pm4py's variants keep the file's order.
  if (log.startTimestamps !== null) return;
  const r = computeVariants(log);
  expect(r.total).toBe(ref.variants.count);
  if (ref.variants.sha256_all) expect(pm4pySha(r.variants)).toBe(ref.variants.sha256_all);
}

describe('variants equal pm4py on the fixtures', () => {
  it.each(refCases(fixtureLogs, fixtureRefs))('%s', async (name, file, ref) => compare(name, file, ref));
});

describe.skipIf(!hasShared)('variants equal pm4py on every public log', () => {
  it.each(refCases(sharedLogs, sharedRefs))('%s', async (name, file, ref) => compare(name, file, ref), 120_000);
});
