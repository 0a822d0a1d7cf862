/**
 * Variant shift per comparison: how many variants each group has and how many only one of them has, a chart
 * of the variants whose share of cases moved most (including those only one group follows), and their table.
 */
import type { CompareResult, GroupComparison } from '../../../analytics/compare/compare-groups.js';
import { formatCount, formatShare } from '../format.js';
import { renderCards, renderChart, renderHeading, renderParagraph, renderSequence, renderTable, type Cell } from '../markup.js';
import type { Section } from '../section.js';
import type { VegaLiteSpec } from '../specs/spec-common.js';
import { createVariantShiftSpec, type VariantShiftRow } from '../specs/variant-shift-spec.js';
import { formatPoints } from './compare-format.js';

/** variants of each kind shown in the chart and the table. */
const ONLY_SHOWN = 5;

export function createVariantShiftSection(r: CompareResult): Section {
  const charts: Record<string, VegaLiteSpec> = {};
  let html = renderParagraph('A variant is one sequence of activities. Shares are of each group\'s own cases; changes are in percentage points (pp).');
  r.comparisons.forEach((c, k) => {
    const id = `variant-shift-${k + 1}`;
    const rows = collectRows(c);
    html += renderHeading(`${c.b} against ${c.a}`);
    html += renderCards([
      { label: 'Variants', value: `${formatCount(c.variants.variantsA)} → ${formatCount(c.variants.variantsB)}`, note: `${c.a} → ${c.b}; ${formatCount(c.variants.shared)} shared` },
      { label: `Only in ${c.a}`, value: formatCount(c.variants.onlyA.variants), note: `${formatShare(c.variants.onlyA.share)} of ${c.a}'s cases` },
      { label: `Only in ${c.b}`, value: formatCount(c.variants.onlyB.variants), note: `${formatShare(c.variants.onlyB.share)} of ${c.b}'s cases` },
    ]);
    if (rows.length === 0) return;
    charts[id] = createVariantShiftSpec(rows, c.a, c.b);
    html += renderChart(id, `Change in variant shares, ${c.b} against ${c.a}`);
    const kinds = { changed: 'share changed', onlyA: `only in ${c.a}`, onlyB: `only in ${c.b}` };
    html += renderTable(
      [{ title: '#', numeric: true }, { title: '' }, { title: `share in ${c.a}`, numeric: true }, { title: `share in ${c.b}`, numeric: true }, { title: 'change', numeric: true }, { title: 'variant' }],
      rows.map((x, i): Cell[] => [
        `#${i + 1}`,
        kinds[x.kind],
        x.kind === 'onlyB' ? '–' : formatShare(x.shareA),
        x.kind === 'onlyA' ? '–' : formatShare(x.shareB),
        formatPoints(x.shareB - x.shareA),
        x.activities.length ? renderSequence(x.activities) : '(no events)',
      ]),
      { caption: `The ${formatCount(c.variants.changed.length)} shared variants whose share changed most, and the largest variants only one group has.` },
    );
  });
  return { id: 'variants', title: 'Variant shift', html, charts };
}

/** Largest gain in share first, largest loss last: the order of the chart's bars. */
function collectRows(c: GroupComparison): VariantShiftRow[] {
  const v = c.variants;
  const rows = [
    ...v.changed.map((x): VariantShiftRow => ({ kind: 'changed', activities: x.activities, shareA: x.shareA, shareB: x.shareB })),
    ...v.onlyB.top.slice(0, ONLY_SHOWN).map((x): VariantShiftRow => ({ kind: 'onlyB', activities: x.activities, shareA: 0, shareB: x.share })),
    ...v.onlyA.top.slice(0, ONLY_SHOWN).map((x): VariantShiftRow => ({ kind: 'onlyA', activities: x.activities, shareA: x.share, shareB: 0 })),
  ];
  return rows.map((row, i) => ({ row, i })).sort((x, y) => (y.row.shareB - y.row.shareA) - (x.row.shareB - x.row.shareA) || x.i - y.i).map((x) => x.row);
}
