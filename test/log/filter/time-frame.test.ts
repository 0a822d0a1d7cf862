import { describe, expect, it } from 'vitest';
import type { UsageError } from '../../../src/errors.js';
import { applyFilters } from '../../../src/log/filter/apply-filters.js';
import { filterTimeFrame } from '../../../src/log/filter/time-frame.js';
import { parseFilterDate } from '../../../src/log/filter/parse-filter-date.js';
import { casesOf, DAY, idsOf, T0, tracesOf } from './cases-of.js';

// Days from 2024-01-01: case 1 runs 0–2, case 2 runs 3–6, case 3 runs 5–9, case 4 runs 10–11.
const log = casesOf(
  { id: '1', events: 'a@0 b@1 c@2' },
  { id: '2', events: 'a@3 b@4 c@6' },
  { id: '3', events: 'a@5 c@9' },
  { id: '4', events: 'a@10 b@11' },
);
const frame = { from: T0 + 3 * DAY, to: T0 + 6 * DAY };

describe('filterTimeFrame (frame: days 3 to 6, inclusive)', () => {
  it('contained: cases starting and ending in the frame', () => {
    expect(idsOf(applyFilters(log, [filterTimeFrame({ ...frame, mode: 'contained' })]).log)).toEqual(['2']);
  });
  it('intersecting: cases whose span overlaps the frame', () => {
    expect(idsOf(applyFilters(log, [filterTimeFrame({ ...frame, mode: 'intersecting' })]).log)).toEqual(['2', '3']);
  });
  it('started: cases starting in the frame', () => {
    expect(idsOf(applyFilters(log, [filterTimeFrame({ ...frame, mode: 'started' })]).log)).toEqual(['2', '3']);
  });
  it('completed: cases ending in the frame', () => {
    expect(idsOf(applyFilters(log, [filterTimeFrame({ ...frame, mode: 'completed' })]).log)).toEqual(['2']);
  });
  it('trim: events completed in the frame, from every case that has one', () => {
    const r = applyFilters(log, [filterTimeFrame({ ...frame, mode: 'trim' })]);
    expect(tracesOf(r.log)).toEqual(['2: a b c', '3: a']);
    expect(r.steps[0]).toMatchObject({ casesRemoved: 2, eventsRemoved: 10 - 4, cases: 2, events: 4 });
  });
  it('an exclusive upper bound leaves out events exactly at it', () => {
    expect(idsOf(applyFilters(log, [filterTimeFrame({ ...frame, toExclusive: true, mode: 'intersecting' })]).log)).toEqual(['2', '3']);
    expect(() => applyFilters(log, [filterTimeFrame({ ...frame, toExclusive: true, mode: 'completed' })]))
      .toThrow('no cases left after --from/--to (cases completed in 2024-01-04T00:00:00.000Z to 2024-01-07T00:00:00.000Z (exclusive)): it removed all 4 case(s) of the log');
    try {
      applyFilters(log, [filterTimeFrame({ from: T0 + 100 * DAY })]);
      expect.unreachable();
    } catch (error) {
      expect((error as UsageError).hint).toBe('the cases run from 2024-01-01T00:00:00.000Z to 2024-01-12T00:00:00.000Z; --time-mode intersecting keeps any case overlapping the frame');
    }
  });
  it('open bounds', () => {
    expect(idsOf(applyFilters(log, [filterTimeFrame({ from: T0 + 5 * DAY, mode: 'started' })]).log)).toEqual(['3', '4']);
    expect(idsOf(applyFilters(log, [filterTimeFrame({ to: T0 + 2 * DAY, mode: 'contained' })]).log)).toEqual(['1']);
  });
});

describe('parseFilterDate', () => {
  it('reads a bare day as its midnight and remembers the day end', () => {
    const d = parseFilterDate('2024-03-31', '--to');
    expect(d.ms).toBe(Date.UTC(2024, 2, 31));
    expect(d.endMs).toBe(Date.UTC(2024, 3, 1));
    expect(d.wholeDay).toBe(true);
  });
  it('reads zone-less times in --timezone and keeps explicit offsets', () => {
    expect(parseFilterDate('2024-03-31 17:00', '--from', 'Europe/Amsterdam').ms).toBe(Date.UTC(2024, 2, 31, 15));
    expect(parseFilterDate('2024-03-31T17:00:00+05:00', '--from', 'Europe/Amsterdam').ms).toBe(Date.UTC(2024, 2, 31, 12));
    expect(parseFilterDate('2024-01-15', '--to', 'America/New_York').endMs).toBe(Date.UTC(2024, 0, 16, 5));
  });
  it('rejects what is not a date', () => {
    expect(() => parseFilterDate('31/03/2024', '--from')).toThrow(/cannot read --from/);
  });
});
