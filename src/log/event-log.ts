/**
 * The event log in memory: columnar, dictionary-encoded, events grouped by case (CSR offsets) and ordered by
 * time within each case (stable: equal timestamps keep file order). Every algorithm scans these arrays; nothing
 * here allocates per event.
 */

/** XES attribute types; `list` stands for XES lists, containers and nested attributes (kept as JSON text). */
export type AttributeType = 'string' | 'id' | 'int' | 'float' | 'date' | 'boolean' | 'list';

/** A string-valued column: `codes[i]` indexes `dictionary`, -1 where the value is missing. */
export interface StringColumn {
  type: 'string' | 'id' | 'list';
  codes: Int32Array;
  dictionary: string[];
}

/** A number-valued column (dates as epoch milliseconds); NaN where missing. */
export interface NumberColumn {
  type: 'int' | 'float' | 'date';
  values: Float64Array;
}

/** A boolean column: 1 true, 0 false, -1 missing. */
export interface BooleanColumn {
  type: 'boolean';
  values: Int8Array;
}

export type Column = StringColumn | NumberColumn | BooleanColumn;

/** How `lifecycle:transition` values are treated: see CLI.md. */
export type LifecycleMode = 'merge' | 'all' | 'complete';

/** Which source columns / keys were used for the core fields. */
export interface ColumnMapping {
  case: string;
  activity: string;
  timestamp: string;
  startTimestamp?: string;
  resource?: string;
  lifecycle?: string;
}

/** Rows or events a reader did not keep, and why. Nothing is dropped silently. */
export interface DroppedRows {
  count: number;
  /** reason → count, e.g. `{ "unparseable timestamp": 3 }`. */
  reasons: Record<string, number>;
  /** The first few, with the line they came from, so the user can look. */
  examples: { line?: number; reason: string }[];
}

/** How each lifecycle transition was treated. */
export interface LifecycleReport {
  mode: LifecycleMode;
  /** transition → count of events read with it, and what happened to them. */
  transitions: Record<string, { count: number; treatment: string }>;
  /** start events merged into their complete event. */
  merged: number;
  /** start events without a matching complete (kept as events that start and end at the start time). */
  unpairedStarts: number;
  /** complete events without a start (kept, no start time). */
  unpairedCompletes: number;
}

/** XES log-level metadata kept so that XES → XES keeps it. */
export interface XesMetadata {
  version?: string;
  features?: string;
  extensions: { name: string; prefix: string; uri: string }[];
  classifiers: { name: string; keys: string[]; scope?: string }[];
  /** global default attributes, as JSON of {@link NestedAttribute} arrays. */
  globals: { scope: string; attributes: NestedAttribute[] }[];
  /** log-level attributes. */
  attributes: NestedAttribute[];
}

/** A typed attribute with optional children, as XES nests them. */
export interface NestedAttribute {
  key: string;
  type: AttributeType | 'container';
  value: string;
  /** nested attributes; for a list, its values. */
  children?: NestedAttribute[];
  /** a list's own attributes (written beside its values). */
  meta?: NestedAttribute[];
}

/** What a reader saw, for `inspect` and for writers that want to keep it. */
export interface LogInfo {
  /** the file read, as given. */
  source?: string;
  /** `csv`, `xes`, `arrow`, `parquet`. */
  format: string;
  columns: ColumnMapping;
  /** events read from the file before lifecycle handling and dropping. */
  eventsRead: number;
  lifecycle: LifecycleReport | null;
  dropped: DroppedRows;
  /** non-fatal remarks ("3 traces have the same case id"). */
  warnings: string[];
  /** the timestamp format detected or given (CSV). */
  timestampFormat?: string;
  /** the CSV delimiter used. */
  delimiter?: string;
  xes?: XesMetadata;
}

export interface EventLog {
  /** case identifiers, in case order (cases sorted by their first event's time, ties in file order). */
  readonly caseIds: string[];
  /** case `i` owns events `caseOffsets[i] .. caseOffsets[i+1] - 1`; length cases + 1. */
  readonly caseOffsets: Int32Array;
  /** interned activity names; `activities[e]` indexes this. */
  readonly activityNames: string[];
  readonly activities: Int32Array;
  /** completion time of each event, epoch milliseconds (NaN where missing). */
  readonly timestamps: Float64Array;
  /** start time of each event where known (NaN otherwise); null when the log has no start times at all. */
  readonly startTimestamps: Float64Array | null;
  /** resource per event (-1 where missing) and their names; null when the log has no resources. */
  readonly resources: Int32Array | null;
  readonly resourceNames: string[];
  /** other event attributes, by key. */
  readonly eventAttributes: Map<string, Column>;
  /** case attributes (XES trace attributes other than concept:name; CSV `case:` columns), by key. */
  readonly caseAttributes: Map<string, Column>;
  readonly info: LogInfo;
}

/** Number of cases. */
export function caseCount(log: EventLog): number {
  return log.caseOffsets.length - 1;
}

/** Number of events. */
export function eventCount(log: EventLog): number {
  return log.activities.length;
}

/** The activity codes of case `i` (a view, no copy). */
export function caseActivities(log: EventLog, i: number): Int32Array {
  return log.activities.subarray(log.caseOffsets[i], log.caseOffsets[i + 1]);
}

/** The completion timestamps of case `i` (a view, no copy). */
export function caseTimestamps(log: EventLog, i: number): Float64Array {
  return log.timestamps.subarray(log.caseOffsets[i], log.caseOffsets[i + 1]);
}

/** The activity names of case `i`, e.g. for printing a trace. */
export function caseTrace(log: EventLog, i: number): string[] {
  const out: string[] = [];
  for (let e = log.caseOffsets[i]; e < log.caseOffsets[i + 1]; e++) out.push(log.activityNames[log.activities[e]]);
  return out;
}

/** The value of a column at row `i` as a JS value (string, number, boolean, Date for dates) or undefined. */
export function columnValue(column: Column, i: number): string | number | boolean | Date | undefined {
  switch (column.type) {
    case 'string':
    case 'id':
    case 'list': {
      const code = column.codes[i];
      return code < 0 ? undefined : column.dictionary[code];
    }
    case 'boolean': {
      const v = column.values[i];
      return v < 0 ? undefined : v === 1;
    }
    case 'date': {
      const v = column.values[i];
      return Number.isNaN(v) ? undefined : new Date(v);
    }
    default: {
      const v = column.values[i];
      return Number.isNaN(v) ? undefined : v;
    }
  }
}
