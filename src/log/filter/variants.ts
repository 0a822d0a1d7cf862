/**
 * Variant filters: `--top-variants N` keeps the cases of the N most frequent variants (ties in count ordered by
 * the activity sequence, as `procmine variants` lists them); `--variant-coverage 0.8` keeps the most frequent
 * variants until they cover that share of cases, plus any variant as frequent as the last one kept (pm4py's
 * `filter_variants_by_percentage`, so that ties are never split arbitrarily).
 */
import type { EventLog } from '../event-log.js';
import { computeVariantLog, variantTrace, type VariantLog } from '../variant-log.js';
import type { LogFilter } from './log-filter.js';

/**
 * @example
 * filterTopVariants(5);
 */
export function filterTopVariants(n: number): LogFilter {
  return {
    name: '--top-variants',
    description: `the ${n} most frequent variant${n === 1 ? '' : 's'}`,
    select(log) {
      const variants = computeVariantLog(log);
      const order = rankVariants(variants);
      const keep = new Uint8Array(order.length);
      for (let k = 0; k < Math.min(n, order.length); k++) keep[order[k]] = 1;
      return { cases: casesOf(variants, keep) };
    },
  };
}

/**
 * @example
 * filterVariantCoverage(0.8);
 */
export function filterVariantCoverage(share: number): LogFilter {
  return {
    name: '--variant-coverage',
    description: `the most frequent variants covering ${formatPercent(share)} of cases`,
    select(log: EventLog) {
      const variants = computeVariantLog(log);
      const order = rankVariants(variants);
      const total = log.caseOffsets.length - 1;
      const keep = new Uint8Array(order.length);
      let covered = 0;
      let stopBelow = -1;
      for (const v of order) {
        const count = variants.counts[v];
        if (count < stopBelow) break;
        keep[v] = 1;
        covered += count;
        if (stopBelow < 0 && covered / total >= share) stopBelow = count;
      }
      return { cases: casesOf(variants, keep) };
    },
  };
}

/** Variant indices by count descending, then activity sequence (by name, element-wise). */
export function rankVariants(variants: VariantLog): number[] {
  const names = variants.activityNames;
  const order = Array.from(variants.counts, (_, v) => v);
  order.sort((a, b) => variants.counts[b] - variants.counts[a] || compareTraces(variantTrace(variants, a), variantTrace(variants, b), names));
  return order;
}

function compareTraces(a: Int32Array, b: Int32Array, names: string[]): number {
  const m = Math.min(a.length, b.length);
  for (let i = 0; i < m; i++) {
    if (a[i] !== b[i]) return names[a[i]] < names[b[i]] ? -1 : 1;
  }
  return a.length - b.length;
}

function casesOf(variants: VariantLog, keep: Uint8Array): Uint8Array {
  return Uint8Array.from(variants.caseVariant, (v) => keep[v]);
}

function formatPercent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
