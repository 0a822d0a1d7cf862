/**
 * What a comparison report shows besides the CompareResult itself: the groups' durations in shared bands and
 * each comparison's difference map as SVG (build-compare-report-data.ts), plus the title and the lines under it.
 * Aggregates only, like the process report.
 */
import type { DurationBands } from '../specs/duration-bands-spec.js';

export type MapView = 'frequency' | 'waiting';

export interface DifferenceMapSvgs {
  /** e.g. "27 of 27 activities, 60 of 172 paths (the most frequent and the most changed)". */
  caption: string;
  frequencySvg: string;
  waitingSvg: string;
}

export interface CompareReportData {
  title: string;
  /** the logs, or the log and how it was split, as the user named them. */
  source: string;
  /** more lines under the title, e.g. the filters applied. */
  notes: string[];
  durations: DurationBands;
  /** per comparison, in the order of CompareResult.comparisons; null when no map could be drawn (see mapNote). */
  maps: (DifferenceMapSvgs | null)[];
  mapNote?: string;
  /** the map view shown first. */
  mapView: MapView;
  /** rows in the long tables (edges, activities). */
  tableRows: number;
  /** e.g. `procmine 0.1.0`. */
  generator?: string;
}
