/**
 * Builds an {@link EventLog} from a typed table read batch by batch (Arrow record batches, Parquet row groups),
 * shared by both readers: columns are mapped to roles with `resolveColumnMapping`, each row's case, activity and
 * timestamp are checked, and every other column becomes a typed event attribute (`case:<key>` columns case
 * attributes, the first value per case kept). Per-value work runs once per dictionary entry, not per row.
 */
import { InputError } from '../../errors.js';
import { formatIsoUtc } from '../../util/iso-time.js';
import { EventLogBuilder } from '../builder.js';
import type { ColumnBuilder } from '../column-builder.js';
import { resolveColumnMapping } from '../column-mapping.js';
import type { ColumnMapping, EventLog } from '../event-log.js';
import type { ReadLogOptions } from '../read-options.js';
import { CASE_PREFIX } from '../table-layout.js';
import { createWallToInstant } from '../timestamps/zone-offset.js';
import { TextChunkBuilder, type ColumnChunk, type TableField, type TextChunk } from './column-chunk.js';
import { TimestampColumn } from './timestamp-column.js';

export interface TableIngestInit {
  file: string;
  format: 'arrow' | 'parquet';
  fields: TableField[];
  options: ReadLogOptions;
}

interface AttributeTarget {
  index: number;
  field: TableField;
  column: ColumnBuilder;
  scope: 'event' | 'case';
  /** zone-less dates read in --timezone; null when they are taken as UTC. */
  wallToInstant: ((wall: number) => number) | null;
}

const INSTANCE_COLUMN = 'concept:instance';
const CASE = 1;
const ACTIVITY = 2;
const TIME = 3;
const START = 4;
const SKIP_HINT = 'pass --skip-invalid to drop such rows (inspect reports how many and why)';

export class TableIngest {
  readonly mapping: ColumnMapping;
  private readonly builder: EventLogBuilder;
  private readonly file: string;
  private readonly fields: TableField[];
  private readonly skipInvalid: boolean;
  private readonly caseIndex: number;
  private readonly activityIndex: number;
  /** columns whose texts, joined by `+`, name the activity (`--classifier A+B`); null for the activity column. */
  private readonly classifier: number[] | null;
  private readonly timeIndex: number;
  private readonly startIndex: number;
  private readonly resourceIndex: number;
  private readonly lifecycleIndex: number;
  private readonly instanceIndex: number;
  private readonly time: TimestampColumn;
  private readonly start: TimestampColumn | null;
  private readonly attributes: AttributeTarget[] = [];
  private rowsBefore = 0;
  private caseDictionary: string[] | null = null;
  private caseOfCode: Int32Array = new Int32Array(0);

  constructor(init: TableIngestInit) {
    const { file, fields, options } = init;
    this.file = file;
    this.fields = fields;
    this.skipInvalid = options.skipInvalid === true;
    const names = fields.map((f) => f.name);
    const classifierKeys = parseClassifier(options.classifier);
    const flags = { ...options };
    // A one-key classifier is just another name for the activity column.
    if (classifierKeys.length === 1 && flags.activity === undefined && names.includes(classifierKeys[0])) {
      flags.activity = classifierKeys[0];
    }
    this.mapping = resolveColumnMapping(names, flags, file);
    const indexOf = (name: string | undefined): number => (name === undefined ? -1 : names.indexOf(name));
    this.caseIndex = indexOf(this.mapping.case);
    this.activityIndex = indexOf(this.mapping.activity);
    this.timeIndex = indexOf(this.mapping.timestamp);
    this.startIndex = indexOf(this.mapping.startTimestamp);
    this.resourceIndex = indexOf(this.mapping.resource);
    this.lifecycleIndex = indexOf(this.mapping.lifecycle);
    this.instanceIndex = this.lifecycleIndex >= 0 ? indexOf(INSTANCE_COLUMN) : -1;
    this.classifier = classifierKeys.length > 1 ? classifierKeys.map((key) => classifierColumn(key, names, file)) : null;
    this.time = new TimestampColumn(fields[this.timeIndex], this.timeIndex + 1, file, options);
    this.start = this.startIndex >= 0 ? new TimestampColumn(fields[this.startIndex], this.startIndex + 1, file, options) : null;
    this.builder = new EventLogBuilder({ source: file, format: init.format, columns: this.mapping, lifecycle: options.lifecycle });

    const roles = new Set([this.caseIndex, this.activityIndex, this.timeIndex, this.startIndex, this.resourceIndex, this.lifecycleIndex]);
    fields.forEach((field, index) => {
      if (roles.has(index)) return;
      const isCase = field.name.startsWith(CASE_PREFIX) && field.name.length > CASE_PREFIX.length;
      const wallToInstant = field.type === 'date' && field.zoneless && options.timezone ? createWallToInstant(options.timezone) : null;
      const column = isCase ? this.builder.caseAttribute(field.name.slice(CASE_PREFIX.length)) : this.builder.eventAttribute(field.name);
      // The file declares the type: a column whose values are all missing keeps it instead of defaulting to text.
      column.declareType(field.type);
      this.attributes.push({ index, field, scope: isCase ? 'case' : 'event', column, wallToInstant });
    });
  }

  /** Adds `length` rows; `chunks[i]` holds the values of field `i` for these rows. */
  addBatch(chunks: ColumnChunk[], length: number): void {
    const builder = this.builder;
    const caseChunk = toText(chunks[this.caseIndex], this.fields[this.caseIndex]);
    const activityChunk = this.classifier
      ? joinTexts(this.classifier.map((k) => toText(chunks[k], this.fields[k])), length)
      : toText(chunks[this.activityIndex], this.fields[this.activityIndex]);
    const times = this.time.read(chunks[this.timeIndex], length);
    const starts = this.start ? this.start.read(chunks[this.startIndex], length) : null;
    const startChunk = this.start ? chunks[this.startIndex] : null;

    const caseCodes = caseChunk.codes;
    const caseIds = caseChunk.dictionary;
    const caseOfCode = this.caseMapFor(caseIds);
    const activityCodes = activityChunk.codes;
    const activityNames = activityChunk.dictionary;
    // dictionary code → builder code, looked up once per distinct name in the batch
    const activityOfCode = new Int32Array(activityNames.length).fill(-1);
    const eventRows = new Int32Array(length);
    const caseRows = new Int32Array(length);
    for (let i = 0; i < length; i++) {
      const cc = caseCodes[i];
      const ac = activityCodes[i];
      const t = times[i];
      if (cc < 0 || ac < 0 || t !== t || (starts !== null && starts[i] !== starts[i] && hasText(startChunk!, i))) {
        this.reject(chunks, i, cc < 0 ? CASE : ac < 0 ? ACTIVITY : t !== t ? TIME : START);
        eventRows[i] = -1;
        continue;
      }
      let c = caseOfCode[cc];
      if (c < 0) c = caseOfCode[cc] = builder.caseFor(caseIds[cc]);
      caseRows[i] = c;
      let a = activityOfCode[ac];
      if (a < 0) a = activityOfCode[ac] = builder.activityCode(activityNames[ac]);
      eventRows[i] = builder.addEventCode(c, a, t);
    }

    if (starts !== null) {
      for (let i = 0; i < length; i++) {
        const r = eventRows[i];
        const s = starts[i];
        if (r >= 0 && s === s) builder.setStartTimestamp(r, s);
      }
    }
    if (this.resourceIndex >= 0) {
      const { codes, dictionary } = toText(chunks[this.resourceIndex], this.fields[this.resourceIndex]);
      const resourceOfCode = new Int32Array(dictionary.length).fill(-1);
      for (let i = 0; i < length; i++) {
        const r = eventRows[i];
        const rc = codes[i];
        if (r < 0 || rc < 0) continue;
        let code = resourceOfCode[rc];
        if (code < 0) code = resourceOfCode[rc] = builder.resourceCode(dictionary[rc]);
        builder.setResourceCode(r, code);
      }
    }
    if (this.lifecycleIndex >= 0) this.addLifecycle(chunks, eventRows, length);
    for (const target of this.attributes) addAttribute(target, chunks[target.index], eventRows, caseRows, length);
    this.rowsBefore += length;
  }

  /** A non-fatal remark about the file, reported by `inspect`. */
  warn(message: string): void {
    this.builder.warn(message);
  }

  /** The log, once every batch was added. */
  finish(): EventLog {
    this.builder.timestampFormat = this.time.format;
    return this.builder.build();
  }

  /** Case index per case-dictionary code, kept while batches share a dictionary (Arrow dictionary columns). */
  private caseMapFor(dictionary: string[]): Int32Array {
    if (this.caseDictionary !== dictionary) {
      this.caseDictionary = dictionary;
      // Filled lazily so that cases are created in row order, not dictionary order.
      this.caseOfCode = new Int32Array(dictionary.length).fill(-1);
    }
    return this.caseOfCode;
  }

  private addLifecycle(chunks: ColumnChunk[], eventRows: Int32Array, length: number): void {
    const transitions = toText(chunks[this.lifecycleIndex], this.fields[this.lifecycleIndex]);
    const instances = this.instanceIndex >= 0 ? toText(chunks[this.instanceIndex], this.fields[this.instanceIndex]) : null;
    for (let i = 0; i < length; i++) {
      const r = eventRows[i];
      const code = transitions.codes[i];
      if (r < 0 || code < 0) continue;
      const ic = instances === null ? -1 : instances.codes[i];
      this.builder.setLifecycle(r, transitions.dictionary[code], ic >= 0 ? instances!.dictionary[ic] : undefined);
    }
  }

  /** Drops row `i` (with --skip-invalid) or throws, naming the row and the column that is wrong. */
  private reject(chunks: ColumnChunk[], i: number, what: number): void {
    const row = this.rowsBefore + i + 1;
    let index: number;
    let problem: { reason: string; detail: string };
    if (what === CASE) {
      index = this.caseIndex;
      problem = { reason: 'missing case id', detail: `no case id in column '${this.fields[index].name}'` };
    } else if (what === ACTIVITY) {
      index = this.classifier ? this.classifier[0] : this.activityIndex;
      problem = { reason: 'missing activity', detail: `no activity in column '${this.fields[index].name}'` };
    } else if (what === TIME) {
      index = this.timeIndex;
      problem = this.time.describeInvalid(chunks[index], i);
    } else {
      index = this.startIndex;
      const { detail } = this.start!.describeInvalid(chunks[index], i);
      problem = { reason: 'unparseable start timestamp', detail };
    }
    if (this.skipInvalid) {
      this.builder.drop(problem.reason, row);
      return;
    }
    throw new InputError(problem.reason.startsWith('missing') ? 'missing-value' : 'invalid-timestamp', `row ${row}: ${problem.detail}`, {
      file: this.file,
      line: row,
      column: index + 1,
      hint: SKIP_HINT,
    });
  }
}

function addAttribute(target: AttributeTarget, chunk: ColumnChunk, eventRows: Int32Array, caseRows: Int32Array, length: number): void {
  const { column, scope } = target;
  const rowsOf = scope === 'event' ? eventRows : caseRows;
  const isCase = scope === 'case';
  if (chunk.kind === 'number') {
    const type = target.field.type === 'int' || target.field.type === 'date' ? target.field.type : 'float';
    const convert = target.wallToInstant;
    const values = chunk.values;
    for (let i = 0; i < length; i++) {
      const v = values[i];
      if (eventRows[i] < 0 || v !== v) continue;
      const r = rowsOf[i];
      if (isCase && column.has(r)) continue;
      column.setNumber(r, convert === null ? v : convert(v), type);
    }
  } else if (chunk.kind === 'boolean') {
    const values = chunk.values;
    for (let i = 0; i < length; i++) {
      const v = values[i];
      if (eventRows[i] < 0 || v < 0) continue;
      const r = rowsOf[i];
      if (isCase && column.has(r)) continue;
      column.setBoolean(r, v === 1);
    }
  } else {
    const type = target.field.type === 'id' || target.field.type === 'list' ? target.field.type : 'string';
    const { codes, dictionary } = chunk;
    for (let i = 0; i < length; i++) {
      const c = codes[i];
      if (eventRows[i] < 0 || c < 0) continue;
      const r = rowsOf[i];
      if (isCase && column.has(r)) continue;
      column.setString(r, dictionary[c], type);
    }
  }
}

/** Whether row `i` of a start-timestamp chunk holds something (a missing start is fine, an unreadable one is not). */
function hasText(chunk: ColumnChunk, i: number): boolean {
  return chunk.kind === 'text' && chunk.codes[i] >= 0 && chunk.dictionary[chunk.codes[i]].trim() !== '';
}

/** Text form of any chunk, for the case, activity, resource and lifecycle roles (integer case ids, …). */
export function toText(chunk: ColumnChunk, field: TableField): TextChunk {
  if (chunk.kind === 'text') return chunk;
  const length = chunk.values.length;
  const out = new TextChunkBuilder(length);
  if (chunk.kind === 'boolean') {
    for (let i = 0; i < length; i++) if (chunk.values[i] >= 0) out.set(i, chunk.values[i] === 1 ? 'true' : 'false');
    return out.finish();
  }
  const values = chunk.values;
  const format = field.type === 'date' ? formatIsoUtc : String;
  // Consecutive rows often repeat (a case's events are together), so format only on change.
  let last = NaN;
  let lastText = '';
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (v !== v) continue;
    if (v !== last) {
      last = v;
      lastText = format(v);
    }
    out.set(i, lastText);
  }
  return out.finish();
}

/** Rows of several text chunks joined by `+` (a multi-key classifier); missing where every part is missing. */
function joinTexts(parts: TextChunk[], length: number): TextChunk {
  const out = new TextChunkBuilder(length);
  for (let i = 0; i < length; i++) {
    let any = false;
    const texts = parts.map((p) => {
      const c = p.codes[i];
      if (c < 0) return '';
      any = true;
      return p.dictionary[c];
    });
    if (any) out.set(i, texts.join('+'));
  }
  return out.finish();
}

function parseClassifier(classifier: string | undefined): string[] {
  if (classifier === undefined) return [];
  const keys = classifier.split('+').map((k) => k.trim()).filter((k) => k !== '');
  // The default classifier is the activity column itself.
  return keys.length === 1 && keys[0] === 'concept:name' ? [] : keys;
}

function classifierColumn(key: string, names: string[], file: string): number {
  let index = names.indexOf(key);
  if (index < 0) index = names.findIndex((n) => n.toLowerCase() === key.toLowerCase());
  if (index < 0) {
    throw new InputError('classifier-not-found', `the classifier names '${key}', which is not a column of the file`, {
      file,
      hint: `columns found: ${names.map((n) => `'${n}'`).join(', ')}`,
    });
  }
  return index;
}
