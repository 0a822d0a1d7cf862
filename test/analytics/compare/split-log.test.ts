import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { parseSplitBy, splitAtInstant, splitByAttribute } from '../../../src/analytics/compare/split-log.js';
import { casesOf, DAY, T0 } from '../../log/filter/cases-of.js';

const log = casesOf(
  { id: '1', events: 'a@0 b@1', attributes: { region: 'north' } },
  { id: '2', events: 'a@2 b@4', attributes: { region: 'south' } },
  { id: '3', events: 'a@5 b@6', attributes: { region: 'north' } },
  { id: '4', events: 'a@7 c@9' },
  { id: '5', events: 'a@8 b@9', eventAttributes: { age: [undefined, 70] }, attributes: { region: 'north' } },
);

describe('splitByAttribute', () => {
  it('every value, largest group first, missing values as a group', () => {
    const groups = splitByAttribute(log, 'region');
    expect(groups.map((g) => [g.name, [...g.log.caseIds]])).toEqual([
      ['north', ['1', '3', '5']],
      ['(missing)', ['4']],
      ['south', ['2']],
    ]);
  });
  it('named values in the order given (the first is the baseline)', () => {
    expect(splitByAttribute(log, 'case:region', { values: ['south', 'north'] }).map((g) => g.name)).toEqual(['south', 'north']);
  });
  it('an event attribute takes the first value in the case', () => {
    expect(splitByAttribute(log, 'age').map((g) => [g.name, g.log.caseIds.length])).toEqual([['(missing)', 4], ['70', 1]]);
  });
  it('errors name the values', () => {
    expect(() => splitByAttribute(log, 'region', { values: ['west', 'north'] })).toThrow(UsageError);
    expect(() => splitByAttribute(log, 'region', { values: ['north'] })).toThrow(/only one group/);
    expect(() => splitByAttribute(log, 'colour')).toThrow(/no attribute 'colour'/);
  });
  it('parses ATTR=V1,V2 with \\, for a comma', () => {
    expect(parseSplitBy('region')).toEqual({ attribute: 'region' });
    expect(parseSplitBy('region=a,b\\,c')).toEqual({ attribute: 'region', values: ['a', 'b,c'] });
  });
});

describe('splitAtInstant', () => {
  it('cases started before against those started on or after', () => {
    const [before, after] = splitAtInstant(log, T0 + 5 * DAY);
    expect(before.name).toBe('before 2024-01-06');
    expect(after.name).toBe('from 2024-01-06');
    expect([...before.log.caseIds]).toEqual(['1', '2']);
    expect([...after.log.caseIds]).toEqual(['3', '4', '5']);
  });
  it('an empty side is a usage error', () => {
    expect(() => splitAtInstant(log, T0 - DAY)).toThrow(/no case started before/);
  });
});
