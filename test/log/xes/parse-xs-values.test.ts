/**
 * Unit and property tier for the byte-level value parsers: xs:dateTime (zones, fractions, calendar checks) against
 * hand-computed instants, ints and floats against Number() (the fast path must round exactly as it does),
 * booleans, and classifier keys with quotes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClassifierKeys, parseClassifierKeys } from '../../../src/log/xes/classifier-keys.js';
import { escapeXmlAttribute } from '../../../src/log/xes/escape-xml-attribute.js';
import { decodeAttributeValue } from '../../../src/log/xes/decode-attribute-value.js';
import { dateScan, parseXsDateTime } from '../../../src/log/xes/parse-xs-date-time.js';
import { numberScan, parseXsBoolean, parseXsFloat, parseXsInt } from '../../../src/log/xes/parse-xs-number.js';

const bytes = (s: string): Buffer => Buffer.from(s, 'utf8');
const date = (s: string): [number, boolean] => {
  const b = bytes(s);
  const ms = parseXsDateTime(b, 0, b.length);
  return [ms, dateScan.hasZone];
};
const float = (s: string): [number, boolean] => {
  const b = bytes(s);
  const v = parseXsFloat(b, 0, b.length);
  return [v, numberScan.ok];
};
const int = (s: string): [number, boolean] => {
  const b = bytes(s);
  const v = parseXsInt(b, 0, b.length);
  return [v, numberScan.ok];
};

describe('parseXsDateTime', () => {
  it.each([
    ['2011-10-01T00:38:44.546+02:00', Date.UTC(2011, 8, 30, 22, 38, 44, 546), true],
    ['2011-10-01T00:38:44.546-02:30', Date.UTC(2011, 9, 1, 3, 8, 44, 546), true],
    ['2011-10-01T00:38:44Z', Date.UTC(2011, 9, 1, 0, 38, 44), true],
    ['2011-10-01t00:38:44z', Date.UTC(2011, 9, 1, 0, 38, 44), true],
    ['2011-10-01T00:38:44', Date.UTC(2011, 9, 1, 0, 38, 44), false],
    ['2011-10-01 00:38', Date.UTC(2011, 9, 1, 0, 38), false],
    ['2011-10-01', Date.UTC(2011, 9, 1), false],
    ['2011-10-01T00:38:44+0530', Date.UTC(2011, 8, 30, 19, 8, 44), true],
    ['2011-10-01T00:38:44+05', Date.UTC(2011, 8, 30, 19, 38, 44), true],
    ['2011-10-01T00:38:44.5Z', Date.UTC(2011, 9, 1, 0, 38, 44, 500), true],
    ['2011-10-01T00:38:44,25Z', Date.UTC(2011, 9, 1, 0, 38, 44, 250), true],
    ['  2011-10-01T00:38:44Z  ', Date.UTC(2011, 9, 1, 0, 38, 44), true],
    ['2011-12-31T24:00:00Z', Date.UTC(2012, 0, 1), true],
    ['2024-02-29T12:00:00Z', Date.UTC(2024, 1, 29, 12), true],
    ['1900-01-01T00:00:00Z', Date.UTC(1900, 0, 1), true],
  ])('%s', (text, expected, zone) => {
    expect(date(text)).toEqual([expected, zone]);
  });

  it('keeps digits below the millisecond as a fraction', () => {
    expect(date('2011-10-01T00:00:00.123456789Z')[0] - Date.UTC(2011, 9, 1)).toBeCloseTo(123.456789, 5);
  });

  it.each([
    '2002-0530T09:30:10Z', '2023-02-29T00:00:00Z', '2011-13-01T00:00:00Z', '2011-10-32T00:00:00Z', '2011-10-01T25:00:00Z',
    '2011-10-01T24:00:01Z', '2011-10-01T00:60:00Z', '2011-10-01T00:00:60Z', '2011-10-01T00:00:00.Z', '2011-10-01T00:00:00+2',
    '2011-10-01T00:00:00+24:00', '2011-10-01X00:00:00', '2011-10-01T00:00:00 junk', '11-10-01', '', '?',
  ])('refuses %s', (text) => {
    expect(date(text)[0]).toBeNaN();
  });

  it('agrees with Date for random instants written with random offsets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (ms, offsetMinutes) => {
          const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(date(local + zone)[0]).toBe(ms);
        },
      ),
    );
  });
});

describe('parseXsInt / parseXsFloat / parseXsBoolean', () => {
  it.each([
    ['0', 0], ['-12', -12], ['+7', 7], [' 42 ', 42], ['9007199254740993', 9007199254740992],
  ])('int %s', (text, value) => expect(int(text)).toEqual([value, true]));

  it.each(['0.0', '1e3', '', '-', '12a', '0x10', '1_000'])('refuses int %s', (text) => expect(int(text)[1]).toBe(false));

  it.each([
    ['1.0', 1], ['-0.0025', -0.0025], ['1.5e3', 1500], ['1E-7', 1e-7], ['.5', 0.5], ['5.', 5], ['+3.25', 3.25],
    ['INF', Infinity], ['-INF', -Infinity], ['Infinity', Infinity], ['inf', Infinity], ['1e400', Infinity],
    ['0.1', 0.1], ['123456789012345678901234567890', 1.2345678901234568e29], ['4.35', 4.35], ['1.7976931348623157e308', 1.7976931348623157e308],
  ])('float %s', (text, value) => expect(float(text)).toEqual([value, true]));

  it('reads NaN as a valid float (a missing number)', () => expect(float('NaN')).toEqual([NaN, true]));

  it.each(['1.0.0', 'yes', '', '.', 'e5', '1e', '1e+', '--1', '1,5', '0x1p3'])('refuses float %s', (text) => expect(float(text)[1]).toBe(false));

  it('rounds exactly like Number() on random decimal texts and on shortest double texts', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(digits, fc.option(digits, { nil: undefined }), fc.option(fc.integer({ min: -330, max: 330 }), { nil: undefined }), fc.boolean(), (whole, fraction, exponent, negative) => {
        const text = `${negative ? '-' : ''}${whole}${fraction !== undefined ? '.' + fraction : ''}${exponent !== undefined ? 'e' + exponent : ''}`;
        expect(float(text)).toEqual([Number(text), true]);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        expect(float(String(x))[0]).toBe(Number(String(x)));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['true', 1], ['FALSE', 0], ['True', 1], ['1', 1], ['0', 0], [' false ', 0], ['yes', -1], ['', -1], ['t', -1],
  ])('boolean %s', (text, value) => {
    const b = bytes(text);
    expect(parseXsBoolean(b, 0, b.length)).toBe(value);
  });
});

describe('classifier keys', () => {
  it('splits on spaces and keeps quoted keys whole', () => {
    expect(parseClassifierKeys("concept:name 'my key'  lifecycle:transition")).toEqual(['concept:name', 'my key', 'lifecycle:transition']);
    expect(parseClassifierKeys(' ')).toEqual([]);
    expect(formatClassifierKeys(['concept:name', 'my key'])).toBe("concept:name 'my key'");
  });
});

describe('escaping and decoding attribute values', () => {
  it('escapes what XML needs and decodes it back, including normalized whitespace', () => {
    expect(escapeXmlAttribute('a&b<c>"d\'\t\n\r')).toBe('a&amp;b&lt;c&gt;&quot;d\'&#9;&#10;&#13;');
    expect(decodeAttributeValue('a&amp;b&lt;c&gt;&quot;d&apos;&#9;&#10;&#x263a;')).toBe('a&b<c>"d\'\t\n☺');
    expect(decodeAttributeValue('raw\ttab\r\nand\nnewline')).toBe('raw tab and newline');
  });

  it('round-trips any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(decodeAttributeValue(escapeXmlAttribute(s))).toBe(s);
      }),
    );
  });
});
