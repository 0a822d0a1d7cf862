/**
 * pm4py's order of variants: it groups events by case after sorting the case ids (as strings), so a variant
 * comes where its smallest case id sorts. IMf depends on this order through pm4py's concurrency-projection counts
 * (see cuts/concurrency.ts); IM and IMd do not.
 */
import type { VariantLog } from '../../log/variant-log.js';
import { compareCodePoints } from './context.js';

export function orderVariantsByCaseId(variants: VariantLog, caseIds: readonly string[]): VariantLog {
  const n = variants.counts.length;
  const firstCase = new Int32Array(n).fill(-1);
  variants.caseVariant.forEach((v, c) => {
    if (firstCase[v] < 0 || compareCodePoints(caseIds[c], caseIds[firstCase[v]]) < 0) firstCase[v] = c;
  });
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => compareCodePoints(caseIds[firstCase[a]], caseIds[firstCase[b]]));
  const offsets = new Int32Array(n + 1);
  const activities = new Int32Array(variants.activities.length);
  const counts = new Int32Array(n);
  const caseVariant = new Int32Array(variants.caseVariant.length);
  const newIndex = new Int32Array(n);
  order.forEach((old, i) => {
    const lo = variants.offsets[old];
    const hi = variants.offsets[old + 1];
    activities.set(variants.activities.subarray(lo, hi), offsets[i]);
    offsets[i + 1] = offsets[i] + (hi - lo);
    counts[i] = variants.counts[old];
    newIndex[old] = i;
  });
  variants.caseVariant.forEach((v, c) => (caseVariant[c] = newIndex[v]));
  return { activityNames: variants.activityNames, offsets, activities, counts, caseVariant };
}
