/**
 * The variant projection of a log: each distinct activity sequence once, with the number of cases that follow
 * it. Discovery and conformance work per variant (computed once, weighted by count), so this is the shared scan.
 * Cases are hashed over their code slices in an open-addressing table: no string per case.
 */
import type { EventLog } from './event-log.js';

export interface VariantLog {
  readonly activityNames: string[];
  /** variant `v` is `activities[offsets[v] .. offsets[v+1]-1]`. */
  readonly offsets: Int32Array;
  readonly activities: Int32Array;
  /** cases per variant. */
  readonly counts: Int32Array;
  /** the variant of each case of the source log (empty when built from traces). */
  readonly caseVariant: Int32Array;
}

/** Number of variants. */
export function variantCount(v: VariantLog): number {
  return v.counts.length;
}

/** The activity codes of variant `i` (a view). */
export function variantTrace(v: VariantLog, i: number): Int32Array {
  return v.activities.subarray(v.offsets[i], v.offsets[i + 1]);
}

/**
 * Variants in order of first occurrence (case order).
 *
 * @example
 * const variants = computeVariantLog(log);
 * variantTrace(variants, 0).length; // events of the first variant
 */
export function computeVariantLog(log: EventLog): VariantLog {
  const cases = log.caseOffsets.length - 1;
  const acts = log.activities;
  const offsetsIn = log.caseOffsets;
  let capacity = 1024;
  while (capacity < cases * 2) capacity *= 2;
  const table = new Int32Array(capacity).fill(-1);
  const hashes = new Int32Array(cases);
  const firstCase: number[] = [];
  const counts: number[] = [];
  const caseVariant = new Int32Array(cases);
  const mask = capacity - 1;
  for (let c = 0; c < cases; c++) {
    const lo = offsetsIn[c];
    const hi = offsetsIn[c + 1];
    let h = 0x811c9dc5 ^ (hi - lo);
    for (let e = lo; e < hi; e++) h = Math.imul(h ^ acts[e], 0x01000193);
    hashes[c] = h;
    let slot = h & mask;
    for (;;) {
      const v = table[slot];
      if (v < 0) {
        table[slot] = counts.length;
        caseVariant[c] = counts.length;
        firstCase.push(c);
        counts.push(1);
        break;
      }
      const other = firstCase[v];
      if (hashes[other] === h && sameSlice(acts, offsetsIn[other], offsetsIn[other + 1], lo, hi)) {
        counts[v]++;
        caseVariant[c] = v;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  const n = counts.length;
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v] + (offsetsIn[firstCase[v] + 1] - offsetsIn[firstCase[v]]);
  const activities = new Int32Array(offsets[n]);
  for (let v = 0; v < n; v++) activities.set(acts.subarray(offsetsIn[firstCase[v]], offsetsIn[firstCase[v] + 1]), offsets[v]);
  return { activityNames: log.activityNames, offsets, activities, counts: Int32Array.from(counts), caseVariant };
}

function sameSlice(a: Int32Array, lo1: number, hi1: number, lo2: number, hi2: number): boolean {
  if (hi1 - lo1 !== hi2 - lo2) return false;
  for (let k = 0; k < hi1 - lo1; k++) if (a[lo1 + k] !== a[lo2 + k]) return false;
  return true;
}
