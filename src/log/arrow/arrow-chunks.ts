/**
 * Arrow columns in the ingest's terms: a field's attribute type from its Arrow type (and procmine's field
 * metadata), and each record batch's Data as a {@link ColumnChunk}, read straight from the buffers for the common
 * types (UTF-8, dictionaries, ints, floats, booleans, timestamps, dates) and through `Vector.get` for the rest.
 */
import { DataType, DateUnit, makeVector, Precision, TimeUnit, Type, type Data, type Field, type Vector } from 'apache-arrow';
import type { AttributeType } from '../event-log.js';
import { reconcileType, TYPE_METADATA_KEY } from '../table/attribute-metadata.js';
import { chunkKindOf, TextChunkBuilder, textOfValue, type ColumnChunk, type TableField, type TextChunk } from '../table/column-chunk.js';
import { int64PairToMs, type EpochUnit } from '../table/epoch-time.js';
import { decodeUtf8Text } from './utf8-text.js';

/** The ingest's view of an Arrow field. */
export function arrowField(field: Field): TableField {
  const stored = attributeTypeOf(field.type);
  const type = reconcileType(stored, field.metadata.get(TYPE_METADATA_KEY));
  const valueType = DataType.isDictionary(field.type) ? field.type.dictionary : field.type;
  const zoneless = DataType.isTimestamp(valueType) && !valueType.timezone;
  return { name: field.name, type, zoneless, declared: String(field.type) };
}

function attributeTypeOf(type: DataType): AttributeType {
  if (DataType.isDictionary(type)) return attributeTypeOf(type.dictionary);
  switch (type.typeId) {
    case Type.Int:
      return 'int';
    case Type.Float:
    case Type.Decimal:
      return 'float';
    case Type.Bool:
      return 'boolean';
    case Type.Timestamp:
    case Type.Date:
      return 'date';
    case Type.List:
    case Type.LargeList:
    case Type.FixedSizeList:
    case Type.Struct:
    case Type.Map:
    case Type.Union:
      return 'list';
    default:
      return 'string';
  }
}

/** Buffers that contradict the batch's own lengths (a corrupt file); the reader turns it into an input error. */
export class CorruptDataError extends Error {}

function check(condition: boolean, what: string): void {
  if (!condition) throw new CorruptDataError(what);
}

/** Decoded dictionaries, so that batches sharing one decode it once. */
const dictionaryCache = new WeakMap<Vector, ColumnChunk>();

/** The values of one column of one record batch. */
export function arrowChunk(data: Data, field: TableField): ColumnChunk {
  const length = data.length;
  const valid = validityOf(data);
  const type = data.type;
  if (DataType.isDictionary(type)) return dictionaryChunk(data, field, valid);
  if (DataType.isUtf8(type)) {
    const offsets = data.valueOffsets as Int32Array;
    const end = data.offset + length;
    check(offsets.length > end && offsets[end] <= data.values.length, 'string offsets beyond the data');
    return decodeUtf8Text(data.values as Uint8Array, offsets, data.offset, length, valid);
  }
  if (DataType.isNull(type)) return { kind: 'text', codes: new Int32Array(length).fill(-1), dictionary: [] };
  if (DataType.isInt(type)) {
    if (type.bitWidth === 64) return int64Chunk(data, valid, type.isSigned ? 'signed' : 'unsigned');
    return numbersChunk(data.values as ArrayLike<number>, data.offset, length, valid);
  }
  if (DataType.isFloat(type) && type.precision !== Precision.HALF) {
    return numbersChunk(data.values as ArrayLike<number>, data.offset, length, valid);
  }
  if (DataType.isBool(type)) return booleanChunk(data, valid);
  if (DataType.isTimestamp(type)) return int64Chunk(data, valid, EPOCH_UNITS[type.unit]);
  if (DataType.isDate(type)) {
    if (type.unit === DateUnit.MILLISECOND) return int64Chunk(data, valid, 'ms');
    const days = data.values as Int32Array;
    check(days.length >= data.offset + length, 'fewer values than rows');
    const values = new Float64Array(length);
    for (let i = 0; i < length; i++) values[i] = valid === null || valid(i) ? days[data.offset + i] * 86_400_000 : NaN;
    return { kind: 'number', values };
  }
  return genericChunk(data, field);
}

const EPOCH_UNITS: Record<number, EpochUnit> = {
  [TimeUnit.SECOND]: 's',
  [TimeUnit.MILLISECOND]: 'ms',
  [TimeUnit.MICROSECOND]: 'us',
  [TimeUnit.NANOSECOND]: 'ns',
};

function validityOf(data: Data): ((i: number) => boolean) | null {
  const bitmap = data.nullBitmap;
  if (!bitmap || bitmap.length === 0 || data.nullCount === 0) return null;
  const offset = data.offset;
  check(bitmap.length * 8 >= offset + data.length, 'validity bitmap shorter than the rows');
  return (i) => (bitmap[(offset + i) >> 3] & (1 << ((offset + i) & 7))) !== 0;
}

function dictionaryChunk(data: Data, field: TableField, valid: ((i: number) => boolean) | null): ColumnChunk {
  const dictionary = data.dictionary!;
  let values = dictionaryCache.get(dictionary);
  if (values === undefined) {
    values = concatChunks(dictionary.data.map((d) => arrowChunk(d, field)));
    dictionaryCache.set(dictionary, values);
  }
  const length = data.length;
  const source = data.values as ArrayLike<number | bigint>;
  const offset = data.offset;
  check(source.length >= offset + length, 'fewer dictionary indices than rows');
  const wide = source instanceof BigInt64Array || source instanceof BigUint64Array;
  const size = values.kind === 'text' ? values.codes.length : values.values.length;
  // Dictionary positions per row, -1 where null.
  const at = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    if (valid !== null && !valid(i)) {
      at[i] = -1;
      continue;
    }
    const k = wide ? Number(source[offset + i]) : (source[offset + i] as number);
    check(k >= 0 && k < size, 'dictionary index out of range');
    at[i] = k;
  }
  if (values.kind === 'text') {
    const map = values.codes;
    for (let i = 0; i < length; i++) at[i] = at[i] < 0 ? -1 : map[at[i]];
    return { kind: 'text', codes: at, dictionary: values.dictionary };
  }
  if (values.kind === 'number') {
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) out[i] = at[i] < 0 ? NaN : values.values[at[i]];
    return { kind: 'number', values: out };
  }
  const out = new Int8Array(length);
  for (let i = 0; i < length; i++) out[i] = at[i] < 0 ? -1 : values.values[at[i]];
  return { kind: 'boolean', values: out };
}

function numbersChunk(source: ArrayLike<number>, offset: number, length: number, valid: ((i: number) => boolean) | null): ColumnChunk {
  check(source.length >= offset + length, 'fewer values than rows');
  const values = new Float64Array(length);
  if (valid === null) {
    for (let i = 0; i < length; i++) values[i] = source[offset + i];
  } else {
    for (let i = 0; i < length; i++) values[i] = valid(i) ? source[offset + i] : NaN;
  }
  return { kind: 'number', values };
}

/** 64-bit integers read as int32 pairs: epoch values in a unit, or plain (un)signed integers. */
function int64Chunk(data: Data, valid: ((i: number) => boolean) | null, unit: EpochUnit | 'signed' | 'unsigned'): ColumnChunk {
  const raw = data.values as unknown as ArrayBufferView;
  check(raw.byteLength >= (data.offset + data.length) * 8, 'fewer values than rows');
  const pairs = new Int32Array(raw.buffer, raw.byteOffset + data.offset * 8, data.length * 2);
  const length = data.length;
  const values = new Float64Array(length);
  // One loop per unit keeps the per-value work to a multiply-add for the common ms and signed cases.
  if (unit === 'signed' || unit === 'ms') {
    for (let i = 0; i < length; i++) values[i] = pairs[2 * i + 1] * 4294967296 + (pairs[2 * i] >>> 0);
  } else if (unit === 'unsigned') {
    for (let i = 0; i < length; i++) values[i] = (pairs[2 * i + 1] >>> 0) * 4294967296 + (pairs[2 * i] >>> 0);
  } else {
    for (let i = 0; i < length; i++) values[i] = int64PairToMs(pairs[2 * i], pairs[2 * i + 1], unit);
  }
  if (valid !== null) for (let i = 0; i < length; i++) if (!valid(i)) values[i] = NaN;
  return { kind: 'number', values };
}

function booleanChunk(data: Data, valid: ((i: number) => boolean) | null): ColumnChunk {
  const bits = data.values as Uint8Array;
  const length = data.length;
  const base = data.offset;
  check(bits.length * 8 >= base + length, 'fewer values than rows');
  const values = new Int8Array(length);
  for (let i = 0; i < length; i++) {
    const k = base + i;
    values[i] = valid !== null && !valid(i) ? -1 : (bits[k >> 3] >> (k & 7)) & 1;
  }
  return { kind: 'boolean', values };
}

/** Any other Arrow type, value by value: nested values as JSON text, the rest as text or numbers. */
function genericChunk(data: Data, field: TableField): ColumnChunk {
  const vector = makeVector(data);
  const length = data.length;
  const kind = chunkKindOf(field.type);
  if (kind === 'number') {
    // Arrow decimals come back unscaled.
    const scale = DataType.isDecimal(data.type) ? 10 ** data.type.scale : 1;
    const values = new Float64Array(length);
    for (let i = 0; i < length; i++) {
      const v: unknown = vector.get(i);
      values[i] = v === null || v === undefined ? NaN : Number(v) / scale;
    }
    return { kind: 'number', values };
  }
  if (kind === 'boolean') {
    const values = new Int8Array(length);
    for (let i = 0; i < length; i++) {
      const v: unknown = vector.get(i);
      values[i] = v === null || v === undefined ? -1 : v ? 1 : 0;
    }
    return { kind: 'boolean', values };
  }
  const out = new TextChunkBuilder(length);
  for (let i = 0; i < length; i++) {
    const v: unknown = vector.get(i);
    if (v !== null && v !== undefined) out.set(i, textOfValue(v));
  }
  return out.finish();
}

/** One chunk from the chunks of a dictionary that arrived in several parts (delta dictionaries). */
function concatChunks(chunks: ColumnChunk[]): ColumnChunk {
  if (chunks.length === 1) return chunks[0];
  const length = chunks.reduce((n, c) => n + (c.kind === 'text' ? c.codes.length : c.values.length), 0);
  const first = chunks[0];
  if (first === undefined || first.kind === 'text') {
    const out = new TextChunkBuilder(length);
    let at = 0;
    for (const c of chunks as TextChunk[]) {
      for (let i = 0; i < c.codes.length; i++, at++) if (c.codes[i] >= 0) out.set(at, c.dictionary[c.codes[i]]);
    }
    return out.finish();
  }
  if (first.kind === 'number') {
    const values = new Float64Array(length);
    let at = 0;
    for (const c of chunks) if (c.kind === 'number') values.set(c.values, (at += c.values.length) - c.values.length);
    return { kind: 'number', values };
  }
  const values = new Int8Array(length);
  let at = 0;
  for (const c of chunks) if (c.kind === 'boolean') values.set(c.values, (at += c.values.length) - c.values.length);
  return { kind: 'boolean', values };
}
