import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/log/filter/apply-filters.js';
import { filterTopVariants, filterVariantCoverage } from '../../../src/log/filter/variants.js';
import { readLog } from '../../../src/log/read-log.js';
import { computeVariantLog } from '../../../src/log/variant-log.js';
import { logOf } from '../../helpers/log-of.js';
import { fixtureLogs, fixtureRefs, pm4pyReadOptions, type Pm4pyRef } from '../../helpers/pm4py-refs.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { idsOf } from './cases-of.js';

// Variants: a b c ×4 (cases 1,2,3,4), a c ×3 (5,6,7), a b ×2 (8,9), b ×2 (10,11), c ×1 (12)
const log = logOf('a b c', 'a b c', 'a b c', 'a b c', 'a c', 'a c', 'a c', 'a b', 'a b', 'b', 'b', 'c');

describe('--top-variants', () => {
  it('keeps the cases of the N most frequent variants; ties ordered by the activity sequence', () => {
    expect(idsOf(applyFilters(log, [filterTopVariants(1)]).log)).toEqual(['1', '2', '3', '4']);
    // a b and b tie at 2 cases: 'a b' sorts before 'b'
    const r = applyFilters(log, [filterTopVariants(3)]);
    expect(idsOf(r.log)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(r.steps[0]).toMatchObject({ name: '--top-variants', casesRemoved: 3, eventsRemoved: 3 });
    expect(applyFilters(log, [filterTopVariants(50)]).steps[0].casesRemoved).toBe(0);
  });
});

describe('--variant-coverage', () => {
  it('keeps variants until the share is covered, plus any as frequent as the last kept', () => {
    // 4/12 = 0.33, 7/12 = 0.58, 9/12 = 0.75 (a b), then b ties with a b at 2: kept too (11/12)
    expect(idsOf(applyFilters(log, [filterVariantCoverage(0.7)]).log)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(idsOf(applyFilters(log, [filterVariantCoverage(0.5)]).log)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(idsOf(applyFilters(log, [filterVariantCoverage(0.3)]).log)).toEqual(['1', '2', '3', '4']);
    expect(applyFilters(log, [filterVariantCoverage(1)]).steps[0].casesRemoved).toBe(0);
  });
});

/** pm4py's filter_variants_by_percentage on a list of variant counts: how many cases it keeps. */
function pm4pyCoverageCases(counts: number[], share: number): number {
  const sorted = [...counts].sort((a, b) => b - a);
  const total = sorted.reduce((s, c) => s + c, 0);
  let kept = 0;
  let stopBelow = -1;
  for (const c of sorted) {
    if (c < stopBelow) break;
    kept += c;
    if (kept / total >= share && stopBelow < 0) stopBelow = c;
  }
  return kept;
}

describe.each(['08_receipt.xes.gz', 'Sepsis Cases - Event Log.xes.gz'])('same cases as pm4py on %s', (name) => {
  const ref = JSON.parse(readFileSync(join(fixtureRefs, `${name}.json`), 'utf8')) as Pm4pyRef;
  const counts = ref.variants!.variants.map((v) => v.count);
  let read: ReturnType<typeof readLog> | undefined;
  const load = () => (read ??= readLog(join(fixtureLogs, name), pm4pyReadOptions(ref)));

  it('reads the same variant counts (precondition)', async () => {
    const full = await load();
    expect(Array.from(computeVariantLog(full).counts).sort((a, b) => b - a)).toEqual([...counts].sort((a, b) => b - a));
  });

  it.each([1, 5, 10, 25])('top %i variants', async (k) => {
    const full = await load();
    const expected = [...counts].sort((a, b) => b - a).slice(0, k).reduce((s, c) => s + c, 0);
    expect(applyFilters(full, [filterTopVariants(k)]).log.caseIds.length).toBe(expected);
  });

  it.each([0.5, 0.8, 0.9])('variant coverage %f', async (share) => {
    const full = await load();
    expect(applyFilters(full, [filterVariantCoverage(share)]).log.caseIds.length).toBe(pm4pyCoverageCases(counts, share));
  });
});
