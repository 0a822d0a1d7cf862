/**
 * Bottlenecks: the paths where cases wait longest in total (chart and table), waiting and service time per
 * activity, and handovers of work between resources.
 */
import type { BottlenecksResult } from '../../../analytics/bottlenecks.js';
import { formatCount, formatDuration } from '../format.js';
import { renderChart, renderHeading, renderParagraph, renderTable } from '../markup.js';
import type { Section } from '../section.js';
import { createActivityTimesSpec } from '../specs/activity-times-spec.js';
import { createBottleneckEdgesSpec } from '../specs/bottleneck-edges-spec.js';
import type { VegaLiteSpec } from '../specs/spec-common.js';

const num = true;

export function createBottlenecksSection(r: BottlenecksResult, tableRows: number): Section {
  const charts: Record<string, VegaLiteSpec> = {};
  let html = renderParagraph("Waiting time runs from an event's completion to the next event's start (its completion when it has none); service time from start to completion, where the log has start times. Ranked by the total delay each accounts for.");
  if (r.edges.length) {
    charts['bottleneck-edges'] = createBottleneckEdgesSpec(r.edges);
    const rows = r.edges.slice(0, tableRows).map((e, i) => [
      i + 1, e.from, e.to, formatCount(e.count), formatDuration(e.totalSeconds), formatDuration(e.meanSeconds), formatDuration(e.medianSeconds), formatDuration(e.p90Seconds),
    ]);
    html += renderChart('bottleneck-edges', 'Total waiting time per path') + renderTable(
      [{ title: '#', numeric: num }, { title: 'from' }, { title: 'to' }, { title: 'times', numeric: num }, { title: 'total waiting', numeric: num },
        { title: 'mean', numeric: num }, { title: 'median', numeric: num }, { title: '90th percentile', numeric: num }],
      rows,
      { caption: r.edges.length > rows.length ? `The ${rows.length} paths with the most waiting of ${formatCount(r.edges.length)}.` : undefined },
    );
  }
  if (r.activities.length) {
    charts['activity-times'] = createActivityTimesSpec(r.activities);
    const rows = r.activities.slice(0, tableRows).map((a) => [
      a.activity, formatCount(a.count), formatDuration(a.waiting.totalSeconds), formatDuration(a.waiting.medianSeconds),
      a.service ? formatDuration(a.service.medianSeconds) : '–', formatDuration(a.sojourn.medianSeconds),
    ]);
    html += renderHeading('Activities') + renderChart('activity-times', 'Waiting and service time per activity') + renderTable(
      [{ title: 'activity' }, { title: 'executions', numeric: num }, { title: 'total waiting', numeric: num }, { title: 'median waiting', numeric: num },
        { title: 'median service', numeric: num }, { title: 'median sojourn', numeric: num }],
      rows,
      { caption: r.activities.length > rows.length ? `The ${rows.length} activities with the most waiting of ${formatCount(r.activities.length)}.` : undefined },
    );
  }
  if (r.handovers && r.handovers.length) {
    const shown = r.handovers.slice(0, Math.min(tableRows, 15));
    html += renderHeading('Handovers between resources') + renderTable(
      [{ title: 'from' }, { title: 'to' }, { title: 'times', numeric: num }, { title: 'median waiting', numeric: num }, { title: 'total waiting', numeric: num }],
      shown.map((h) => [h.from, h.to, formatCount(h.count), formatDuration(h.medianSeconds), formatDuration(h.totalSeconds)]),
      { caption: r.handovers.length > shown.length ? `The ${shown.length} most frequent of ${formatCount(r.handovers.length)} handovers.` : undefined },
    );
  }
  return { id: 'bottlenecks', title: 'Bottlenecks', html, charts };
}
