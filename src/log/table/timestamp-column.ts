/**
 * Turns the chunks of a timestamp column into epoch milliseconds, whatever the file stored: typed instants
 * (already ms; zone-less ones read in `--timezone`), plain epoch numbers (unit judged by magnitude on the first
 * values, once per column), or text (parsed with `--timestamp-format` or the format detected on the first batch,
 * once per distinct value).
 */
import { InputError } from '../../errors.js';
import type { ReadLogOptions } from '../read-options.js';
import { createTimestampParser, detectTimestampParser, type TimestampParser } from '../timestamps.js';
import { createWallToInstant } from '../timestamps/zone-offset.js';
import type { ColumnChunk, TableField, TextChunk } from './column-chunk.js';
import { epochNumberToMs, epochUnitOf, type EpochUnit } from './epoch-time.js';

const DETECTION_SAMPLES = 1000;

export class TimestampColumn {
  /** How the values were read, for `inspect` ("timestamp[ns]", "epoch-ms", the text format). */
  format: string;
  private readonly field: TableField;
  /** 1-based position of the column, for error locations. */
  private readonly columnNumber: number;
  private readonly file: string;
  private readonly options: ReadLogOptions;
  private epochUnit: EpochUnit | null = null;
  private parser: TimestampParser | null = null;
  private parsedFor: string[] | null = null;
  private parsed: Float64Array = new Float64Array(0);
  private readonly wallToInstant: ((wall: number) => number) | null;

  constructor(field: TableField, columnNumber: number, file: string, options: ReadLogOptions) {
    this.field = field;
    this.columnNumber = columnNumber;
    this.file = file;
    this.options = options;
    this.format = field.declared;
    if (field.type === 'boolean') {
      throw new InputError('timestamp-column-type', `column '${field.name}' holds ${field.declared} values, not timestamps`, {
        file,
        column: columnNumber,
        hint: 'name the timestamp column with --timestamp COLUMN',
      });
    }
    this.wallToInstant = field.type === 'date' && field.zoneless && options.timezone ? createWallToInstant(options.timezone) : null;
  }

  /** Epoch ms per row; NaN where the value is missing or cannot be read (see {@link describeInvalid}). */
  read(chunk: ColumnChunk, length: number): Float64Array {
    if (chunk.kind === 'text') return this.readText(chunk, length);
    if (chunk.kind !== 'number') return new Float64Array(length).fill(NaN);
    const values = chunk.values;
    if (this.field.type === 'date') {
      const convert = this.wallToInstant;
      if (convert === null) return values;
      const out = new Float64Array(length);
      for (let i = 0; i < length; i++) out[i] = convert(values[i]);
      return out;
    }
    const unit = this.epochUnitFor(values);
    if (unit === 'ms') return values;
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) out[i] = epochNumberToMs(values[i], unit);
    return out;
  }

  /** Why row `i` has no timestamp: missing, or the text that could not be read. */
  describeInvalid(chunk: ColumnChunk, i: number): { reason: string; detail: string } {
    if (chunk.kind === 'text' && chunk.codes[i] >= 0 && chunk.dictionary[chunk.codes[i]].trim() !== '') {
      return {
        reason: 'unparseable timestamp',
        detail: `cannot read '${chunk.dictionary[chunk.codes[i]]}' in column '${this.field.name}' as a timestamp`,
      };
    }
    return { reason: 'missing timestamp', detail: `no value in column '${this.field.name}'` };
  }

  private epochUnitFor(values: Float64Array): EpochUnit {
    if (this.epochUnit !== null) return this.epochUnit;
    let maxAbs = -1;
    for (let i = 0; i < values.length; i++) {
      const v = Math.abs(values[i]);
      if (v > maxAbs) maxAbs = v;
    }
    // All missing so far: decide on a later batch.
    if (maxAbs < 0) return 'ms';
    this.epochUnit = epochUnitOf(maxAbs);
    this.format = `epoch-${this.epochUnit}`;
    return this.epochUnit;
  }

  /** Parses each distinct text once; a dictionary shared by several batches is parsed once for all. */
  private readText(chunk: TextChunk, length: number): Float64Array {
    const { codes, dictionary } = chunk;
    if (this.parsedFor !== dictionary) {
      const parser = this.parserFor(dictionary);
      // Only empty texts so far: nothing to detect a format from yet.
      if (parser === null) return new Float64Array(length).fill(NaN);
      const parsed = new Float64Array(dictionary.length);
      for (let k = 0; k < dictionary.length; k++) {
        const text = dictionary[k].trim();
        parsed[k] = text === '' ? NaN : parser.parse(text);
      }
      this.parsed = parsed;
      this.parsedFor = dictionary;
    }
    const parsed = this.parsed;
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) {
      const c = codes[i];
      out[i] = c < 0 ? NaN : parsed[c];
    }
    return out;
  }

  private parserFor(dictionary: string[]): TimestampParser | null {
    if (this.parser !== null) return this.parser;
    const { timestampFormat, timezone } = this.options;
    if (timestampFormat !== undefined) {
      this.parser = createTimestampParser(timestampFormat, timezone);
      this.format = this.parser.format;
    } else {
      const samples: string[] = [];
      for (const text of dictionary) {
        const t = text.trim();
        if (t !== '') samples.push(t);
        if (samples.length >= DETECTION_SAMPLES) break;
      }
      if (samples.length === 0) return null;
      this.parser = detectTimestampParser(samples, {
        timezone,
        column: this.field.name,
        columnNumber: this.columnNumber,
        file: this.file,
      });
      this.format = this.parser.format;
    }
    return this.parser;
  }
}
