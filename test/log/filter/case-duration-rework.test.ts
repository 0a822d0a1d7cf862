import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../../src/log/filter/apply-filters.js';
import { filterCaseDuration } from '../../../src/log/filter/case-duration.js';
import { filterRework } from '../../../src/log/filter/rework.js';
import { applyMasks } from '../../../src/log/filter/apply-masks.js';
import { columnValue } from '../../../src/log/event-log.js';
import { casesOf, idsOf, tracesOf } from './cases-of.js';

// Durations: case 1 lasts 2 days, case 2 1 day, case 3 10 days, case 4 0 s (one event).
const log = casesOf(
  { id: '1', events: 'a@0 b@1 a@2', attributes: { region: 'north' } },
  { id: '2', events: 'a@3 c@4', attributes: { region: 'south' } },
  { id: '3', events: 'a@0 b@5 b@6 c@10', attributes: { region: 'north' } },
  { id: '4', events: 'c@7', attributes: { region: 'east' } },
);

describe('--min-duration / --max-duration', () => {
  it('bounds are inclusive', () => {
    expect(idsOf(applyFilters(log, [filterCaseDuration({ minSeconds: 86400 })]).log)).toEqual(['1', '3', '2']);
    expect(idsOf(applyFilters(log, [filterCaseDuration({ maxSeconds: 2 * 86400 })]).log)).toEqual(['1', '2', '4']);
    const r = applyFilters(log, [filterCaseDuration({ minSeconds: 86400, maxSeconds: 2 * 86400 })]);
    expect(idsOf(r.log)).toEqual(['1', '2']);
    expect(r.steps[0].description).toBe('cases lasting at least 1d and at most 2d');
  });
});

describe('--with-rework / --without-rework', () => {
  it('any activity repeating', () => {
    expect(idsOf(applyFilters(log, [filterRework({ present: true })]).log)).toEqual(['1', '3']);
    expect(idsOf(applyFilters(log, [filterRework({ present: false })]).log)).toEqual(['2', '4']);
  });
  it('one activity repeating', () => {
    expect(idsOf(applyFilters(log, [filterRework({ present: true, activity: 'b' })]).log)).toEqual(['3']);
    expect(idsOf(applyFilters(log, [filterRework({ present: false, activity: 'b' })]).log)).toEqual(['1', '2', '4']);
  });
});

describe('applyMasks', () => {
  it('carries case and event columns along and keeps the log when nothing is removed', () => {
    const kept = applyMasks(log, { cases: Uint8Array.from([0, 1, 1, 0]), events: Uint8Array.from(log.activities, (_, e) => (e % 2 === 0 ? 1 : 0)) });
    const region = kept.caseAttributes.get('region')!;
    expect(kept.caseIds.map((_, c) => columnValue(region, c))).toEqual(kept.caseIds.map((id) => (id === '2' ? 'south' : 'north')));
    expect(tracesOf(kept).length).toBe(kept.caseIds.length);
    expect(kept.timestamps.length).toBe(kept.activities.length);
    expect(applyMasks(log, { cases: new Uint8Array(4).fill(1) })).toBe(log);
  });
});
