/**
 * Unix epoch numbers: seconds or milliseconds since 1970-01-01T00:00Z, integers or decimals, optionally
 * negative. `auto` tells them apart by magnitude: |value| ≥ 1e11 is milliseconds (1e11 s would be the year
 * 5138, 1e11 ms is March 1973), so millisecond values before March 1973 need `epoch-ms`.
 */
export type EpochUnit = 's' | 'ms' | 'auto';

export const EPOCH_MS_THRESHOLD = 1e11;

/** The instant in epoch ms, or NaN when `text` is not a plain decimal number. */
export function parseEpoch(text: string, unit: EpochUnit): number {
  const n = text.length;
  let i = 0;
  let sign = 1;
  if (n > 0 && text.charCodeAt(0) === 45) {
    sign = -1;
    i = 1;
  }
  const digitsFrom = i;
  let whole = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
  }
  if (i === digitsFrom || i - digitsFrom > 16) return NaN;
  let fraction = 0;
  let scale = 1;
  if (i < n) {
    if (text.charCodeAt(i) !== 46) return NaN;
    i++;
    if (i === n) return NaN;
    for (; i < n; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return NaN;
      if (scale < 1e12) {
        fraction = fraction * 10 + d;
        scale *= 10;
      }
    }
  }
  const seconds = unit === 's' || (unit === 'auto' && whole < EPOCH_MS_THRESHOLD);
  // Whole and fraction are scaled separately so that `.123` seconds is exactly 123 ms.
  const ms = seconds ? whole * 1000 + (fraction * 1000) / scale : whole + fraction / scale;
  return sign * ms;
}
