/**
 * Deviations read off optimal alignments: a model move on a visible transition means the case skipped that
 * activity, a log move means it did something the model does not allow there ("inserted"). Counted per activity
 * over cases (each variant weighted by its cases), with the share of cases affected, and the worst variants.
 */
import type { AlignmentResult, VariantAlignment } from './alignments/align-log.js';
import { compareStrings } from './label-matching.js';

export type DeviationKind = 'skipped' | 'inserted';

export interface Deviation {
  activity: string;
  kind: DeviationKind;
  /** occurrences, over all cases. */
  count: number;
  /** cases with at least one such deviation. */
  cases: number;
  /** `cases` / aligned cases. */
  share: number;
}

export interface VariantDeviations {
  activities: string[];
  count: number;
  fitness: number | null;
  /** the search did not finish (time budget) or found no alignment. */
  status: VariantAlignment['status'];
  deviations: { activity: string; kind: DeviationKind; count: number }[];
}

export interface ConformanceDiagnostics {
  deviations: Deviation[];
  /** variants by fitness ascending (then by cases, descending); unaligned variants come first. */
  worstVariants: VariantDeviations[];
}

export interface DiagnoseOptions {
  /** how many worst variants to keep (default 10). */
  worst?: number;
}

/**
 * Aggregates the deviations of an alignment result.
 *
 * @example
 * const d = diagnoseAlignments(alignLog(log, net));
 * d.deviations.map(describeDeviation); // ["'Check credit' skipped in 12.4% of cases", …]
 */
export function diagnoseAlignments(result: AlignmentResult, options: DiagnoseOptions = {}): ConformanceDiagnostics {
  const totals = new Map<string, Deviation>();
  const perVariant = result.variants.map((v) => variantDeviations(v));
  perVariant.forEach((v) => {
    for (const d of v.deviations) {
      const key = `${d.kind}\u0000${d.activity}`;
      const entry = totals.get(key) ?? { activity: d.activity, kind: d.kind, count: 0, cases: 0, share: 0 };
      entry.count += d.count * v.count;
      entry.cases += v.count;
      totals.set(key, entry);
    }
  });
  const aligned = result.traces.aligned;
  const deviations = [...totals.values()]
    .map((d) => ({ ...d, share: aligned > 0 ? d.cases / aligned : 0 }))
    .sort((a, b) => b.count - a.count || b.cases - a.cases || compareStrings(a.activity, b.activity) || compareStrings(a.kind, b.kind));
  const worstVariants = perVariant
    .slice()
    .sort((a, b) => rankFitness(a) - rankFitness(b) || b.count - a.count || compareStrings(a.activities.join('\u0000'), b.activities.join('\u0000')))
    .slice(0, options.worst ?? 10);
  return { deviations, worstVariants };
}

/** The deviations of one variant's alignment. */
export function variantDeviations(v: VariantAlignment): VariantDeviations {
  const counts = new Map<string, { activity: string; kind: DeviationKind; count: number }>();
  for (const move of v.moves ?? []) {
    let activity: string | null = null;
    let kind: DeviationKind | null = null;
    if (move.kind === 'log') {
      activity = move.activity;
      kind = 'inserted';
    } else if (move.kind === 'model') {
      activity = move.label;
      kind = 'skipped';
    }
    if (activity === null || kind === null) continue;
    const key = `${kind}\u0000${activity}`;
    const entry = counts.get(key) ?? { activity, kind, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return {
    activities: v.activities,
    count: v.count,
    fitness: v.fitness,
    status: v.status,
    deviations: [...counts.values()].sort((a, b) => b.count - a.count || compareStrings(a.activity, b.activity) || compareStrings(a.kind, b.kind)),
  };
}

/** One line for a report: "'Check credit' skipped in 12.4% of cases". */
export function describeDeviation(d: Deviation): string {
  return `'${d.activity}' ${d.kind} in ${(d.share * 100).toFixed(1)}% of cases`;
}

function rankFitness(v: VariantDeviations): number {
  return v.fitness === null ? -Infinity : v.fitness;
}
