/**
 * What `inspect` reports about a log: sizes, activities with counts, start/end activities, time span, the
 * attributes found, and everything the reader did (column mapping, lifecycle handling, dropped rows).
 * Counts follow pm4py's definitions: every kept event counts; start/end activities are the first/last event
 * of each case in time order.
 */
import type { AttributeType, ColumnMapping, DroppedRows, EventLog, LifecycleReport } from '../log/event-log.js';
import { computeVariantLog } from '../log/variant-log.js';
import { formatIsoUtc } from '../util/iso-time.js';

export interface NameCount {
  name: string;
  count: number;
}

export interface LogSummary {
  file?: string;
  format: string;
  cases: number;
  events: number;
  eventsRead: number;
  activities: NameCount[];
  startActivities: Record<string, number>;
  endActivities: Record<string, number>;
  timeRange: { start: string | null; end: string | null };
  /** events per case. */
  caseLength: { min: number; mean: number; max: number };
  variants: number;
  resources: number | null;
  hasStartTimestamps: boolean;
  columns: ColumnMapping;
  timestampFormat?: string;
  delimiter?: string;
  lifecycle: LifecycleReport | null;
  dropped: DroppedRows;
  attributes: { event: { key: string; type: AttributeType }[]; case: { key: string; type: AttributeType }[] };
  warnings: string[];
}

/** Sorted by count descending, then name (the stable order of every procmine output). */
export function byCountThenName(a: NameCount, b: NameCount): number {
  return b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function countsToSortedRecord(counts: Int32Array, names: string[]): Record<string, number> {
  const list: NameCount[] = [];
  for (let a = 0; a < counts.length; a++) if (counts[a] > 0) list.push({ name: names[a], count: counts[a] });
  list.sort(byCountThenName);
  const out: Record<string, number> = {};
  for (const { name, count } of list) out[name] = count;
  return out;
}

export function summarizeLog(log: EventLog): LogSummary {
  const names = log.activityNames;
  const activityCounts = new Int32Array(names.length);
  const startCounts = new Int32Array(names.length);
  const endCounts = new Int32Array(names.length);
  const acts = log.activities;
  for (let e = 0; e < acts.length; e++) activityCounts[acts[e]]++;
  const cases = log.caseOffsets.length - 1;
  let minLength = Infinity;
  let maxLength = 0;
  for (let c = 0; c < cases; c++) {
    const lo = log.caseOffsets[c];
    const hi = log.caseOffsets[c + 1];
    startCounts[acts[lo]]++;
    endCounts[acts[hi - 1]]++;
    minLength = Math.min(minLength, hi - lo);
    maxLength = Math.max(maxLength, hi - lo);
  }
  let first = Infinity;
  let last = -Infinity;
  const consider = (v: number) => {
    if (v < first) first = v;
    if (v > last) last = v;
  };
  for (const v of log.timestamps) if (!Number.isNaN(v)) consider(v);
  if (log.startTimestamps) for (const v of log.startTimestamps) if (!Number.isNaN(v)) consider(v);
  const activities: NameCount[] = names.map((name, a) => ({ name, count: activityCounts[a] }));
  activities.sort(byCountThenName);
  const attrList = (m: EventLog['eventAttributes']) =>
    [...m.entries()].map(([key, column]) => ({ key, type: column.type })).sort((a, b) => (a.key < b.key ? -1 : 1));
  return {
    file: log.info.source,
    format: log.info.format,
    cases,
    events: acts.length,
    eventsRead: log.info.eventsRead,
    activities,
    startActivities: countsToSortedRecord(startCounts, names),
    endActivities: countsToSortedRecord(endCounts, names),
    timeRange: {
      start: Number.isFinite(first) ? formatIsoUtc(first) : null,
      end: Number.isFinite(last) ? formatIsoUtc(last) : null,
    },
    caseLength: { min: cases ? minLength : 0, mean: cases ? acts.length / cases : 0, max: maxLength },
    variants: computeVariantLog(log).counts.length,
    resources: log.resources ? log.resourceNames.length : null,
    hasStartTimestamps: log.startTimestamps !== null,
    columns: log.info.columns,
    timestampFormat: log.info.timestampFormat,
    delimiter: log.info.delimiter,
    lifecycle: log.info.lifecycle,
    dropped: log.info.dropped,
    attributes: { event: attrList(log.eventAttributes), case: attrList(log.caseAttributes) },
    warnings: log.info.warnings,
  };
}
