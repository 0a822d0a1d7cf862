/**
 * Differences as a comparison report prints them: signed durations (`+2d 4h`, `−31m`), percentage points,
 * p-values and plain statistics, fixed to en-US so the same result gives the same bytes.
 */
import { formatDuration } from '../format.js';

/** `+2d 4h`, `−31m 12s`, `0s`. */
export function formatSignedDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  if (seconds > 0) return `+${formatDuration(seconds)}`;
  if (seconds < 0) return `−${formatDuration(-seconds)}`;
  return formatDuration(0);
}

/** A difference of shares in percentage points: `+3.1 pp`. */
export function formatPoints(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const v = Math.round(x * 1000) / 10;
  return `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v)} pp`;
}

/** `p = 0.052`, `p = 3.1e-7` (two significant digits; small p-values in exponent form). */
export function formatP(p: number): string {
  if (!Number.isFinite(p)) return 'p not computable';
  return `p = ${p < 0.0001 ? p.toExponential(1) : Number(p.toPrecision(2)).toString()}`;
}

/** A statistic with fixed decimals and thousands separators, `–` when not computable. */
export function formatStatistic(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return '–';
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace('-', '−');
}

/** `+18h 13m to +1d 21h` for an interval. */
export function formatInterval([lo, hi]: [number, number], format: (x: number) => string): string {
  return Number.isFinite(lo) && Number.isFinite(hi) ? `${format(lo)} to ${format(hi)}` : 'not computable';
}
