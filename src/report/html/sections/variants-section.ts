/**
 * Variants: the Pareto chart, a selector that shows one variant's activities and statistics (and highlights its
 * bar), and the table of the most frequent variants.
 */
import type { VariantStats, VariantsResult } from '../../../analytics/variants.js';
import { formatCases, formatCount, formatDuration, formatShare } from '../format.js';
import { escapeHtml } from '../escape.js';
import { renderChart, renderSequence, renderTable } from '../markup.js';
import type { Section } from '../section.js';
import { createVariantsParetoSpec } from '../specs/variants-pareto-spec.js';

/** The variants the page script can show in the selector (its data, by rank). */
export interface SelectableVariant {
  rank: number;
  activities: string[];
  /** `1 case`, `12 cases`. */
  cases: string;
  share: string;
  cumulative: string;
  median: string;
  mean: string;
}

export function toSelectableVariants(variants: VariantStats[], limit: number): SelectableVariant[] {
  return variants.slice(0, limit).map((v, i) => ({
    rank: i + 1,
    activities: v.activities,
    cases: formatCases(v.count),
    share: formatShare(v.share),
    cumulative: formatShare(v.cumulativeShare),
    median: formatDuration(v.medianDurationSeconds),
    mean: formatDuration(v.meanDurationSeconds),
  }));
}

/** The detail of one variant, as the page script also builds it (this one shows before any choice, and without script). */
export function renderVariantDetail(v: SelectableVariant): string {
  return `<div class="variant-stats"><b>Variant ${v.rank}</b>: ${escapeHtml(v.cases)} (${escapeHtml(v.share)}; ${escapeHtml(v.cumulative)} cumulative), median ${escapeHtml(v.median)}, mean ${escapeHtml(v.mean)}, ${v.activities.length} events</div>${renderSequence(v.activities).html}`;
}

/** bars in the Pareto chart, and variants the selector offers (at least). */
const PARETO_BARS = 50;

export function createVariantsSection(r: VariantsResult, tableRows: number): Section {
  const selectable = toSelectableVariants(r.variants, Math.max(tableRows, PARETO_BARS));
  const options = selectable
    .map((v) => `<option value="${v.rank}">#${v.rank} · ${escapeHtml(v.cases)} (${escapeHtml(v.share)}) · ${v.activities.length} events</option>`)
    .join('');
  const rows = r.variants.slice(0, tableRows).map((v, i) => [
    i + 1,
    formatCount(v.count),
    formatShare(v.share),
    formatShare(v.cumulativeShare),
    formatDuration(v.medianDurationSeconds),
    formatDuration(v.meanDurationSeconds),
    v.activities.length,
    renderSequence(v.activities),
  ]);
  const top = r.variants[0];
  const lead = top
    ? `${formatCount(r.total)} variants. The most frequent covers ${formatShare(top.share)} of cases; ` +
      `the top ${Math.min(10, r.variants.length)} cover ${formatShare(r.variants[Math.min(10, r.variants.length) - 1].cumulativeShare)}.`
    : 'No variants.';
  const html = `<p class="lead">${escapeHtml(lead)}</p>
${renderChart('variants-pareto', 'Variants Pareto chart')}
<div class="selector"><label for="variant-select">Variant</label> <select id="variant-select">${options}</select></div>
<div id="variant-detail" class="variant-detail">${selectable[0] ? renderVariantDetail(selectable[0]) : ''}</div>
${renderTable(
    [{ title: '#', numeric: true }, { title: 'cases', numeric: true }, { title: 'share', numeric: true }, { title: 'cumulative', numeric: true },
      { title: 'median', numeric: true }, { title: 'mean', numeric: true }, { title: 'events', numeric: true }, { title: 'activities' }],
    rows,
    {
      id: 'variants-table',
      rowAttributes: (i) => `data-variant="${i + 1}"`,
      caption: r.total > rows.length ? `The ${rows.length} most frequent of ${formatCount(r.total)} variants.` : undefined,
    },
  )}`;
  return { id: 'variants', title: 'Variants', html, charts: top ? { 'variants-pareto': createVariantsParetoSpec(r.variants, PARETO_BARS) } : {}, data: { variants: selectable } };
}
