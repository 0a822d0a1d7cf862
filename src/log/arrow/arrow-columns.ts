/**
 * The Arrow side of the flat table layout: for each table column an Arrow field and a function that cuts the
 * Data of rows [from, to) straight from the log's arrays. Text is dictionary-encoded against the log's own
 * dictionaries (one dictionary per column for the whole file); instants are Timestamp(ms, UTC), or µs when a
 * value has a sub-millisecond fraction; ints are Int64 when every value is a safe integer, else Float64.
 */
import {
  Bool,
  Dictionary,
  Field,
  Float64,
  Int32,
  Int64,
  makeData,
  TimestampMicrosecond,
  TimestampMillisecond,
  Utf8,
  vectorFromArray,
  type Data,
  type DataType,
  type Vector,
} from 'apache-arrow';
import type { Column, EventLog, StringColumn } from '../event-log.js';
import type { TableColumn } from '../table-layout.js';
import { fitsInt64, TYPE_METADATA_KEY } from '../table/attribute-metadata.js';
import { hasSubMillisecond, msToMicros, setInt64Pair } from '../table/epoch-time.js';

export interface ArrowColumn {
  field: Field;
  /** The values of events [from, to). */
  slice(from: number, to: number): Data;
}

/** Per-event row numbers into a column's own rows: the case index for case attributes, identity otherwise. */
type RowMap = Int32Array | null;

/** The Arrow column for one table column of `log`; `caseOf` maps events to cases, `nextId` numbers dictionaries. */
export function arrowColumn(column: TableColumn, log: EventLog, caseOf: Int32Array, nextId: () => number): ArrowColumn {
  switch (column.kind) {
    case 'case':
      return dictionaryColumn(column.name, log.caseIds, caseOf, null, false, nextId(), undefined);
    case 'activity':
      return dictionaryColumn(column.name, log.activityNames, log.activities, null, false, nextId(), undefined);
    case 'resource':
      return dictionaryColumn(column.name, log.resourceNames, log.resources!, null, true, nextId(), undefined);
    case 'timestamp':
      return timestampColumn(column.name, log.timestamps, null, undefined);
    case 'start':
      return timestampColumn(column.name, log.startTimestamps!, null, undefined);
    case 'event-attribute':
      return attributeColumn(column.name, column.column, null, nextId);
    case 'case-attribute':
      return attributeColumn(column.name, column.column, caseOf, nextId);
  }
}

function attributeColumn(name: string, column: Column, rows: RowMap, nextId: () => number): ArrowColumn {
  const label = new Map([[TYPE_METADATA_KEY, column.type]]);
  switch (column.type) {
    case 'string':
    case 'id':
    case 'list':
      return dictionaryColumn(name, (column as StringColumn).dictionary, column.codes, rows, true, nextId(), label);
    case 'boolean':
      return booleanColumn(name, column.values, rows, label);
    case 'date':
      return timestampColumn(name, column.values, rows, label);
    case 'int':
      return fitsInt64(column.values) ? int64Column(name, column.values, rows, label) : float64Column(name, column.values, rows, label);
    case 'float':
      return float64Column(name, column.values, rows, label);
  }
}

function dictionaryColumn(
  name: string,
  names: string[],
  codes: Int32Array,
  rows: RowMap,
  nullable: boolean,
  id: number,
  metadata: Map<string, string> | undefined,
): ArrowColumn {
  const type = new Dictionary(new Utf8(), new Int32(), id);
  const dictionary: Vector<Utf8> = vectorFromArray(names, new Utf8());
  return {
    field: new Field(name, type, nullable, metadata),
    slice(from, to) {
      const length = to - from;
      const indices = new Int32Array(length);
      if (rows === null) indices.set(codes.subarray(from, to));
      else for (let i = 0; i < length; i++) indices[i] = codes[rows[from + i]];
      const { bitmap, nulls } = validity(length, (i) => indices[i] >= 0);
      // Arrow requires a valid index even under a null bit.
      if (nulls > 0) for (let i = 0; i < length; i++) if (indices[i] < 0) indices[i] = 0;
      return makeData({ type, length, nullCount: nulls, nullBitmap: bitmap, data: indices, dictionary });
    },
  };
}

function timestampColumn(name: string, values: Float64Array, rows: RowMap, metadata: Map<string, string> | undefined): ArrowColumn {
  const micros = hasSubMillisecond(values);
  const type: DataType = micros ? new TimestampMicrosecond('UTC') : new TimestampMillisecond('UTC');
  return {
    field: new Field(name, type, true, metadata),
    slice(from, to) {
      const length = to - from;
      const data = new BigInt64Array(length);
      const pairs = new Int32Array(data.buffer);
      const { bitmap, nulls } = validity(length, (i) => !Number.isNaN(values[rows === null ? from + i : rows[from + i]]));
      for (let i = 0; i < length; i++) {
        const v = values[rows === null ? from + i : rows[from + i]];
        if (v === v) setInt64Pair(pairs, i, micros ? msToMicros(v) : v);
      }
      return makeData({ type, length, nullCount: nulls, nullBitmap: bitmap, data } as never);
    },
  };
}

function int64Column(name: string, values: Float64Array, rows: RowMap, metadata: Map<string, string>): ArrowColumn {
  const type = new Int64();
  return {
    field: new Field(name, type, true, metadata),
    slice(from, to) {
      const length = to - from;
      const data = new BigInt64Array(length);
      const pairs = new Int32Array(data.buffer);
      const { bitmap, nulls } = validity(length, (i) => !Number.isNaN(values[rows === null ? from + i : rows[from + i]]));
      for (let i = 0; i < length; i++) {
        const v = values[rows === null ? from + i : rows[from + i]];
        if (v === v) setInt64Pair(pairs, i, v);
      }
      return makeData({ type, length, nullCount: nulls, nullBitmap: bitmap, data });
    },
  };
}

function float64Column(name: string, values: Float64Array, rows: RowMap, metadata: Map<string, string>): ArrowColumn {
  const type = new Float64();
  return {
    field: new Field(name, type, true, metadata),
    slice(from, to) {
      const length = to - from;
      const data = new Float64Array(length);
      for (let i = 0; i < length; i++) data[i] = values[rows === null ? from + i : rows[from + i]];
      const { bitmap, nulls } = validity(length, (i) => !Number.isNaN(data[i]));
      return makeData({ type, length, nullCount: nulls, nullBitmap: bitmap, data });
    },
  };
}

function booleanColumn(name: string, values: Int8Array, rows: RowMap, metadata: Map<string, string>): ArrowColumn {
  const type = new Bool();
  return {
    field: new Field(name, type, true, metadata),
    slice(from, to) {
      const length = to - from;
      const data = new Uint8Array((length + 7) >> 3);
      const at = (i: number): number => values[rows === null ? from + i : rows[from + i]];
      for (let i = 0; i < length; i++) if (at(i) === 1) data[i >> 3] |= 1 << (i & 7);
      const { bitmap, nulls } = validity(length, (i) => at(i) >= 0);
      return makeData({ type, length, nullCount: nulls, nullBitmap: bitmap, data });
    },
  };
}

/** The validity bitmap of `length` rows, or none when every row has a value. */
function validity(length: number, has: (i: number) => boolean): { bitmap: Uint8Array | undefined; nulls: number } {
  let bitmap: Uint8Array | undefined;
  let nulls = 0;
  for (let i = 0; i < length; i++) {
    if (has(i)) continue;
    if (bitmap === undefined) bitmap = new Uint8Array((length + 7) >> 3).fill(0xff);
    bitmap[i >> 3] &= ~(1 << (i & 7));
    nulls++;
  }
  return { bitmap, nulls };
}
