/**
 * The format-neutral form in which the Arrow and Parquet readers hand a batch of rows to the shared table
 * ingest: one chunk per column, typed by the attribute type the column becomes. Text is always dictionary
 * coded (a plain string column is interned per batch), so the ingest does per-value work once per distinct value.
 */
import type { AttributeType } from '../event-log.js';

/** Text values: `codes[i]` indexes `dictionary`, -1 where missing. */
export interface TextChunk {
  kind: 'text';
  codes: Int32Array;
  dictionary: string[];
}

/** Numbers (instants as epoch milliseconds, sub-millisecond as a fraction); NaN where missing. */
export interface NumberChunk {
  kind: 'number';
  values: Float64Array;
}

/** Booleans: 1 true, 0 false, -1 missing. */
export interface BooleanChunk {
  kind: 'boolean';
  values: Int8Array;
}

export type ColumnChunk = TextChunk | NumberChunk | BooleanChunk;

/** A column of the file as the ingest sees it. */
export interface TableField {
  name: string;
  /** The attribute type its values become: text chunks for string/id/list, numbers for int/float/date. */
  type: AttributeType;
  /** Instants stored without a time zone (Arrow timestamp without tz, Parquet isAdjustedToUTC = false). */
  zoneless?: boolean;
  /** The type as the file declares it, for messages ("timestamp[ns]", "INT64"). */
  declared: string;
}

/** The chunk kind a field of this attribute type produces. */
export function chunkKindOf(type: AttributeType): ColumnChunk['kind'] {
  if (type === 'int' || type === 'float' || type === 'date') return 'number';
  if (type === 'boolean') return 'boolean';
  return 'text';
}

/** Interns strings into a {@link TextChunk} row by row; `null`/`undefined` are missing. */
export class TextChunkBuilder {
  readonly codes: Int32Array;
  readonly dictionary: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(length: number) {
    this.codes = new Int32Array(length).fill(-1);
  }

  set(i: number, value: string): void {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.dictionary.length;
      this.dictionary.push(value);
      this.index.set(value, code);
    }
    this.codes[i] = code;
  }

  finish(): TextChunk {
    return { kind: 'text', codes: this.codes, dictionary: this.dictionary };
  }
}

/** Text for a value of a type the ingest has no column type for: nested values as JSON, bytes as base64. */
export function textOfValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? jsonBigint(v) : v));
}

/** BigInts inside nested values: numbers where exact, else decimal text. */
function jsonBigint(v: bigint): number | string {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
}
