/** Rework per activity: the share of cases in which it is executed more than once. */
import type { ReworkResult } from '../../../analytics/rework.js';
import { formatShare } from '../format.js';
import { COLORS, createSpec, roundValue, type VegaLiteSpec } from './spec-common.js';

export function createReworkSpec(rework: ReworkResult, top = 15): VegaLiteSpec {
  const values = rework.activities.slice(0, top).map((a, i) => ({
    rank: i + 1,
    activity: a.activity,
    share: roundValue(rework.cases ? a.cases / rework.cases : NaN),
    shareText: formatShare(rework.cases ? a.cases / rework.cases : NaN),
    cases: a.cases,
    repetitions: a.repetitions,
    selfLoops: a.selfLoops,
  }));
  return createSpec(`Rework: share of cases repeating each activity (top ${values.length})`, Math.max(100, 22 * values.length), {
    data: { values },
    mark: { type: 'bar', color: COLORS.accent },
    encoding: {
      y: { field: 'activity', type: 'nominal', title: null, sort: { field: 'rank', order: 'ascending' }, axis: { labelLimit: 260 } },
      x: { field: 'share', type: 'quantitative', title: 'share of cases', axis: { format: '%' } },
      tooltip: [
        { field: 'activity', title: 'activity' },
        { field: 'shareText', title: 'share of cases' },
        { field: 'cases', title: 'cases', format: ',' },
        { field: 'repetitions', title: 'repetitions', format: ',' },
        { field: 'selfLoops', title: 'directly repeated', format: ',' },
      ],
    },
  });
}
