/** Cost per activity: the total over all executions, the costliest activities first. */
import type { CostKpis } from '../../../analytics/kpis.js';
import { formatAmount, formatShare } from '../format.js';
import { COLORS, createSpec, roundValue, type VegaLiteSpec } from './spec-common.js';

export function createCostPerActivitySpec(perActivity: CostKpis['perActivity'], top = 15): VegaLiteSpec {
  const values = perActivity.slice(0, top).map((a, i) => ({
    rank: i + 1,
    activity: a.activity,
    total: roundValue(a.total, 2),
    totalText: formatAmount(a.total),
    share: formatShare(a.share),
    executions: a.executions,
    mean: formatAmount(a.meanPerExecution),
  }));
  return createSpec(`Cost per activity (top ${values.length})`, Math.max(100, 22 * values.length), {
    data: { values },
    mark: { type: 'bar', color: COLORS.dark },
    encoding: {
      y: { field: 'activity', type: 'nominal', title: null, sort: { field: 'rank', order: 'ascending' }, axis: { labelLimit: 260 } },
      x: { field: 'total', type: 'quantitative', title: 'total cost' },
      tooltip: [
        { field: 'activity', title: 'activity' },
        { field: 'totalText', title: 'total' },
        { field: 'share', title: 'share of all cost' },
        { field: 'executions', title: 'executions', format: ',' },
        { field: 'mean', title: 'per execution' },
      ],
    },
  });
}
