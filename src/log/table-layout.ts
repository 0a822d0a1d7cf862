/**
 * The flat table form of an event log, shared by the CSV, Arrow and Parquet writers and understood by their
 * readers: one row per event, pm4py's column names for the core fields, event attributes under their own key,
 * case attributes repeated on every event of the case under `case:<key>`.
 */
import type { Column, EventLog } from './event-log.js';

export const TABLE_CASE = 'case:concept:name';
export const TABLE_ACTIVITY = 'concept:name';
export const TABLE_TIMESTAMP = 'time:timestamp';
export const TABLE_START = 'start_timestamp';
export const TABLE_RESOURCE = 'org:resource';
/** Case attributes are written as `case:<key>`; readers strip the prefix again. */
export const CASE_PREFIX = 'case:';

export type TableColumn =
  | { name: string; kind: 'case' | 'activity' | 'timestamp' | 'start' | 'resource' }
  | { name: string; kind: 'event-attribute'; column: Column }
  | { name: string; kind: 'case-attribute'; column: Column };

/** The columns, in order, that a flat table of `log` has. */
export function tableColumns(log: EventLog): TableColumn[] {
  const out: TableColumn[] = [
    { name: TABLE_CASE, kind: 'case' },
    { name: TABLE_ACTIVITY, kind: 'activity' },
    { name: TABLE_TIMESTAMP, kind: 'timestamp' },
  ];
  if (log.startTimestamps) out.push({ name: TABLE_START, kind: 'start' });
  if (log.resources) out.push({ name: TABLE_RESOURCE, kind: 'resource' });
  const used = new Set(out.map((c) => c.name));
  for (const [key, column] of log.eventAttributes) {
    if (used.has(key) || key.startsWith(CASE_PREFIX)) continue;
    used.add(key);
    out.push({ name: key, kind: 'event-attribute', column });
  }
  for (const [key, column] of log.caseAttributes) {
    const name = CASE_PREFIX + key;
    if (used.has(name)) continue;
    used.add(name);
    out.push({ name, kind: 'case-attribute', column });
  }
  return out;
}

/** The case index of every event (the inverse of the CSR offsets). */
export function eventCaseIndex(log: EventLog): Int32Array {
  const out = new Int32Array(log.activities.length);
  const offsets = log.caseOffsets;
  for (let c = 0; c + 1 < offsets.length; c++) out.fill(c, offsets[c], offsets[c + 1]);
  return out;
}
