/**
 * Variants Pareto chart: cases per variant (bars, most frequent first) with the cumulative share of cases (line).
 * The bar of the variant picked in the selector is highlighted through the `selectedVariant` parameter.
 */
import type { VariantStats } from '../../../analytics/variants.js';
import { abbreviateSequence, formatDuration, formatShare } from '../format.js';
import { COLORS, createSpec, roundValue, type VegaLiteSpec } from './spec-common.js';

export const SELECTED_VARIANT_PARAM = 'selectedVariant';

/** `selected`: the rank highlighted at first (0 for none). */
export function createVariantsParetoSpec(variants: VariantStats[], maxBars = 50, selected = 1): VegaLiteSpec {
  const values = variants.slice(0, maxBars).map((v, i) => ({
    rank: i + 1,
    cases: v.count,
    share: formatShare(v.share),
    cumulativeShare: roundValue(v.cumulativeShare),
    cumulative: formatShare(v.cumulativeShare),
    events: v.activities.length,
    median: formatDuration(v.medianDurationSeconds),
    sequence: abbreviateSequence(v.activities),
  }));
  const tooltip = [
    { field: 'rank', title: 'variant' },
    { field: 'cases', title: 'cases', format: ',' },
    { field: 'share', title: 'share' },
    { field: 'cumulative', title: 'cumulative share' },
    { field: 'median', title: 'median duration' },
    { field: 'events', title: 'events' },
    { field: 'sequence', title: 'activities' },
  ];
  return createSpec(`Variants by frequency (top ${values.length}) and cumulative share of cases`, 260, {
    data: { values },
    params: [{ name: SELECTED_VARIANT_PARAM, value: selected }],
    encoding: {
      x: { field: 'rank', type: 'ordinal', title: 'variant (most frequent first)', axis: { labelAngle: 0, labelOverlap: true } },
      tooltip,
    },
    layer: [
      {
        mark: { type: 'bar', cursor: 'pointer' },
        encoding: {
          y: { field: 'cases', type: 'quantitative', title: 'cases', axis: { tickMinStep: 1 } },
          color: { condition: { test: `datum.rank === ${SELECTED_VARIANT_PARAM}`, value: COLORS.accent }, value: COLORS.primary },
        },
      },
      {
        mark: { type: 'line', color: COLORS.dark, point: { color: COLORS.dark, size: 20 } },
        encoding: {
          y: { field: 'cumulativeShare', type: 'quantitative', title: 'cumulative share of cases', scale: { domain: [0, 1] }, axis: { format: '%' } },
        },
      },
    ],
    resolve: { scale: { y: 'independent' } },
  });
}
