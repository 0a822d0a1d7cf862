import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { applyFilters } from '../../../src/log/filter/apply-filters.js';
import { filterCasesWith, filterCasesWithout, filterDropActivities, filterKeepActivities } from '../../../src/log/filter/activities.js';
import { filterEndsWith, filterStartsWith } from '../../../src/log/filter/endpoints.js';
import { filterTopVariants } from '../../../src/log/filter/variants.js';
import { logOf } from '../../helpers/log-of.js';
import { idsOf, tracesOf } from './cases-of.js';

const log = logOf('a b c d', 'a c d', 'b d', 'a b b c', 'x');

describe('event filters: --keep-activities, --drop-activities', () => {
  it('keep removes other events; cases left empty go', () => {
    const r = applyFilters(log, [filterKeepActivities(['a', 'c'])]);
    expect(tracesOf(r.log)).toEqual(['1: a c', '2: a c', '4: a c']);
    expect(r.steps[0]).toMatchObject({ casesRemoved: 2, eventsRemoved: 14 - 6, cases: 3, events: 6 });
    expect(r.log.activityNames).toEqual(['a', 'c']);
  });
  it('drop removes the named events', () => {
    const r = applyFilters(log, [filterDropActivities(['b', 'x'])]);
    expect(tracesOf(r.log)).toEqual(['1: a c d', '2: a c d', '3: d', '4: a c']);
    expect(r.steps[0]).toMatchObject({ casesRemoved: 1, eventsRemoved: 5 });
  });
});

describe('case filters: --cases-with, --cases-without', () => {
  it('with keeps whole cases containing any of the activities', () => {
    expect(idsOf(applyFilters(log, [filterCasesWith(['b'])]).log)).toEqual(['1', '3', '4']);
    expect(idsOf(applyFilters(log, [filterCasesWith(['x', 'd'])]).log)).toEqual(['1', '2', '3', '5']);
    expect(tracesOf(applyFilters(log, [filterCasesWith(['b'])]).log)[0]).toBe('1: a b c d');
  });
  it('without keeps cases containing none of them; repeated flags are AND', () => {
    expect(idsOf(applyFilters(log, [filterCasesWithout(['b'])]).log)).toEqual(['2', '5']);
    expect(idsOf(applyFilters(log, [filterCasesWith(['a']), filterCasesWith(['b'])]).log)).toEqual(['1', '4']);
  });
});

describe('endpoints: --starts-with, --ends-with', () => {
  it('look at the first and last event', () => {
    expect(idsOf(applyFilters(log, [filterStartsWith(['a'])]).log)).toEqual(['1', '2', '4']);
    expect(idsOf(applyFilters(log, [filterEndsWith(['d', 'x'])]).log)).toEqual(['1', '2', '3', '5']);
  });
});

describe('unknown activities', () => {
  it('are usage errors with a suggestion', () => {
    try {
      applyFilters(log, [filterKeepActivities(['A', 'c'])]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toBe("--keep-activities: the log has no activity 'A'");
      expect((error as UsageError).hint).toContain("'a'");
    }
  });
  it('are checked against the log as read, so earlier filters do not make later names unknown', () => {
    const r = applyFilters(log, [filterCasesWithout(['x']), filterDropActivities(['x'])]);
    expect(r.steps[1].eventsRemoved).toBe(0);
  });
});

describe('composition order', () => {
  // top-variants then keep-activities ≠ keep-activities then top-variants
  const order = logOf('a b', 'a b', 'a c', 'a c', 'a c', 'a d', 'a d', 'a d', 'a d');
  it('top-variants first picks among the full variants', () => {
    const r = applyFilters(order, [filterTopVariants(1), filterKeepActivities(['a', 'b'])]);
    expect(idsOf(r.log)).toEqual(['6', '7', '8', '9']);
    expect(tracesOf(r.log)).toEqual(['6: a', '7: a', '8: a', '9: a']);
  });
  it('keep-activities first merges variants before ranking them', () => {
    const r = applyFilters(order, [filterKeepActivities(['a', 'b']), filterTopVariants(1)]);
    // after projection: 'a b' ×2 and 'a' ×7: the top variant is 'a'
    expect(idsOf(r.log)).toEqual(['3', '4', '5', '6', '7', '8', '9']);
    expect(r.steps.map((s) => s.casesRemoved)).toEqual([0, 2]);
  });
});
