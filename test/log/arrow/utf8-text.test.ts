/**
 * Property tier for the UTF-8 column decoder: whatever the strings (repeats, non-ASCII, empty, nulls, enough
 * distinct values to grow the hash table), decoding by interned bytes gives back every value.
 */
import fc from 'fast-check';
import { Utf8, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Text } from '../../../src/log/arrow/utf8-text.js';

function decode(values: (string | null)[]): (string | null)[] {
  const data = vectorFromArray(values, new Utf8()).data[0];
  const bitmap = data.nullBitmap;
  const valid = data.nullCount > 0 ? (i: number) => (bitmap[(data.offset + i) >> 3] & (1 << ((data.offset + i) & 7))) !== 0 : null;
  const chunk = decodeUtf8Text(data.values, data.valueOffsets, data.offset, data.length, valid);
  return Array.from(chunk.codes, (c) => (c < 0 ? null : chunk.dictionary[c]));
}

describe('decodeUtf8Text', () => {
  it('gives back every value', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.string({ unit: fc.constantFrom('a', 'b', 'é', '日', '🚀', ' '), maxLength: 4 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.integer({ min: 0, max: 5000 }).map((i) => `case-${i}`),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 3000 }), (values) => {
        expect(decode(values)).toEqual(values);
      }),
    );
  });

  it('interns each distinct value once', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => `v${i % 700}${'é'.repeat(i % 3)}`);
    const data = vectorFromArray(values, new Utf8()).data[0];
    const chunk = decodeUtf8Text(data.values, data.valueOffsets, data.offset, data.length, null);
    expect(chunk.dictionary.length).toBe(new Set(values).size);
    expect(Array.from(chunk.codes, (c) => chunk.dictionary[c])).toEqual(values);
  });
});
