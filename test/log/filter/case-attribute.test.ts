import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { applyFilters } from '../../../src/log/filter/apply-filters.js';
import { filterCaseAttribute, parseAttributeCondition } from '../../../src/log/filter/case-attribute.js';
import { casesOf, idsOf } from './cases-of.js';

const log = casesOf(
  { id: '1', events: 'a b', attributes: { channel: 'Email', amount: 100, urgent: true, due: new Date(Date.UTC(2024, 2, 31, 12)) } },
  { id: '2', events: 'a c', attributes: { channel: 'Phone', amount: 2500, urgent: false, due: new Date(Date.UTC(2024, 3, 1)) } },
  { id: '3', events: 'a b c', attributes: { channel: 'E-mail', amount: 999.5 } },
  { id: '4', events: 'b', attributes: { amount: 1000 } },
  { id: '5', events: 'a b', eventAttributes: { age: [71, undefined] }, attributes: { channel: 'Web' } },
  { id: '6', events: 'a b', eventAttributes: { age: [40, 45] } },
);

const where = (text: string) => idsOf(applyFilters(log, [filterCaseAttribute(parseAttributeCondition(text))]).log);

describe('--where', () => {
  it('parses each operator, longest first', () => {
    expect(parseAttributeCondition('amount>=1000')).toEqual({ attribute: 'amount', operator: '>=', value: '1000' });
    expect(parseAttributeCondition('case:channel!=Email')).toEqual({ attribute: 'case:channel', operator: '!=', value: 'Email' });
    expect(parseAttributeCondition('x=a=b')).toEqual({ attribute: 'x', operator: '=', value: 'a=b' });
    expect(parseAttributeCondition('x!~^E')).toEqual({ attribute: 'x', operator: '!~', value: '^E' });
    expect(() => parseAttributeCondition('channel')).toThrow(UsageError);
  });

  it('= and != on strings (missing values match only !=), with or without the case: prefix', () => {
    expect(where('channel=Email')).toEqual(['1']);
    expect(where('case:channel=Email')).toEqual(['1']);
    expect(where('channel!=Email')).toEqual(['2', '3', '4', '5', '6']);
  });

  it('~ and !~ are unanchored regular expressions', () => {
    expect(where('channel~^E')).toEqual(['1', '3']);
    expect(where('channel~mail')).toEqual(['1', '3']);
    expect(where('channel!~mail')).toEqual(['2', '4', '5', '6']);
  });

  it('numeric comparisons', () => {
    expect(where('amount>1000')).toEqual(['2']);
    expect(where('amount>=1000')).toEqual(['2', '4']);
    expect(where('amount<1000')).toEqual(['1', '3']);
    expect(where('amount<=999.5')).toEqual(['1', '3']);
    expect(where('amount=100')).toEqual(['1']);
  });

  it('dates: a bare day as an upper bound includes the day', () => {
    expect(where('due<=2024-03-31')).toEqual(['1']);
    expect(where('due>2024-03-31')).toEqual(['2']);
    expect(where('due=2024-03-31')).toEqual(['1']);
    expect(where('due>=2024-03-31T12:00:00Z')).toEqual(['1', '2']);
  });

  it('booleans', () => {
    expect(where('urgent=true')).toEqual(['1']);
    expect(where('urgent!=true')).toEqual(['2', '3', '4', '5', '6']);
  });

  it('event attributes: any event matches; != means no event has the value', () => {
    expect(where('age>70')).toEqual(['5']);
    expect(where('age=45')).toEqual(['6']);
    expect(where('age!=45')).toEqual(['1', '2', '3', '4', '5']);
  });

  it('an unknown attribute is a usage error listing the attributes', () => {
    try {
      where('chanel=Email');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toContain("'chanel'");
      expect((error as UsageError).hint).toContain('channel');
      expect((error as UsageError).hint).toContain('age');
    }
  });

  it('a numeric comparison with a non-number, or a bad regex, is a usage error', () => {
    expect(() => where('amount>lots')).toThrow(/not a number/);
    expect(() => where('channel~(')).toThrow(/regular expression/);
  });

  it('filters compose with AND', () => {
    const r = applyFilters(log, [
      filterCaseAttribute(parseAttributeCondition('channel~mail')),
      filterCaseAttribute(parseAttributeCondition('amount>500')),
    ]);
    expect(idsOf(r.log)).toEqual(['3']);
    expect(r.steps.map((s) => [s.casesRemoved, s.eventsRemoved, s.cases, s.events])).toEqual([[4, 7, 2, 5], [1, 2, 1, 3]]);
  });
});
