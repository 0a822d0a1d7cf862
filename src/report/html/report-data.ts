/**
 * Everything an HTML report shows, as plain data: computed once from the log (build-report-data.ts), then
 * rendered to a string without further I/O. Aggregates only: no events, so a million-event log stays small.
 */
import type { BottlenecksResult } from '../../analytics/bottlenecks.js';
import type { CycleTimeResult } from '../../analytics/cycle-time.js';
import type { KpiResult } from '../../analytics/kpis.js';
import type { ReworkResult } from '../../analytics/rework.js';
import type { VariantsResult } from '../../analytics/variants.js';
import type { Deviation } from './specs/deviations-spec.js';

export type { Deviation };

/** What `procmine conform` will hand the report. */
export interface ConformanceSummary {
  fitness: number;
  precision?: number;
  /** share of cases that fit the model. */
  fittingShare: number;
  deviations: Deviation[];
  /** the model file, for the heading. */
  model?: string;
}

export interface ProcessMapData {
  /** "80% of activities (3 hidden), 50% of paths (12 hidden)". */
  caption: string;
  frequencySvg: string;
  performanceSvg: string;
}

export interface ReportData {
  title: string;
  /** the log file, as the user named it. */
  source: string;
  /** shown in the footer when given (left out by default, so the same input gives the same bytes). */
  generatedAt?: string;
  /** e.g. `procmine 0.1.0`. */
  generator?: string;
  kpis: KpiResult;
  /** null when no map could be drawn (the reason in mapNote). */
  map: ProcessMapData | null;
  mapNote?: string;
  variants: VariantsResult;
  cycleTime: CycleTimeResult;
  bottlenecks: BottlenecksResult;
  rework: ReworkResult;
  conformance?: ConformanceSummary;
  /** rows in long tables (variants, paths, activities). */
  tableRows: number;
}
