/**
 * Grows one attribute column while a reader streams rows in, then gathers it into final (case, time) order.
 * A column starts with the type of its first value; when a later value has another type the column falls
 * back to text, formatting the values seen so far, so nothing read is lost.
 */
import type { AttributeType, Column } from './event-log.js';
import { formatIsoUtc } from '../util/iso-time.js';

const INITIAL = 1024;

export class ColumnBuilder {
  type: AttributeType | null = null;
  private numbers: Float64Array | null = null;
  private flags: Int8Array | null = null;
  private codes: Int32Array | null = null;
  private dictionary: string[] = [];
  private index = new Map<string, number>();
  /** rows [0, length) exist. */
  private length = 0;

  /** Fixes the type before any value arrives (a typed source column that may be entirely empty). */
  declareType(type: AttributeType): void {
    if (this.type === null) this.type = type;
  }

  setString(row: number, value: string, type: 'string' | 'id' | 'list' = 'string'): void {
    if (this.type === null) this.type = type;
    else if (this.type !== type) {
      if (this.codes === null) this.toText();
      this.type = 'string';
    }
    const codes = this.ensureCodes(row);
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.dictionary.length;
      this.dictionary.push(value);
      this.index.set(value, code);
    }
    codes[row] = code;
  }

  setNumber(row: number, value: number, type: 'int' | 'float' | 'date'): void {
    if (this.type === null) this.type = type;
    if (this.type !== type) {
      // int and float mix into float; anything else falls back to text.
      if ((this.type === 'int' && type === 'float') || (this.type === 'float' && type === 'int')) {
        this.type = 'float';
      } else {
        if (this.codes === null) this.toText();
        this.setString(row, formatValue(value, type), 'string');
        return;
      }
    }
    if (this.codes !== null) {
      this.setString(row, formatValue(value, type), 'string');
      return;
    }
    this.ensureNumbers(row)[row] = value;
  }

  setBoolean(row: number, value: boolean): void {
    if (this.type === null) this.type = 'boolean';
    if (this.type !== 'boolean') {
      if (this.codes === null) this.toText();
      this.setString(row, value ? 'true' : 'false', 'string');
      return;
    }
    this.ensureFlags(row)[row] = value ? 1 : 0;
  }

  /** Whether row `row` has a value (readers keep the first value of a case attribute). */
  has(row: number): boolean {
    if (row >= this.length) return false;
    if (this.codes !== null) return row < this.codes.length && this.codes[row] >= 0;
    if (this.numbers !== null) return row < this.numbers.length && !Number.isNaN(this.numbers[row]);
    if (this.flags !== null) return row < this.flags.length && this.flags[row] >= 0;
    return false;
  }

  /** The finished column for `rows` rows, gathered by `order` (final row k takes builder row order[k]). */
  finish(rows: number, order: Int32Array | null): Column {
    const take = <T extends Float64Array | Int32Array | Int8Array>(src: T | null, empty: T, fill: number): T => {
      const out = empty;
      out.fill(fill);
      if (src === null) return out;
      const n = Math.min(this.length, src.length);
      if (order === null) {
        out.set(src.subarray(0, Math.min(n, rows)) as never);
      } else {
        for (let k = 0; k < rows; k++) {
          const r = order[k];
          if (r < n) out[k] = src[r];
        }
      }
      return out;
    };
    if (this.codes !== null || this.type === 'string' || this.type === 'id' || this.type === 'list' || this.type === null) {
      const type = this.type === 'id' || this.type === 'list' ? this.type : 'string';
      return { type, codes: take(this.codes, new Int32Array(rows), -1), dictionary: this.dictionary };
    }
    if (this.type === 'boolean') return { type: 'boolean', values: take(this.flags, new Int8Array(rows), -1) };
    return { type: this.type, values: take(this.numbers, new Float64Array(rows), NaN) };
  }

  private toText(): void {
    const codes = new Int32Array(Math.max(INITIAL, this.length)).fill(-1);
    const oldType = this.type;
    const numbers = this.numbers;
    const flags = this.flags;
    this.codes = codes;
    this.numbers = null;
    this.flags = null;
    for (let r = 0; r < this.length; r++) {
      let text: string | null = null;
      if (numbers !== null && r < numbers.length && !Number.isNaN(numbers[r])) {
        text = formatValue(numbers[r], oldType as 'int' | 'float' | 'date');
      } else if (flags !== null && r < flags.length && flags[r] >= 0) {
        text = flags[r] === 1 ? 'true' : 'false';
      }
      if (text !== null) {
        let code = this.index.get(text);
        if (code === undefined) {
          code = this.dictionary.length;
          this.dictionary.push(text);
          this.index.set(text, code);
        }
        codes[r] = code;
      }
    }
    this.type = 'string';
  }

  private ensureCodes(row: number): Int32Array {
    if (row >= this.length) this.length = row + 1;
    let a = this.codes;
    if (a === null || row >= a.length) {
      const next = new Int32Array(grow(a?.length ?? 0, row)).fill(-1);
      if (a) next.set(a);
      this.codes = a = next;
    }
    return a;
  }

  private ensureNumbers(row: number): Float64Array {
    if (row >= this.length) this.length = row + 1;
    let a = this.numbers;
    if (a === null || row >= a.length) {
      const next = new Float64Array(grow(a?.length ?? 0, row)).fill(NaN);
      if (a) next.set(a);
      this.numbers = a = next;
    }
    return a;
  }

  private ensureFlags(row: number): Int8Array {
    if (row >= this.length) this.length = row + 1;
    let a = this.flags;
    if (a === null || row >= a.length) {
      const next = new Int8Array(grow(a?.length ?? 0, row)).fill(-1);
      if (a) next.set(a);
      this.flags = a = next;
    }
    return a;
  }
}

function grow(current: number, row: number): number {
  let n = Math.max(INITIAL, current);
  while (n <= row) n *= 2;
  return n;
}

/** Text form of a typed value, used when a column falls back to text. */
export function formatValue(value: number, type: 'int' | 'float' | 'date'): string {
  return type === 'date' ? formatIsoUtc(value) : String(value);
}
