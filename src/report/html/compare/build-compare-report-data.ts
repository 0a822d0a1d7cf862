/**
 * Computes what a comparison report needs beyond the CompareResult: case durations of each group in shared
 * bands, and the difference map of each comparison in both views, drawn through the SVG renderer given (the
 * Graphviz one in the CLI, a stub in tests).
 */
import { computeCaseDurations } from '../../../analytics/case-durations.js';
import type { CompareResult } from '../../../analytics/compare/compare-groups.js';
import type { LogGroup } from '../../../analytics/compare/log-group.js';
import { renderDifferenceMapDot } from '../../map/difference-map-dot.js';
import type { RenderSvg } from '../build-report-data.js';
import { formatCount } from '../format.js';
import { binDurations } from './bin-durations.js';
import type { CompareReportData, DifferenceMapSvgs, MapView } from './compare-report-data.js';
import { trimMapDifference } from './trim-map-difference.js';

export interface BuildCompareReportOptions {
  title?: string;
  /** the logs, or the log and how it was split. */
  source: string;
  notes?: string[];
  mapView?: MapView;
  tableRows?: number;
  generator?: string;
}

/** `groups` as given to compareGroups (the baseline first); `renderSvg` null: the maps are left out, with a note. */
export async function buildCompareReportData(
  result: CompareResult,
  groups: readonly LogGroup[],
  options: BuildCompareReportOptions,
  renderSvg: RenderSvg | null,
): Promise<CompareReportData> {
  const others = result.comparisons.map((c) => c.b);
  const data: CompareReportData = {
    title: options.title ?? `Comparison: ${others.join(', ')} against ${result.baseline}`,
    source: options.source,
    notes: options.notes ?? [],
    durations: binDurations(groups.map((g) => ({ name: g.name, durations: computeCaseDurations(g.log) }))),
    maps: result.comparisons.map(() => null),
    mapView: options.mapView ?? 'frequency',
    tableRows: options.tableRows ?? 15,
  };
  if (options.generator) data.generator = options.generator;
  if (renderSvg === null) {
    data.mapNote = 'The difference map is not available: this installation has no Graphviz renderer.';
    return data;
  }
  data.maps = await Promise.all(result.comparisons.map(async (c): Promise<DifferenceMapSvgs> => {
    const full = { activities: c.activities, edges: c.edges };
    const { diff, hiddenActivities, hiddenEdges } = trimMapDifference(full);
    const [frequencySvg, waitingSvg] = await Promise.all([
      renderSvg(renderDifferenceMapDot(diff, { metric: 'frequency', a: c.a, b: c.b })),
      renderSvg(renderDifferenceMapDot(diff, { metric: 'waiting', a: c.a, b: c.b })),
    ]);
    const shown = `${formatCount(diff.activities.length)} of ${formatCount(full.activities.length)} activities, ` +
      `${formatCount(diff.edges.length)} of ${formatCount(full.edges.length)} paths`;
    const caption = hiddenActivities + hiddenEdges > 0
      ? `${shown}: the most frequent, and the paths whose waiting changed most.`
      : `${shown}.`;
    return { caption, frequencySvg, waitingSvg };
  }));
  return data;
}
