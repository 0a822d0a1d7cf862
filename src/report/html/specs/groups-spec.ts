/** Cycle time per group (a case attribute): median duration per value, the largest groups first. */
import type { GroupStats } from '../../../analytics/cycle-time.js';
import { formatDuration, formatShare } from '../format.js';
import { chooseDurationUnit, COLORS, createSpec, roundValue, type VegaLiteSpec } from './spec-common.js';

export function createGroupsSpec(attribute: string, groups: GroupStats[], top = 20): VegaLiteSpec {
  const shown = groups.slice(0, top);
  const unit = chooseDurationUnit(Math.max(0, ...shown.map((g) => (Number.isFinite(g.stats.median) ? g.stats.median : 0))));
  const values = shown.map((g, i) => ({
    rank: i + 1,
    group: g.name,
    median: roundValue(g.stats.median / unit.seconds),
    medianText: formatDuration(g.stats.median),
    p90: formatDuration(g.stats.p90),
    cases: g.cases,
    sla: g.slaShare === undefined ? '' : formatShare(g.slaShare),
  }));
  return createSpec(`Median cycle time by ${attribute} (largest ${values.length} groups)`, Math.max(100, 22 * values.length), {
    data: { values },
    mark: { type: 'bar', color: COLORS.primary },
    encoding: {
      y: { field: 'group', type: 'nominal', title: null, sort: { field: 'rank', order: 'ascending' }, axis: { labelLimit: 220 } },
      x: { field: 'median', type: 'quantitative', title: `median (${unit.name})` },
      tooltip: [
        { field: 'group', title: attribute },
        { field: 'cases', title: 'cases', format: ',' },
        { field: 'medianText', title: 'median' },
        { field: 'p90', title: '90th percentile' },
        { field: 'sla', title: 'within SLA' },
      ],
    },
  });
}
