/**
 * Time per activity: total waiting time before it and, where the log has start times, total service time,
 * stacked; the activities where the most waiting accumulates first.
 */
import type { ActivityBottleneck } from '../../../analytics/bottlenecks.js';
import { formatDuration } from '../format.js';
import { chooseDurationUnit, COLORS, createSpec, roundValue, type VegaLiteSpec } from './spec-common.js';

export function createActivityTimesSpec(activities: ActivityBottleneck[], top = 15): VegaLiteSpec {
  const shown = activities.slice(0, top);
  const unit = chooseDurationUnit(Math.max(0, ...shown.map((a) => a.waiting.totalSeconds + (a.service?.totalSeconds ?? 0))));
  const values = shown.flatMap((a, i) => {
    const rows = [{ rank: i + 1, activity: a.activity, kind: 'waiting', total: roundValue(a.waiting.totalSeconds / unit.seconds), totalText: formatDuration(a.waiting.totalSeconds), median: formatDuration(a.waiting.medianSeconds), count: a.count }];
    if (a.service) {
      rows.push({ rank: i + 1, activity: a.activity, kind: 'service', total: roundValue(a.service.totalSeconds / unit.seconds), totalText: formatDuration(a.service.totalSeconds), median: formatDuration(a.service.medianSeconds), count: a.count });
    }
    return rows;
  });
  return createSpec(`Time per activity: waiting before it and service (top ${shown.length})`, Math.max(120, 22 * shown.length), {
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'activity', type: 'nominal', title: null, sort: { field: 'rank', order: 'ascending' }, axis: { labelLimit: 260 } },
      x: { field: 'total', type: 'quantitative', stack: 'zero', title: `total time (${unit.name})` },
      color: { field: 'kind', type: 'nominal', title: null, scale: { domain: ['waiting', 'service'], range: [COLORS.bad, COLORS.primary] }, legend: { orient: 'top' } },
      tooltip: [
        { field: 'activity', title: 'activity' },
        { field: 'kind', title: 'time' },
        { field: 'totalText', title: 'total' },
        { field: 'median', title: 'median' },
        { field: 'count', title: 'executions', format: ',' },
      ],
    },
  });
}
