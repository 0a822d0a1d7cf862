/**
 * Decodes one CSV column's fields, remembering the previous cell: logs repeat values row after row (case ids,
 * case attributes, lifecycle), and comparing a few bytes costs less than decoding and interning again. Columns
 * whose cells rarely repeat (timestamps, event ids) skip the comparison for a while.
 */
import { classifyCell, CELL_FLOAT, CELL_INT } from './cell-value.js';
import type { CsvRecord } from './csv-tokenizer.js';

const UNKNOWN = -1;
const WINDOW = 4096;
/** windows the comparison stays off once it stopped paying, before it is tried again. */
const PAUSE = 16;

export class FieldCache {
  private prevBuf: Buffer | null = null;
  private prevStart = 0;
  private prevEnd = 0;
  private prevFlags = 0;
  private prevText = '';
  private kind = UNKNOWN;
  private number = NaN;
  private checkPrev = true;
  private calls = 0;
  private prevHits = 0;
  private pause = 0;

  /** Field `i` of `record` as text (quotes undone). */
  text(record: CsvRecord, i: number): string {
    const buf = record.buf;
    const s = record.starts[i];
    const e = record.ends[i];
    const f = record.flags[i];
    const n = e - s;
    if (++this.calls === WINDOW) this.adapt();
    const pb = this.prevBuf;
    if (pb !== null && this.prevFlags === f && this.prevEnd - this.prevStart === n) {
      const ps = this.prevStart;
      let k = 0;
      while (k < n && buf[s + k] === pb[ps + k]) k++;
      if (k === n) {
        this.prevHits++;
        // Point at the current chunk, so that the previous one can be freed.
        this.prevBuf = buf;
        this.prevStart = s;
        this.prevEnd = e;
        return this.prevText;
      }
    }
    const text = record.text(i);
    this.prevBuf = this.checkPrev ? buf : null;
    this.prevStart = s;
    this.prevEnd = e;
    this.prevFlags = f;
    this.prevText = text;
    this.kind = UNKNOWN;
    return text;
  }

  /** The CELL_* kind of the text last returned (classified once per run of equal cells). */
  kindOfLast(): number {
    if (this.kind === UNKNOWN) {
      const text = this.prevText;
      this.kind = classifyCell(text);
      this.number = this.kind === CELL_INT || this.kind === CELL_FLOAT ? Number(text) : NaN;
    }
    return this.kind;
  }

  /** The number of the text last returned, when {@link kindOfLast} is CELL_INT or CELL_FLOAT. */
  numberOfLast(): number {
    return this.number;
  }

  /** Turns the comparison off for a while when fewer than 1 in 16 cells repeat the previous one. */
  private adapt(): void {
    if (this.checkPrev) {
      this.checkPrev = this.prevHits * 16 >= this.calls;
      if (!this.checkPrev) {
        this.pause = PAUSE;
        this.prevBuf = null;
      }
    } else if (--this.pause <= 0) {
      this.checkPrev = true;
    }
    this.calls = 0;
    this.prevHits = 0;
  }
}
