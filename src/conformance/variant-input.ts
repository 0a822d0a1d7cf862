/**
 * Conformance functions take an EventLog or its VariantLog; everything is computed once per variant and weighted
 * by the variant's case count.
 */
import type { EventLog } from '../log/event-log.js';
import { computeVariantLog, type VariantLog } from '../log/variant-log.js';

export type LogInput = EventLog | VariantLog;

/** The variant log of an input (computed when an EventLog is given). */
export function toVariantLog(input: LogInput): VariantLog {
  return 'counts' in input ? input : computeVariantLog(input);
}

/** Total number of cases in a variant log. */
export function caseTotal(variants: VariantLog): number {
  let n = 0;
  for (let v = 0; v < variants.counts.length; v++) n += variants.counts[v];
  return n;
}

/** The activity names of variant v. */
export function variantActivities(variants: VariantLog, v: number): string[] {
  const out: string[] = [];
  for (let e = variants.offsets[v]; e < variants.offsets[v + 1]; e++) out.push(variants.activityNames[variants.activities[e]]);
  return out;
}
