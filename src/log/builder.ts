/**
 * Builds an {@link EventLog} from events streamed in file order. Readers call `addEvent` once per row or XES
 * event; `build()` then groups events by case (stable counting sort), orders each case by time (stable, missing
 * timestamps last), applies the lifecycle mode (pairing start with complete events, as Disco does), orders the
 * cases by their first event, and gathers every column into that order in one pass.
 */
import type {
  Column,
  ColumnMapping,
  DroppedRows,
  EventLog,
  LifecycleMode,
  LifecycleReport,
  LogInfo,
  XesMetadata,
} from './event-log.js';
import { ColumnBuilder } from './column-builder.js';
import { growFloat64, growInt32 } from '../util/growable.js';
import { Interner } from '../util/interner.js';

export interface EventLogBuilderInit {
  source?: string;
  format: string;
  columns: ColumnMapping;
  /** `auto` (the default): `merge` when the log has start events, else `all`. */
  lifecycle?: LifecycleMode | 'auto';
}

const MAX_EXAMPLES = 5;

export class EventLogBuilder {
  private readonly init: EventLogBuilderInit;
  private rows = 0;
  private caseOf: Int32Array = new Int32Array(1024);
  private activityOf: Int32Array = new Int32Array(1024);
  private time: Float64Array = new Float64Array(1024);
  private start: Float64Array | null = null;
  private resourceOf: Int32Array | null = null;
  private lifecycleOf: Int32Array | null = null;
  private instanceOf: Int32Array | null = null;

  private readonly activityNames = new Interner();
  private readonly resourceNames = new Interner();
  private readonly transitions = new Interner();
  private readonly instances = new Interner();
  private readonly caseIndex = new Map<string, number>();
  private readonly caseIdList: (string | undefined)[] = [];
  private readonly eventColumns = new Map<string, ColumnBuilder>();
  private readonly caseColumns = new Map<string, ColumnBuilder>();
  private readonly dropped: DroppedRows = { count: 0, reasons: {}, examples: [] };
  private readonly warnings: string[] = [];

  timestampFormat?: string;
  delimiter?: string;
  xes?: XesMetadata;

  constructor(init: EventLogBuilderInit) {
    this.init = init;
  }

  /** Events added so far. */
  get eventCount(): number {
    return this.rows;
  }

  /** The case with this id, created on first sight (CSV, Arrow: rows name their case). */
  caseFor(id: string): number {
    let c = this.caseIndex.get(id);
    if (c === undefined) {
      c = this.caseIdList.length;
      this.caseIdList.push(id);
      this.caseIndex.set(id, c);
    }
    return c;
  }

  /** A new case even if its id was seen before (XES: each trace is a case); the id may come later. */
  newCase(id?: string): number {
    const c = this.caseIdList.length;
    this.caseIdList.push(id);
    if (id !== undefined && !this.caseIndex.has(id)) this.caseIndex.set(id, c);
    return c;
  }

  setCaseId(caseIndex: number, id: string): void {
    this.caseIdList[caseIndex] = id;
    if (!this.caseIndex.has(id)) this.caseIndex.set(id, caseIndex);
  }

  /** The column builder of a case attribute (rows are case indices). */
  caseAttribute(key: string): ColumnBuilder {
    let col = this.caseColumns.get(key);
    if (col === undefined) {
      col = new ColumnBuilder();
      this.caseColumns.set(key, col);
    }
    return col;
  }

  /** The column builder of an event attribute (rows are the numbers `addEvent` returns). */
  eventAttribute(key: string): ColumnBuilder {
    let col = this.eventColumns.get(key);
    if (col === undefined) {
      col = new ColumnBuilder();
      this.eventColumns.set(key, col);
    }
    return col;
  }

  /** Adds an event; returns its row for the setters below. `timestamp` is epoch ms, NaN when missing. */
  addEvent(caseIndex: number, activity: string, timestamp: number): number {
    return this.addEventCode(caseIndex, this.activityNames.code(activity), timestamp);
  }

  /** The code of an activity name, for readers that look a dictionary up once and then add by code. */
  activityCode(name: string): number {
    return this.activityNames.code(name);
  }

  /** {@link addEvent} with an activity code from {@link activityCode}. */
  addEventCode(caseIndex: number, activityCode: number, timestamp: number): number {
    const r = this.rows++;
    if (r >= this.caseOf.length) {
      this.caseOf = growInt32(this.caseOf, r + 1);
      this.activityOf = growInt32(this.activityOf, r + 1);
      this.time = growFloat64(this.time, r + 1);
    }
    this.caseOf[r] = caseIndex;
    this.activityOf[r] = activityCode;
    this.time[r] = timestamp;
    return r;
  }

  setStartTimestamp(row: number, ms: number): void {
    if (this.start === null) this.start = new Float64Array(Math.max(this.caseOf.length, row + 1)).fill(NaN);
    else if (row >= this.start.length) this.start = growFloat64(this.start, row + 1, NaN);
    this.start[row] = ms;
  }

  setResource(row: number, name: string): void {
    this.setResourceCode(row, this.resourceNames.code(name));
  }

  /** The code of a resource name, for {@link setResourceCode}. */
  resourceCode(name: string): number {
    return this.resourceNames.code(name);
  }

  setResourceCode(row: number, code: number): void {
    if (this.resourceOf === null || row >= this.resourceOf.length) this.resourceOf = ensure(this.resourceOf, row, this.caseOf.length);
    this.resourceOf[row] = code;
  }

  /** The event's `lifecycle:transition`, and its `concept:instance` where the log pairs events by instance. */
  setLifecycle(row: number, transition: string, instance?: string): void {
    this.lifecycleOf = ensure(this.lifecycleOf, row, this.caseOf.length);
    this.lifecycleOf[row] = this.transitions.code(transition);
    if (instance !== undefined) {
      this.instanceOf = ensure(this.instanceOf, row, this.caseOf.length);
      this.instanceOf[row] = this.instances.code(instance);
    }
  }

  /** Records a row that was not kept (with --skip-invalid), so that `inspect` can say how many and why. */
  drop(reason: string, line?: number): void {
    this.dropped.count++;
    this.dropped.reasons[reason] = (this.dropped.reasons[reason] ?? 0) + 1;
    if (this.dropped.examples.length < MAX_EXAMPLES) this.dropped.examples.push({ line, reason });
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  build(): EventLog {
    const n = this.rows;
    const caseTotal = this.caseIdList.length;
    const start = this.start !== null ? growFloat64(this.start, n, NaN) : null;
    const lifecycle = this.lifecycleOf !== null ? growInt32(this.lifecycleOf, n, -1) : null;

    // 1. Group rows by case, keeping file order within a case (counting sort).
    const caseSizes = new Int32Array(caseTotal + 1);
    for (let r = 0; r < n; r++) caseSizes[this.caseOf[r] + 1]++;
    for (let c = 0; c < caseTotal; c++) caseSizes[c + 1] += caseSizes[c];
    const grouped = new Int32Array(n);
    const fill = caseSizes.slice(0, caseTotal);
    for (let r = 0; r < n; r++) grouped[fill[this.caseOf[r]]++] = r;

    // 2. Lifecycle handling and time order, case by case.
    const { mode, report, kinds } = this.resolveLifecycle(lifecycle);
    const keep: number[] = [];
    const keptStart = start !== null || mode === 'merge' ? new Float64Array(n).fill(NaN) : null;
    if (keptStart && start) keptStart.set(start.subarray(0, n));
    const sortTime = this.time;
    const caseFirst = new Float64Array(caseTotal);
    const caseKept = new Int32Array(caseTotal + 1);
    const keptRows: number[] = [];
    for (let c = 0; c < caseTotal; c++) {
      const lo = caseSizes[c];
      const hi = caseSizes[c + 1];
      sortSegmentByTime(grouped, lo, hi, sortTime);
      keep.length = 0;
      if (lifecycle === null || mode === 'all') {
        for (let k = lo; k < hi; k++) keep.push(grouped[k]);
      } else {
        this.applyLifecycle(grouped, lo, hi, lifecycle, mode, kinds, keptStart, report, keep);
      }
      if (keptStart !== null && keep.length > 1) sortByStartThenEnd(keep, keptStart, this.time);
      caseFirst[c] = keep.length === 0 ? NaN : firstTime(keep[0], keptStart, this.time);
      caseKept[c + 1] = keep.length;
      for (const r of keep) keptRows.push(r);
    }

    // 3. Cases ordered by their first event (missing times last), ties in file order; empty cases go.
    const caseRowStart = new Int32Array(caseTotal);
    for (let c = 0, acc = 0; c < caseTotal; c++) {
      caseRowStart[c] = acc;
      acc += caseKept[c + 1];
    }
    const caseOrderAll: number[] = [];
    let emptyCases = 0;
    for (let c = 0; c < caseTotal; c++) {
      if (caseKept[c + 1] > 0) caseOrderAll.push(c);
      else emptyCases++;
    }
    caseOrderAll.sort((a, b) => compareTimes(caseFirst[a], caseFirst[b]) || a - b);
    if (emptyCases > 0) this.warn(`${emptyCases} case(s) without events after reading were left out`);

    const cases = caseOrderAll.length;
    const caseOffsets = new Int32Array(cases + 1);
    const order = new Int32Array(keptRows.length);
    const caseOrder = new Int32Array(cases);
    const caseIds: string[] = new Array(cases);
    let missingIds = 0;
    for (let i = 0, e = 0; i < cases; i++) {
      const c = caseOrderAll[i];
      caseOrder[i] = c;
      let id = this.caseIdList[c];
      if (id === undefined) {
        id = String(c + 1);
        missingIds++;
      }
      caseIds[i] = id;
      const from = caseRowStart[c];
      const size = caseKept[c + 1];
      for (let k = 0; k < size; k++) order[e++] = keptRows[from + k];
      caseOffsets[i + 1] = e;
    }
    if (missingIds > 0) this.warn(`${missingIds} case(s) have no case id; numbered by their position in the file`);
    let named = 0;
    for (const id of this.caseIdList) if (id !== undefined) named++;
    const duplicates = named - this.caseIndex.size;
    if (duplicates > 0) this.warn(`${duplicates} case(s) repeat the id of an earlier case; kept as separate cases`);

    // 4. Gather every column into the final order.
    const m = order.length;
    const activities = new Int32Array(m);
    const timestamps = new Float64Array(m);
    for (let k = 0; k < m; k++) {
      const r = order[k];
      activities[k] = this.activityOf[r];
      timestamps[k] = this.time[r];
    }
    let startTimestamps: Float64Array | null = null;
    if (keptStart !== null) {
      startTimestamps = new Float64Array(m);
      let any = false;
      for (let k = 0; k < m; k++) {
        const v = keptStart[order[k]];
        startTimestamps[k] = v;
        if (!Number.isNaN(v)) any = true;
      }
      if (!any) startTimestamps = null;
    }
    let resources: Int32Array | null = null;
    if (this.resourceOf !== null) {
      const src = growInt32(this.resourceOf, n, -1);
      resources = new Int32Array(m);
      for (let k = 0; k < m; k++) resources[k] = src[order[k]];
    }
    const activityNames = compactActivities(this.activityNames.names, activities);

    const eventAttributes = new Map<string, Column>();
    for (const key of [...this.eventColumns.keys()].sort()) {
      eventAttributes.set(key, this.eventColumns.get(key)!.finish(m, order));
    }
    if (mode === 'all' && lifecycle !== null && !eventAttributes.has('lifecycle:transition')) {
      const codes = new Int32Array(m);
      for (let k = 0; k < m; k++) codes[k] = lifecycle[order[k]];
      eventAttributes.set('lifecycle:transition', { type: 'string', codes, dictionary: this.transitions.names.slice() });
    }
    const caseAttributes = new Map<string, Column>();
    for (const key of [...this.caseColumns.keys()].sort()) {
      caseAttributes.set(key, this.caseColumns.get(key)!.finish(cases, caseOrder));
    }

    const info: LogInfo = {
      source: this.init.source,
      format: this.init.format,
      columns: this.init.columns,
      eventsRead: n + this.dropped.count,
      lifecycle: report,
      dropped: this.dropped,
      warnings: this.warnings,
      timestampFormat: this.timestampFormat,
      delimiter: this.delimiter,
      xes: this.xes,
    };
    return {
      caseIds,
      caseOffsets,
      activityNames,
      activities,
      timestamps,
      startTimestamps,
      resources,
      resourceNames: this.resourceNames.names,
      eventAttributes,
      caseAttributes,
      info,
    };
  }

  private resolveLifecycle(lifecycle: Int32Array | null): {
    mode: LifecycleMode;
    report: LifecycleReport | null;
    kinds: Uint8Array;
  } {
    const names = this.transitions.names;
    // Transitions compare case-insensitively (XES logs write both `complete` and `COMPLETE`).
    const kinds = new Uint8Array(names.length);
    names.forEach((name, code) => {
      const lower = name.toLowerCase();
      kinds[code] = lower === 'start' ? START : lower === 'complete' ? COMPLETE : OTHER;
    });
    const asked = this.init.lifecycle ?? 'auto';
    if (lifecycle === null) return { mode: asked === 'auto' ? 'all' : asked, report: null, kinds };
    const mode: LifecycleMode = asked === 'auto' ? (kinds.includes(START) ? 'merge' : 'all') : asked;
    const counts = new Array<number>(names.length).fill(0);
    let none = 0;
    for (let r = 0; r < this.rows; r++) {
      const t = lifecycle[r];
      if (t < 0) none++;
      else counts[t]++;
    }
    const transitions: LifecycleReport['transitions'] = {};
    names.forEach((name, code) => {
      transitions[name] = { count: counts[code], treatment: treatmentOf(kinds[code], mode) };
    });
    if (none > 0) transitions['(none)'] = { count: none, treatment: mode === 'all' ? 'kept' : 'kept as complete' };
    return { mode, report: { mode, transitions, merged: 0, unpairedStarts: 0, unpairedCompletes: 0 }, kinds };
  }

  /** Pairs each start with the next complete of the same activity (and instance) in the case. */
  private applyLifecycle(
    grouped: Int32Array,
    lo: number,
    hi: number,
    lifecycle: Int32Array,
    mode: LifecycleMode,
    kinds: Uint8Array,
    keptStart: Float64Array | null,
    report: LifecycleReport | null,
    keep: number[],
  ): void {
    const pending = new Map<string, number[]>();
    const instance = this.instanceOf;
    for (let k = lo; k < hi; k++) {
      const r = grouped[k];
      const t = lifecycle[r];
      const kind = t < 0 ? COMPLETE : kinds[t];
      const isComplete = kind === COMPLETE;
      if (mode === 'complete') {
        if (isComplete) keep.push(r);
        continue;
      }
      // merge
      const key = instance !== null && r < instance.length && instance[r] >= 0
        ? `${this.activityOf[r]}#${instance[r]}`
        : `${this.activityOf[r]}`;
      if (kind === START) {
        let q = pending.get(key);
        if (q === undefined) pending.set(key, (q = []));
        q.push(r);
      } else if (isComplete) {
        const q = pending.get(key);
        if (q !== undefined && q.length > 0) {
          const s = q.shift()!;
          if (keptStart !== null) keptStart[r] = this.time[s];
          if (report) report.merged++;
        } else if (report && t >= 0) {
          report.unpairedCompletes++;
        }
        keep.push(r);
      }
    }
    for (const q of pending.values()) {
      for (const s of q) {
        // A start without a complete: keep it as an event that starts and ends at the start time.
        if (keptStart !== null) keptStart[s] = this.time[s];
        keep.push(s);
        if (report) report.unpairedStarts++;
      }
    }
  }
}

const OTHER = 0;
const START = 1;
const COMPLETE = 2;

function treatmentOf(kind: number, mode: LifecycleMode): string {
  if (mode === 'all' || kind === COMPLETE) return 'kept';
  if (mode === 'complete') return 'dropped';
  if (kind === START) return 'merged into the next complete of the same activity';
  return 'dropped';
}

function ensure(a: Int32Array | null, row: number, capacity: number): Int32Array {
  if (a === null) return new Int32Array(Math.max(capacity, row + 1)).fill(-1);
  return growInt32(a, Math.max(row + 1, capacity), -1);
}

/** NaN sorts after every number. */
function compareTimes(a: number, b: number): number {
  const an = Number.isNaN(a);
  const bn = Number.isNaN(b);
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  return a - b;
}

/** Stable sort of rows[lo, hi) by time; most cases are already in order, so check first. */
function sortSegmentByTime(rows: Int32Array, lo: number, hi: number, time: Float64Array): void {
  let sorted = true;
  for (let k = lo + 1; k < hi; k++) {
    if (compareTimes(time[rows[k - 1]], time[rows[k]]) > 0) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  const seg = Array.from(rows.subarray(lo, hi));
  seg.sort((a, b) => compareTimes(time[a], time[b]) || a - b);
  rows.set(seg, lo);
}

function firstTime(r: number, start: Float64Array | null, time: Float64Array): number {
  if (start !== null && !Number.isNaN(start[r])) return start[r];
  return time[r];
}

/** Merged events are ordered by start (completion where no start), then completion, then file order. */
function sortByStartThenEnd(rows: number[], start: Float64Array, time: Float64Array): void {
  for (let k = 1; k < rows.length; k++) {
    const a = rows[k - 1];
    const b = rows[k];
    if ((compareTimes(firstTime(a, start, time), firstTime(b, start, time)) || compareTimes(time[a], time[b]) || a - b) > 0) {
      rows.sort(
        (x, y) =>
          compareTimes(firstTime(x, start, time), firstTime(y, start, time)) || compareTimes(time[x], time[y]) || x - y,
      );
      return;
    }
  }
}

/** Drops activity names no kept event uses (e.g. only seen on dropped lifecycle events) and renumbers. */
function compactActivities(names: string[], activities: Int32Array): string[] {
  const used = new Uint8Array(names.length);
  for (let k = 0; k < activities.length; k++) used[activities[k]] = 1;
  let all = true;
  for (let a = 0; a < names.length; a++) if (!used[a]) all = false;
  if (all) return names;
  const remap = new Int32Array(names.length).fill(-1);
  const activityNames: string[] = [];
  for (let a = 0; a < names.length; a++) {
    if (used[a]) {
      remap[a] = activityNames.length;
      activityNames.push(names[a]);
    }
  }
  for (let k = 0; k < activities.length; k++) activities[k] = remap[activities[k]];
  return activityNames;
}
