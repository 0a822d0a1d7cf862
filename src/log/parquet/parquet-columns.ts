/**
 * The Parquet side of the flat table layout: a schema element and the values of rows [from, to) per table column.
 * Text is UTF8, instants INT64 TIMESTAMP(MILLIS or, with sub-ms values, MICROS; UTC), ints INT64 or DOUBLE when not
 * all safe integers; columns without missing values are REQUIRED. Parquet has no column metadata, so `id`, `list`
 * and DOUBLE `int` columns are labelled in the file's key-value metadata (`procmine:types`).
 */
import type { SchemaElement } from 'hyparquet-writer';
import type { Column, EventLog } from '../event-log.js';
import type { TableColumn } from '../table-layout.js';
import { fitsInt64 } from '../table/attribute-metadata.js';
import { hasSubMillisecond, msToMicros } from '../table/epoch-time.js';

export interface ParquetColumn {
  element: SchemaElement;
  /** the attribute type, for columns whose storage type does not tell it. */
  label?: string;
  /** forced page encoding; unset lets the writer choose (dictionary when it pays). */
  encoding?: 'PLAIN';
  values(from: number, to: number): unknown[];
}

/** Per-event row numbers into a column's own rows: the case index for case attributes, identity otherwise. */
type RowMap = Int32Array | null;

export function parquetColumn(column: TableColumn, log: EventLog, caseOf: Int32Array): ParquetColumn {
  const { name } = column;
  switch (column.kind) {
    case 'case':
      return textColumn(name, log.caseIds, caseOf, null);
    case 'activity':
      return textColumn(name, log.activityNames, log.activities, null);
    case 'resource':
      return textColumn(name, log.resourceNames, log.resources!, null);
    case 'timestamp':
      return timestampColumn(name, log.timestamps, null);
    case 'start':
      return timestampColumn(name, log.startTimestamps!, null);
    case 'event-attribute':
      return attributeColumn(name, column.column, null);
    case 'case-attribute':
      return attributeColumn(name, column.column, caseOf);
  }
}

function attributeColumn(name: string, column: Column, rows: RowMap): ParquetColumn {
  switch (column.type) {
    case 'string':
    case 'id':
    case 'list': {
      const text = textColumn(name, column.dictionary, column.codes, rows);
      return column.type === 'string' ? text : { ...text, label: column.type };
    }
    case 'boolean': {
      const values = column.values;
      return {
        element: { name, type: 'BOOLEAN', repetition_type: repetitionOf(values, (v) => v < 0) },
        values: (from, to) => gather(from, to, rows, (r) => (values[r] < 0 ? null : values[r] === 1)),
      };
    }
    case 'date':
      return timestampColumn(name, column.values, rows);
    case 'int': {
      const values = column.values;
      if (!fitsInt64(values)) return { ...doubleColumn(name, values, rows), label: 'int' };
      return {
        element: { name, type: 'INT64', repetition_type: repetitionOf(values, Number.isNaN) },
        values: (from, to) => gather(from, to, rows, (r) => (Number.isNaN(values[r]) ? null : BigInt(values[r]))),
      };
    }
    case 'float':
      return doubleColumn(name, column.values, rows);
  }
}

function textColumn(name: string, names: string[], codes: Int32Array, rows: RowMap): ParquetColumn {
  return {
    element: {
      name,
      type: 'BYTE_ARRAY',
      converted_type: 'UTF8',
      logical_type: { type: 'STRING' },
      repetition_type: repetitionOf(codes, (c) => c < 0),
    },
    values: (from, to) => gather(from, to, rows, (r) => (codes[r] < 0 ? null : names[codes[r]])),
  };
}

function doubleColumn(name: string, values: Float64Array, rows: RowMap): ParquetColumn {
  return {
    element: { name, type: 'DOUBLE', repetition_type: repetitionOf(values, Number.isNaN) },
    // The writer's dictionary keys values by SameValueZero, which folds -0 into 0: plain pages keep the sign.
    ...(values.some((v) => Object.is(v, -0)) ? { encoding: 'PLAIN' as const } : {}),
    values: (from, to) => gather(from, to, rows, (r) => (Number.isNaN(values[r]) ? null : values[r])),
  };
}

function timestampColumn(name: string, values: Float64Array, rows: RowMap): ParquetColumn {
  const micros = hasSubMillisecond(values);
  return {
    element: {
      name,
      type: 'INT64',
      converted_type: micros ? 'TIMESTAMP_MICROS' : 'TIMESTAMP_MILLIS',
      logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: micros ? 'MICROS' : 'MILLIS' },
      repetition_type: repetitionOf(values, Number.isNaN),
    },
    values: (from, to) =>
      gather(from, to, rows, (r) => {
        const v = values[r];
        return Number.isNaN(v) ? null : BigInt(micros ? msToMicros(v) : v);
      }),
  };
}

/** REQUIRED when no value is missing. */
function repetitionOf<T extends Float64Array | Int32Array | Int8Array>(values: T, missing: (v: number) => boolean): 'REQUIRED' | 'OPTIONAL' {
  for (let i = 0; i < values.length; i++) if (missing(values[i])) return 'OPTIONAL';
  return 'REQUIRED';
}

function gather(from: number, to: number, rows: RowMap, valueAt: (row: number) => unknown): unknown[] {
  const out = new Array<unknown>(to - from);
  for (let i = 0; i < out.length; i++) out[i] = valueAt(rows === null ? from + i : rows[from + i]);
  return out;
}
