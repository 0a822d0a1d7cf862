/**
 * Cycle time: percentiles of case durations, the histogram (median and SLA marked), the trend per period, and
 * the groups of a case attribute when asked for.
 */
import type { CycleTimeResult } from '../../../analytics/cycle-time.js';
import type { Period } from '../../../util/calendar.js';
import { formatCount, formatDuration, formatShare } from '../format.js';
import { renderCards, renderChart, renderHeading, renderParagraph, renderTable, type Cell } from '../markup.js';
import type { Section } from '../section.js';
import { createCycleTimeHistogramSpec, type DurationMarker } from '../specs/cycle-time-histogram-spec.js';
import { createCycleTimeTrendSpec, type CycleTimePoint } from '../specs/cycle-time-trend-spec.js';
import { createGroupsSpec } from '../specs/groups-spec.js';
import type { VegaLiteSpec } from '../specs/spec-common.js';

export interface CycleTimeTrend {
  period: Period;
  points: CycleTimePoint[];
}

export function createCycleTimeSection(ct: CycleTimeResult, trend: CycleTimeTrend | undefined, tableRows: number): Section {
  const s = ct.stats;
  const cards = renderCards([
    { label: 'Minimum', value: formatDuration(s.min) },
    { label: '25th percentile', value: formatDuration(s.p25) },
    { label: 'Median', value: formatDuration(s.median) },
    { label: 'Mean', value: formatDuration(s.mean) },
    { label: '75th percentile', value: formatDuration(s.p75) },
    { label: '90th percentile', value: formatDuration(s.p90) },
    { label: '95th percentile', value: formatDuration(s.p95) },
    { label: 'Maximum', value: formatDuration(s.max) },
  ]);
  const markers: DurationMarker[] = [{ label: 'median', seconds: s.median }];
  if (ct.sla) markers.push({ label: 'SLA', seconds: ct.sla.thresholdSeconds });
  const charts: Record<string, VegaLiteSpec> = { 'cycle-time-histogram': createCycleTimeHistogramSpec(ct.histogram, markers) };
  let html = `${renderParagraph(`Case duration runs from the first event's start to the last event's completion, over ${formatCount(ct.cases)} cases. Percentiles interpolate linearly between closest ranks, as numpy and pm4py do.`)}${cards}`;
  html += trend && trend.points.length > 1
    ? `<div class="grid2">${renderChart('cycle-time-histogram', 'Histogram of case durations')}${renderChart('cycle-time-trend', 'Median cycle time per period')}</div>`
    : renderChart('cycle-time-histogram', 'Histogram of case durations');
  if (trend && trend.points.length > 1) charts['cycle-time-trend'] = createCycleTimeTrendSpec(trend.points, trend.period);
  if (ct.groups) {
    const { attribute, groups } = ct.groups;
    charts['cycle-time-groups'] = createGroupsSpec(attribute, groups);
    const withSla = groups.some((g) => g.slaShare !== undefined);
    const rows: Cell[][] = groups.slice(0, tableRows).map((g) => [
      g.name, formatCount(g.cases), formatDuration(g.stats.median), formatDuration(g.stats.mean), formatDuration(g.stats.p90),
      ...(withSla ? [formatShare(g.slaShare ?? NaN)] : []),
    ]);
    html += renderHeading(`By ${attribute}`);
    html += renderChart('cycle-time-groups', `Median cycle time by ${attribute}`);
    html += renderTable(
      [{ title: attribute }, { title: 'cases', numeric: true }, { title: 'median', numeric: true }, { title: 'mean', numeric: true }, { title: '90th percentile', numeric: true },
        ...(withSla ? [{ title: 'within SLA', numeric: true }] : [])],
      rows,
      { caption: groups.length > rows.length ? `The ${rows.length} largest of ${formatCount(groups.length)} groups.` : undefined },
    );
  }
  return { id: 'cycle-time', title: 'Cycle time', html, charts };
}
