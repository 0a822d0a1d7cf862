/**
 * Variant shift between two groups as diverging bars: the change in each variant's share of cases (B − A, in
 * percentage points). Bars are labelled #1, #2, … in the order given, as the table beside the chart is: variants
 * often share long prefixes, so no abbreviation tells them apart.
 */
import { abbreviateSequence, formatShare } from '../format.js';
import { COLORS, createSpec, roundValue, type VegaLiteSpec } from './spec-common.js';

export interface VariantShiftRow {
  kind: 'changed' | 'onlyA' | 'onlyB';
  activities: string[];
  shareA: number;
  shareB: number;
}

export function createVariantShiftSpec(rows: VariantShiftRow[], a: string, b: string): VegaLiteSpec {
  const kinds = { changed: 'share changed', onlyB: `only in ${b}`, onlyA: `only in ${a}` };
  const values = rows.map((r, i) => ({
    order: i,
    variant: `#${i + 1}`,
    sequence: r.activities.length ? abbreviateSequence(r.activities) : '(no events)',
    kind: kinds[r.kind],
    change: roundValue(100 * (r.shareB - r.shareA), 2),
    shares: `${a}: ${formatShare(r.shareA)}, ${b}: ${formatShare(r.shareB)}`,
    events: r.activities.length,
  }));
  return createSpec(`Variant shift: change in share of cases, ${b} − ${a}`, Math.max(100, 24 * values.length), {
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'variant', type: 'nominal', title: 'variant (see the table)', sort: { field: 'order', order: 'ascending' } },
      // not stacked: a stack ordered by the colour domain would put the group names into a Vega expression
      x: { field: 'change', type: 'quantitative', stack: null, title: 'change in share of cases (percentage points)', axis: { format: '+' } },
      color: {
        field: 'kind',
        type: 'nominal',
        title: null,
        scale: { domain: [kinds.changed, kinds.onlyB, kinds.onlyA], range: [COLORS.primary, COLORS.accent, COLORS.muted] },
        legend: { orient: 'top' },
      },
      tooltip: [
        { field: 'kind', title: 'variant' },
        // group names go into data, never into titles, which Vega-Lite compiles into an expression
        { field: 'shares', title: 'share of cases' },
        { field: 'change', title: 'change (pp)', format: '+.1f' },
        { field: 'events', title: 'events' },
        { field: 'sequence', title: 'activities' },
      ],
    },
  });
}
