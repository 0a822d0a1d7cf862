/**
 * Case durations of each compared group as side-by-side bars: the share of the group's cases in each duration
 * band, so groups of different size compare fairly and skewed durations (minutes to months) stay readable.
 */
import { formatCount, formatShare } from '../format.js';
import { pickGroupColors } from './group-colors.js';
import { createSpec, roundValue, type VegaLiteSpec } from './spec-common.js';

export interface DurationBands {
  /** in order, shortest first; labels are unique. */
  bands: { label: string; fromSeconds: number; toSeconds: number }[];
  /** the baseline first; `counts[i]` cases of the group in band i. */
  groups: { name: string; cases: number; counts: number[] }[];
}

export function createDurationBandsSpec(d: DurationBands): VegaLiteSpec {
  const names = d.groups.map((g) => g.name);
  const values = d.groups.flatMap((g, k) =>
    d.bands.map((band, i) => ({
      band: band.label,
      bandOrder: i,
      group: g.name,
      groupOrder: k,
      cases: g.counts[i],
      share: roundValue(g.cases ? g.counts[i] / g.cases : NaN),
      shareText: formatShare(g.cases ? g.counts[i] / g.cases : NaN),
      groupCases: formatCount(g.cases),
    })),
  );
  return createSpec("Case durations: share of each group's cases per duration band", 260, {
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      // sorted by order fields: a sort by a list of values would put the names into a Vega expression
      x: { field: 'band', type: 'ordinal', sort: { field: 'bandOrder', op: 'min' }, title: 'case duration', axis: { labelAngle: -35, labelLimit: 140 } },
      xOffset: { field: 'group', type: 'nominal', sort: { field: 'groupOrder', op: 'min' } },
      // not stacked: a stack ordered by the colour domain would put the group names into a Vega expression
      y: { field: 'share', type: 'quantitative', stack: null, title: "share of the group's cases", axis: { format: '%' } },
      color: { field: 'group', type: 'nominal', title: null, scale: { domain: names, range: pickGroupColors(names) }, legend: { orient: 'top' } },
      tooltip: [
        { field: 'group', title: 'group' },
        { field: 'band', title: 'duration' },
        { field: 'cases', title: 'cases', format: ',' },
        { field: 'shareText', title: "share of the group's cases" },
        { field: 'groupCases', title: 'cases in the group' },
      ],
    },
  });
}
