/**
 * pm4py's own variants (from a ref file) as a VariantLog, so that conformance numbers can be compared with
 * pm4py's independently of how our readers order events (refs/README.md lists where they differ).
 */
import type { VariantLog } from '../../../src/log/variant-log.js';

export interface RefVariants {
  count: number;
  variants: { activities: string[]; count: number }[];
}

/** The ref's variant list as a VariantLog, or null when the ref lists only some of the variants. */
export function variantLogFromRef(variants: RefVariants | undefined): VariantLog | null {
  if (!variants || variants.variants.length !== variants.count) return null;
  const names: string[] = [];
  const codes = new Map<string, number>();
  const offsets = new Int32Array(variants.variants.length + 1);
  const activities: number[] = [];
  variants.variants.forEach((v, i) => {
    for (const a of v.activities) {
      let code = codes.get(a);
      if (code === undefined) {
        code = names.length;
        codes.set(a, code);
        names.push(a);
      }
      activities.push(code);
    }
    offsets[i + 1] = activities.length;
  });
  return {
    activityNames: names,
    offsets,
    activities: Int32Array.from(activities),
    counts: Int32Array.from(variants.variants, (v) => v.count),
    caseVariant: new Int32Array(0),
  };
}
