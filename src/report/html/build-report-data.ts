/**
 * Computes what a report shows from a log: KPIs, variants, cycle time, bottlenecks, rework, and the process map
 * drawn through the SVG renderer given (the Graphviz one in the CLI, a stub in tests).
 */
import { findBottlenecks } from '../../analytics/bottlenecks.js';
import { computeCycleTime } from '../../analytics/cycle-time.js';
import { computeKpis, type CostSource } from '../../analytics/kpis.js';
import { computeRework } from '../../analytics/rework.js';
import { computeVariants } from '../../analytics/variants.js';
import { discoverSimplifiedMap } from '../../discovery/simplify-map.js';
import type { EventLog } from '../../log/event-log.js';
import type { Period } from '../../util/calendar.js';
import { renderProcessMapDot } from '../map/process-map-dot.js';
import type { ConformanceSummary, ReportData } from './report-data.js';

export type RenderSvg = (dot: string) => Promise<string>;

export interface BuildReportOptions {
  title?: string;
  /** the log file as the user named it. */
  source: string;
  /** share of activities on the map (default: all, at most {@link MAP_MAX_ACTIVITIES}). */
  activities?: number;
  /** share of paths on the map (default: all when at most {@link MAP_MAX_PATHS}, else about that many). */
  paths?: number;
  by?: Period;
  timeZone?: string;
  slaSeconds?: number;
  groupBy?: string;
  failureActivities?: string[];
  successEndActivities?: string[];
  cost?: CostSource;
  conformance?: ConformanceSummary;
  tableRows?: number;
  generator?: string;
  generatedAt?: string;
}

export const MAP_MAX_ACTIVITIES = 50;
export const MAP_MAX_PATHS = 40;
/** variants kept in the data: the Pareto chart and the selector. */
const VARIANTS_KEPT = 50;
const EDGES_KEPT = 100;

/** `renderSvg` null: the report says the map is not available instead of drawing it. */
export async function buildReportData(log: EventLog, options: BuildReportOptions, renderSvg: RenderSvg | null): Promise<ReportData> {
  const tableRows = options.tableRows ?? 20;
  const kpis = computeKpis(log, {
    by: options.by,
    timeZone: options.timeZone,
    slaSeconds: options.slaSeconds,
    failureActivities: options.failureActivities,
    successEndActivities: options.successEndActivities,
    cost: options.cost,
    top: tableRows,
  });
  const cycleTime = computeCycleTime(log, { slaSeconds: options.slaSeconds, groupBy: options.groupBy, timeZone: options.timeZone });
  const variants = computeVariants(log, { top: Math.max(VARIANTS_KEPT, tableRows) });
  const found = findBottlenecks(log);
  const bottlenecks = {
    edges: found.edges.slice(0, Math.max(EDGES_KEPT, tableRows)),
    activities: found.activities.slice(0, Math.max(EDGES_KEPT, tableRows)),
    handovers: found.handovers?.slice(0, tableRows) ?? null,
  };
  const rework = computeRework(log);
  const data: ReportData = {
    title: options.title ?? `Process report: ${options.source.split(/[\\/]/).pop()}`,
    source: options.source,
    kpis,
    map: null,
    variants,
    cycleTime,
    bottlenecks,
    rework,
    tableRows,
  };
  if (options.conformance) data.conformance = options.conformance;
  if (options.generator) data.generator = options.generator;
  if (options.generatedAt) data.generatedAt = options.generatedAt;
  if (renderSvg === null) {
    data.mapNote = 'The process map is not available: this installation has no Graphviz renderer.';
    return data;
  }
  const activityCount = kpis.activities;
  // Above the cap, keep about MAP_MAX_ACTIVITIES: ceil() of share × count must not round up one too many.
  const activities = options.activities ?? (activityCount > MAP_MAX_ACTIVITIES ? (MAP_MAX_ACTIVITIES - 0.5) / activityCount : 1);
  let paths = options.paths;
  if (paths === undefined) {
    // Counting edges needs no waiting times, which are the costly part of a map.
    const edgeCount = discoverSimplifiedMap(log, { activities }).dfg.edges.length;
    paths = edgeCount > MAP_MAX_PATHS ? (MAP_MAX_PATHS - 0.5) / edgeCount : 1;
  }
  const { dfg, hidden } = discoverSimplifiedMap(log, { activities, paths, performance: true });
  const caption = `${percent(activities)} of activities (${hidden.activities} hidden), ${percent(paths)} of paths (${hidden.edges} hidden). ` +
    'Boxes: activities with their number of executions; arrows: how often one directly follows another, or (performance) the median wait between them.';
  const [frequencySvg, performanceSvg] = await Promise.all([
    renderSvg(renderProcessMapDot(dfg, { metric: 'frequency' })),
    renderSvg(renderProcessMapDot(dfg, { metric: 'performance' })),
  ]);
  data.map = { caption, frequencySvg, performanceSvg };
  return data;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
