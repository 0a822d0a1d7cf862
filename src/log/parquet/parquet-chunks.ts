/**
 * Parquet columns in the ingest's terms: a column's attribute type from its physical and logical type (and
 * procmine's `procmine:types` entry), and the arrays hyparquet decodes for a row group as {@link ColumnChunk}s.
 * Instants arrive as epoch ms numbers through {@link MS_PARSERS} (INT96 from pandas included).
 */
import type { DecodedArray, ParquetParsers, SchemaTree } from 'hyparquet';
import { reconcileType } from '../table/attribute-metadata.js';
import { chunkKindOf, TextChunkBuilder, textOfValue, type ColumnChunk, type TableField } from '../table/column-chunk.js';
import { bigintToMs } from '../table/epoch-time.js';
import type { AttributeType } from '../event-log.js';

/** hyparquet parsers that give epoch ms (sub-ms as a fraction) instead of Date objects. */
export const MS_PARSERS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (ms: bigint) => Number(ms),
  timestampFromMicroseconds: (us: bigint) => bigintToMs(us, 1000n),
  timestampFromNanoseconds: (ns: bigint) => bigintToMs(ns, 1_000_000n),
  dateFromDays: (days: number) => days * 86_400_000,
};

/** The ingest's view of a top-level Parquet column; `labels` are procmine's own type labels, if any. */
export function parquetField(node: SchemaTree, labels: Record<string, string>): TableField {
  const element = node.element;
  const logical = element.logical_type;
  const annotation = logical?.type === 'TIMESTAMP' ? `TIMESTAMP(${logical.unit}${logical.isAdjustedToUTC ? ', UTC' : ''})` : (logical?.type ?? element.converted_type);
  const declared = [element.type ?? 'GROUP', annotation].filter(Boolean).join(' ');
  let type: AttributeType;
  if (node.children.length > 0) type = 'list';
  else if (
    logical?.type === 'TIMESTAMP' ||
    logical?.type === 'DATE' ||
    element.converted_type === 'TIMESTAMP_MILLIS' ||
    element.converted_type === 'TIMESTAMP_MICROS' ||
    element.converted_type === 'DATE' ||
    element.type === 'INT96'
  ) {
    type = 'date';
  } else if (element.type === 'BOOLEAN') type = 'boolean';
  else if (element.converted_type === 'DECIMAL' || logical?.type === 'DECIMAL' || element.type === 'FLOAT' || element.type === 'DOUBLE') {
    type = 'float';
  } else if (element.type === 'INT32' || element.type === 'INT64') {
    type = element.converted_type === 'TIME_MILLIS' || element.converted_type === 'TIME_MICROS' || logical?.type === 'TIME' ? 'string' : 'int';
  } else if (logical?.type === 'JSON' || element.converted_type === 'JSON') type = 'list';
  else type = 'string';
  const zoneless = logical?.type === 'TIMESTAMP' && !logical.isAdjustedToUTC;
  return { name: element.name, type: reconcileType(type, labels[element.name]), zoneless, declared };
}

/** The values of one column for `length` rows of a row group. */
export function parquetChunk(data: DecodedArray, field: TableField, length: number): ColumnChunk {
  const kind = chunkKindOf(field.type);
  if (kind === 'number') return { kind: 'number', values: numbersOf(data, length) };
  if (kind === 'boolean') {
    const values = new Int8Array(length);
    for (let i = 0; i < length; i++) {
      const v: unknown = data[i];
      values[i] = v === null || v === undefined ? -1 : v ? 1 : 0;
    }
    return { kind: 'boolean', values };
  }
  const out = new TextChunkBuilder(length);
  let last: unknown;
  let lastCode = -1;
  for (let i = 0; i < length; i++) {
    const v: unknown = data[i];
    if (v === null || v === undefined) continue;
    // Dictionary-encoded pages repeat the same string instance, and a case's rows sit together.
    if (v === last && lastCode >= 0) {
      out.codes[i] = lastCode;
      continue;
    }
    out.set(i, textOfValue(v));
    last = v;
    lastCode = out.codes[i];
  }
  return out.finish();
}

function numbersOf(data: DecodedArray, length: number): Float64Array {
  if (data instanceof Float64Array) return data.length === length ? data : data.slice(0, length);
  const values = new Float64Array(length);
  if (data instanceof BigInt64Array || data instanceof BigUint64Array) {
    for (let i = 0; i < length; i++) values[i] = Number(data[i]);
    return values;
  }
  if (ArrayBuffer.isView(data)) {
    const typed = data as unknown as ArrayLike<number>;
    for (let i = 0; i < length; i++) values[i] = typed[i];
    return values;
  }
  const list = data as unknown[];
  for (let i = 0; i < length; i++) {
    const v = list[i];
    if (v === null || v === undefined) values[i] = NaN;
    else if (typeof v === 'number') values[i] = v;
    else if (typeof v === 'bigint') values[i] = Number(v);
    else if (v instanceof Date) values[i] = v.getTime();
    else if (typeof v === 'boolean') values[i] = v ? 1 : 0;
    else values[i] = Number(v);
  }
  return values;
}
