/** Bottleneck ranking: the directly-follows edges that account for the most waiting time in total. */
import type { EdgeBottleneck } from '../../../analytics/bottlenecks.js';
import { formatDuration } from '../format.js';
import { chooseDurationUnit, COLORS, createSpec, roundValue, type VegaLiteSpec } from './spec-common.js';

export function createBottleneckEdgesSpec(edges: EdgeBottleneck[], top = 15): VegaLiteSpec {
  const shown = edges.slice(0, top);
  const unit = chooseDurationUnit(Math.max(0, ...shown.map((e) => e.totalSeconds)));
  const values = shown.map((e, i) => ({
    rank: i + 1,
    edge: `${e.from} → ${e.to}`,
    total: roundValue(e.totalSeconds / unit.seconds),
    totalText: formatDuration(e.totalSeconds),
    count: e.count,
    median: formatDuration(e.medianSeconds),
    mean: formatDuration(e.meanSeconds),
    p90: formatDuration(e.p90Seconds),
  }));
  return createSpec(`Where cases wait: total waiting time per path (top ${values.length})`, Math.max(120, 22 * values.length), {
    data: { values },
    mark: { type: 'bar', color: COLORS.bad },
    encoding: {
      y: { field: 'edge', type: 'nominal', title: null, sort: { field: 'rank', order: 'ascending' }, axis: { labelLimit: 320 } },
      x: { field: 'total', type: 'quantitative', title: `total waiting time (${unit.name})` },
      tooltip: [
        { field: 'edge', title: 'path' },
        { field: 'count', title: 'times', format: ',' },
        { field: 'totalText', title: 'total waiting' },
        { field: 'median', title: 'median' },
        { field: 'mean', title: 'mean' },
        { field: 'p90', title: '90th percentile' },
      ],
    },
  });
}
