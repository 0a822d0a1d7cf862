/**
 * The log the inductive miner recurses on: distinct traces (activity-code slices) with their case counts, in
 * the order pm4py's `Counter` would hold them (first appearance). Splitting a log builds new sub-logs through
 * {@link SubLogBuilder}, which interns projected traces in place: no per-event or per-trace objects.
 */
import type { VariantLog } from '../../log/variant-log.js';

export interface SubLog {
  /** trace `t` is `activities[offsets[t] .. offsets[t+1]-1]`. */
  readonly offsets: Int32Array;
  readonly activities: Int32Array;
  /** cases following trace `t`. */
  readonly counts: Float64Array;
}

export function totalCount(log: SubLog): number {
  let sum = 0;
  for (let t = 0; t < log.counts.length; t++) sum += log.counts[t];
  return sum;
}

export const EMPTY_LOG: SubLog = { offsets: new Int32Array(1), activities: new Int32Array(0), counts: new Float64Array(0) };

/** A sub-log view of a variant log (shares its arrays). */
export function subLogOfVariants(variants: VariantLog): SubLog {
  return { offsets: variants.offsets, activities: variants.activities, counts: Float64Array.from(variants.counts) };
}

/** Builds a sub-log from traces given as arrays, e.g. in tests: `subLogOf([[0, 1], [1]], [3, 1])`. */
export function subLogOf(traces: readonly (readonly number[])[], counts?: readonly number[]): SubLog {
  const b = new SubLogBuilder();
  traces.forEach((trace, i) => {
    for (const a of trace) b.push(a);
    b.commit(counts?.[i] ?? 1);
  });
  return b.build();
}

/** Whether some trace is empty. */
export function hasEmptyTrace(log: SubLog): boolean {
  for (let t = 0; t < log.counts.length; t++) if (log.offsets[t + 1] === log.offsets[t]) return true;
  return false;
}

/** The distinct activity codes of the log, unsorted. */
export function logAlphabet(log: SubLog, activityCount: number): number[] {
  const seen = new Uint8Array(activityCount);
  const out: number[] = [];
  for (let e = 0; e < log.activities.length; e++) {
    const a = log.activities[e];
    if (seen[a] === 0) {
      seen[a] = 1;
      out.push(a);
    }
  }
  return out;
}

/**
 * Interns traces: `push` the activities of one trace, then `commit(count)`. A trace seen before gets the count
 * added (or, with `replace`, overwritten, as pm4py's concurrency projection does).
 */
export class SubLogBuilder {
  private data = new Int32Array(64);
  private dataLength = 0;
  private offsets = new Int32Array(17);
  private counts = new Float64Array(16);
  private hashes = new Int32Array(16);
  private size = 0;
  private table = new Int32Array(32).fill(-1);

  push(activity: number): void {
    if (this.dataLength === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.dataLength++] = activity;
  }

  /** Appends `a[lo..hi-1]` to the pending trace. */
  pushSlice(a: Int32Array, lo: number, hi: number): void {
    const need = this.dataLength + (hi - lo);
    if (need > this.data.length) {
      let n = this.data.length * 2;
      while (n < need) n *= 2;
      const next = new Int32Array(n);
      next.set(this.data.subarray(0, this.dataLength));
      this.data = next;
    }
    this.data.set(a.subarray(lo, hi), this.dataLength);
    this.dataLength = need;
  }

  /** Ends the pending trace; returns its index in the sub-log. */
  commit(count: number, replace = false): number {
    const lo = this.offsets[this.size];
    const hi = this.dataLength;
    let h = 0x811c9dc5 ^ (hi - lo);
    for (let e = lo; e < hi; e++) h = Math.imul(h ^ this.data[e], 0x01000193);
    const mask = this.table.length - 1;
    let slot = h & mask;
    for (;;) {
      const t = this.table[slot];
      if (t < 0) break;
      if (this.hashes[t] === h && this.sameAsPending(t, lo, hi)) {
        this.dataLength = lo;
        if (replace) this.counts[t] = count;
        else this.counts[t] += count;
        return t;
      }
      slot = (slot + 1) & mask;
    }
    const t = this.size++;
    if (this.size >= this.counts.length) this.growTraces();
    this.counts[t] = count;
    this.hashes[t] = h;
    this.offsets[t + 1] = hi;
    this.table[slot] = t;
    if (this.size * 2 > this.table.length) this.rehash();
    return t;
  }

  build(): SubLog {
    const n = this.size;
    return {
      offsets: this.offsets.slice(0, n + 1),
      activities: this.data.slice(0, this.offsets[n]),
      counts: this.counts.slice(0, n),
    };
  }

  private sameAsPending(t: number, lo: number, hi: number): boolean {
    const a = this.offsets[t];
    if (this.offsets[t + 1] - a !== hi - lo) return false;
    for (let k = 0; k < hi - lo; k++) if (this.data[a + k] !== this.data[lo + k]) return false;
    return true;
  }

  private growTraces(): void {
    const cap = this.counts.length * 2;
    const offsets = new Int32Array(cap + 1);
    offsets.set(this.offsets);
    this.offsets = offsets;
    const counts = new Float64Array(cap);
    counts.set(this.counts);
    this.counts = counts;
    const hashes = new Int32Array(cap);
    hashes.set(this.hashes);
    this.hashes = hashes;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let t = 0; t < this.size; t++) {
      let slot = this.hashes[t] & mask;
      while (table[slot] >= 0) slot = (slot + 1) & mask;
      table[slot] = t;
    }
    this.table = table;
  }
}
