/**
 * Unit and property tier for the int64 ↔ epoch-ms conversions: the int32-pair path (Arrow) and the BigInt path
 * (Parquet) agree on every value, sub-millisecond digits survive, and the writer's µs split inverts the reader's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bigintToMs,
  epochNumberToMs,
  epochUnitOf,
  int64PairToMs,
  msToMicros,
  setInt64Pair,
  type EpochUnit,
} from '../../../src/log/table/epoch-time.js';

const PER_MS: Record<EpochUnit, bigint> = { s: 1n, ms: 1n, us: 1000n, ns: 1_000_000n };

function pairOf(value: bigint): [number, number] {
  const pairs = new Int32Array(new BigInt64Array([value]).buffer);
  return [pairs[0], pairs[1]];
}

describe('epoch time', () => {
  it('reads int64 pairs exactly as BigInt arithmetic does, in every unit', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n }), fc.constantFrom<EpochUnit>('ms', 'us', 'ns'), (value, unit) => {
        const [lo, hi] = pairOf(value);
        expect(int64PairToMs(lo, hi, unit)).toBe(bigintToMs(value, PER_MS[unit]));
      }),
    );
  });

  it('keeps microseconds: µs → ms → µs is the identity for instants of this era', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 5e15 }), (micros) => {
        const [lo, hi] = pairOf(BigInt(micros));
        expect(msToMicros(int64PairToMs(lo, hi, 'us'))).toBe(micros);
      }),
    );
  });

  it('writes and reads back int64 pairs', () => {
    fc.assert(
      fc.property(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (v) => {
        const pairs = new Int32Array(2);
        setInt64Pair(pairs, 0, v);
        expect(new BigInt64Array(pairs.buffer)[0]).toBe(BigInt(v));
        expect(int64PairToMs(pairs[0], pairs[1], 'ms')).toBe(v);
      }),
    );
  });

  it('converts known values', () => {
    expect(int64PairToMs(...pairOf(1_700_000_000n), 's')).toBe(1_700_000_000_000);
    expect(int64PairToMs(...pairOf(-1n), 'us')).toBe(-0.001);
    expect(int64PairToMs(...pairOf(1_700_000_000_123_456_789n), 'ns')).toBe(1_700_000_000_123 + 0.456789);
    expect(bigintToMs(-1_500_000n, 1_000_000n)).toBe(-1.5);
    expect(msToMicros(1_700_000_000_123.456)).toBe(1_700_000_000_123_456);
  });

  it('tells epoch units apart by magnitude', () => {
    expect(epochUnitOf(1_700_000_000)).toBe('s');
    expect(epochUnitOf(1_700_000_000_000)).toBe('ms');
    expect(epochUnitOf(1_700_000_000_000_000)).toBe('us');
    expect(epochUnitOf(1.7e18)).toBe('ns');
    expect(epochNumberToMs(1_700_000_000.5, 's')).toBe(1_700_000_000_500);
    expect(epochNumberToMs(1_700_000_000_000_123, 'us')).toBe(1_700_000_000_000.123);
  });
});
