/** Terminal table of variants: rank, cases, share, cumulative share, median and mean duration, the sequence. */
import type { VariantsResult } from '../../analytics/variants.js';
import { formatDuration } from '../../util/duration.js';
import { abbreviateTrace, formatCount, formatShare, makeTable } from './make-table.js';
import type { Style } from './style.js';

export function renderVariantsTable(r: VariantsResult, options: { style: Style; full: boolean }): string {
  const rows = r.variants.map((v, i) => [
    String(i + 1),
    formatCount(v.count),
    formatShare(v.share),
    formatShare(v.cumulativeShare),
    formatDuration(v.medianDurationSeconds),
    formatDuration(v.meanDurationSeconds),
    String(v.activities.length),
    abbreviateTrace(v.activities, options.full),
  ]);
  const head = `${formatCount(r.cases)} cases, ${formatCount(r.total)} variants` +
    (r.variants.length < r.total ? ` (top ${r.variants.length} shown)` : '');
  return `${head}\n${makeTable({
    head: ['#', 'cases', 'share', 'cumulative', 'median', 'mean', 'events', 'activities'],
    align: ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    rows,
  }, options.style)}\n`;
}
