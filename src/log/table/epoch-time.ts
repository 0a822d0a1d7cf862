/**
 * Exact conversions between 64-bit epoch integers (seconds, ms, µs, ns) and the log's epoch milliseconds,
 * which keep sub-millisecond precision as a fraction (`whole + remainder / perMs`, the same split that
 * `formatIsoUtc` undoes). Int64 values are handled as little-endian (lo, hi) int32 pairs to avoid a BigInt per row.
 */

export type EpochUnit = 's' | 'ms' | 'us' | 'ns';

const TWO_32 = 4294967296;

/**
 * Epoch ms from an int64 given as its low (unsigned) and high (signed) 32-bit halves. For µs and ns,
 * 2^32 = q·d + r is used so that every intermediate stays below 2^53 and the split into whole ms and
 * remainder is exact.
 */
export function int64PairToMs(lo: number, hi: number, unit: EpochUnit): number {
  const low = lo >>> 0;
  switch (unit) {
    case 's':
      return (hi * TWO_32 + low) * 1000;
    case 'ms':
      return hi * TWO_32 + low;
    case 'us': {
      // 2^32 = 4294967 · 1000 + 296
      const t = hi * 296 + low;
      const q = Math.floor(t / 1000);
      return splitToMs(hi * 4294967 + q, t - q * 1000, 1000);
    }
    case 'ns': {
      // 2^32 = 4294 · 1e6 + 967296
      const t = hi * 967296 + low;
      const q = Math.floor(t / 1e6);
      return splitToMs(hi * 4294 + q, t - q * 1e6, 1e6);
    }
  }
}

/**
 * `whole` ms plus `rest` (0 ≤ rest < perMs) units, rounded once. Before 1970 the remainder is taken towards zero
 * (-1 µs is 0 − 0.001 ms, not −1 + 0.999 ms), as BigInt division does, so both paths give the same number.
 */
function splitToMs(whole: number, rest: number, perMs: number): number {
  if (whole < 0 && rest > 0) return whole + 1 + (rest - perMs) / perMs;
  return whole + rest / perMs;
}

/** Epoch ms from a BigInt count of `perMs` units per millisecond (1n, 1000n, 1000000n). */
export function bigintToMs(value: bigint, perMs: bigint): number {
  if (perMs === 1n) return Number(value);
  // BigInt division truncates towards zero, so `rest` has the sign of `value`.
  return Number(value / perMs) + Number(value % perMs) / Number(perMs);
}

/** Integer microseconds for epoch ms, splitting off whole milliseconds first so that no precision is lost. */
export function msToMicros(ms: number): number {
  const whole = Math.floor(ms);
  return whole * 1000 + Math.round((ms - whole) * 1000);
}

/** Whether any value has a sub-millisecond fraction (then writers store microseconds). */
export function hasSubMillisecond(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v && v !== Math.floor(v)) return true;
  }
  return false;
}

/** Writes an integral double (|v| < 2^53) as an int64 into `pairs` at position `i`. */
export function setInt64Pair(pairs: Int32Array, i: number, value: number): void {
  const hi = Math.floor(value / TWO_32);
  pairs[2 * i] = (value - hi * TWO_32) | 0;
  pairs[2 * i + 1] = hi;
}

/**
 * The unit of plain epoch numbers, judged by magnitude: below 1e11 they are seconds (1e11 s is the year
 * 5138), below 1e14 milliseconds, below 1e17 microseconds, else nanoseconds.
 */
export function epochUnitOf(maxAbs: number): EpochUnit {
  if (maxAbs < 1e11) return 's';
  if (maxAbs < 1e14) return 'ms';
  if (maxAbs < 1e17) return 'us';
  return 'ns';
}

/** Epoch ms from a plain number in `unit` (dividing rather than multiplying by 1e-3, which would round twice). */
export function epochNumberToMs(value: number, unit: EpochUnit): number {
  switch (unit) {
    case 's':
      return value * 1000;
    case 'ms':
      return value;
    case 'us':
      return value / 1e3;
    case 'ns':
      return value / 1e6;
  }
}
