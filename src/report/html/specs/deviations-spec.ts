/** Conformance deviations: how often each activity was skipped (model move) or inserted (log move). */
import { formatShare } from '../format.js';
import { COLORS, createSpec, type VegaLiteSpec } from './spec-common.js';

export interface Deviation {
  activity: string;
  kind: 'skipped' | 'inserted';
  count: number;
  /** share of cases with this deviation. */
  share: number;
}

export function createDeviationsSpec(deviations: Deviation[], top = 15): VegaLiteSpec {
  const values = deviations.slice(0, top).map((d, i) => ({
    rank: i + 1,
    deviation: `${d.kind}: ${d.activity}`,
    activity: d.activity,
    kind: d.kind,
    count: d.count,
    share: formatShare(d.share),
  }));
  return createSpec(`Top deviations from the model (${values.length})`, Math.max(100, 22 * values.length), {
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'deviation', type: 'nominal', title: null, sort: { field: 'rank', order: 'ascending' }, axis: { labelLimit: 300 } },
      x: { field: 'count', type: 'quantitative', title: 'occurrences' },
      color: { field: 'kind', type: 'nominal', title: null, scale: { domain: ['skipped', 'inserted'], range: [COLORS.accent, COLORS.bad] }, legend: { orient: 'top' } },
      tooltip: [
        { field: 'activity', title: 'activity' },
        { field: 'kind', title: 'deviation' },
        { field: 'count', title: 'occurrences', format: ',' },
        { field: 'share', title: 'share of cases' },
      ],
    },
  });
}
