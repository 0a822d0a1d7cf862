/**
 * Numbers as a client reads them in the HTML report: counts with thousands separators, shares as percentages,
 * durations as `3d 4h`, amounts with two decimals. Fixed to en-US so the same input gives the same bytes.
 */
import { formatDuration } from '../../util/duration.js';

export { formatDuration };

/** `1,234` */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? n.toLocaleString('en-US') : '–';
}

/** `1 case`, `1,234 cases`. */
export function formatCases(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'case' : 'cases'}`;
}

/** `12.5%` */
export function formatShare(x: number): string {
  return Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–';
}

/** `1,234.50` */
export function formatAmount(x: number): string {
  return Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : '–';
}

/** `2.6` per day: one decimal, or two significant digits below one. */
export function formatRate(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return x >= 1 ? x.toLocaleString('en-US', { maximumFractionDigits: 1 }) : x.toPrecision(2);
}

/** `a → b → … (12 more) → y → z` for labels; the full sequence stays in tables and tooltips. */
export function abbreviateSequence(activities: string[], keep = 3): string {
  if (activities.length <= keep * 2 + 1) return activities.join(' → ');
  return [...activities.slice(0, keep), `… (${activities.length - keep * 2} more)`, ...activities.slice(-keep)].join(' → ');
}
