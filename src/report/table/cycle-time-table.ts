/** Terminal view of cycle time: the distribution, SLA, and trend or groups when asked. */
import type { CycleTimeResult, DurationStats } from '../../analytics/cycle-time.js';
import { formatDuration } from '../../util/duration.js';
import { formatCount, formatShare, makeTable } from './make-table.js';
import type { Style } from './style.js';

const KEYS: (keyof DurationStats)[] = ['min', 'p25', 'median', 'mean', 'p75', 'p90', 'p95', 'max'];

export function renderCycleTimeTable(r: CycleTimeResult, options: { style: Style; top: number }): string {
  const { style } = options;
  const out: string[] = [];
  out.push(`${formatCount(r.cases)} cases`);
  out.push(makeTable({ head: KEYS, align: KEYS.map(() => 'r'), rows: [KEYS.map((k) => formatDuration(r.stats[k]))] }, style));
  if (r.sla) {
    out.push(`SLA ${formatDuration(r.sla.thresholdSeconds)}: ${formatCount(r.sla.within)} of ${formatCount(r.cases)} cases within (${formatShare(r.sla.share)})`);
  }
  if (r.trend) {
    const withSla = r.trend.points.some((p) => p.slaShare !== undefined);
    out.push('', style.bold(`Trend by ${r.trend.by} (cases completed, ${r.trend.timeZone})`));
    out.push(makeTable({
      head: [r.trend.by, 'cases', 'median', ...(withSla ? ['within SLA'] : [])],
      align: ['l', 'r', 'r', 'r'],
      rows: r.trend.points.map((p) => [p.period, formatCount(p.cases), formatDuration(p.medianSeconds), ...(withSla ? [formatShare(p.slaShare!)] : [])]),
      top: options.top,
    }, style));
  }
  if (r.groups) {
    const withSla = r.groups.groups.some((g) => g.slaShare !== undefined);
    out.push('', style.bold(`By ${r.groups.attribute}`));
    out.push(makeTable({
      head: [r.groups.attribute, 'cases', 'median', 'mean', 'p90', ...(withSla ? ['within SLA'] : [])],
      align: ['l', 'r', 'r', 'r', 'r', 'r'],
      rows: r.groups.groups.map((g) => [
        g.name, formatCount(g.cases), formatDuration(g.stats.median), formatDuration(g.stats.mean), formatDuration(g.stats.p90),
        ...(withSla ? [formatShare(g.slaShare!)] : []),
      ]),
      top: options.top,
    }, style));
  }
  return `${out.join('\n')}\n`;
}
