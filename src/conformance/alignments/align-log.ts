/**
 * Optimal alignments of every variant of a log (Adriansyah 2014), and alignment-based fitness as pm4py defines
 * it: per trace 1 − cost / (trace length × log-move cost + cost of the cheapest model run), per log
 * 1 − Σcost / Σ that worst cost. A variant whose search overruns its time budget gets no alignment and is
 * counted apart (pm4py leaves such traces out of its averages too; we report how many).
 */
import { indexNet, type IndexedNet } from '../indexed-net.js';
import { matchLabels, type LabelMatchingOptions, type UnmatchedLabels } from '../label-matching.js';
import { caseTotal, toVariantLog, variantActivities, type LogInput } from '../variant-input.js';
import type { AcceptingPetriNet } from '../../model/petri-net.js';
import type { SearchStatus } from './a-star.js';
import { alignTraces, threadCount } from './parallel-align.js';
import { COST_MODELS, type CostModel, type CostModelName } from './synchronous-product.js';
import { TraceAligner } from './trace-aligner.js';

export { TraceAligner } from './trace-aligner.js';

export interface AlignLogOptions {
  /** `standard` (default: 1 per log or model move, 0 per silent move) or `pm4py` (10000 / 10000 / 1). */
  costModel?: CostModelName;
  labels?: LabelMatchingOptions;
  /** time budget of one variant's search in seconds (default 10). */
  maxSecondsPerTrace?: number;
  /**
   * threads to align on (default: one per core; logs with few variants stay on one). The result is the same
   * whatever the number.
   */
  threads?: number;
  /** called now and then with the variants handed out so far and their total (for a progress line). */
  onProgress?: (done: number, total: number) => void;
}

export type MoveKind = 'sync' | 'log' | 'model' | 'silent';

export interface AlignmentMove {
  kind: MoveKind;
  /** the event's activity (sync and log moves), else null. */
  activity: string | null;
  /** the transition's label (sync and model moves), else null. */
  label: string | null;
  /** the transition's id (sync, model and silent moves), else null. */
  transition: string | null;
}

export interface VariantAlignment {
  activities: string[];
  count: number;
  status: SearchStatus;
  /** null when the search did not finish. */
  cost: number | null;
  /** trace length × log-move cost + the cheapest model run. */
  worstCost: number;
  fitness: number | null;
  fitting: boolean;
  moves: AlignmentMove[] | null;
  expandedStates: number;
}

export interface AlignmentResult {
  method: 'alignments';
  costModel: CostModelName;
  /** 1 − Σcost / Σworst cost over the aligned cases. */
  fitness: number;
  averageTraceFitness: number;
  traces: { total: number; fitting: number; aligned: number; notAligned: number };
  /** fitting cases / aligned cases. */
  fittingShare: number;
  /** cost of the cheapest run of the model (the alignment of the empty trace). */
  cheapestRunCost: number;
  variants: VariantAlignment[];
  /** variants without an alignment (time budget, unreachable final marking, unbounded net). */
  notAlignedVariants: number;
  unmatchedLabels: UnmatchedLabels;
  lpSolves: number;
  /** threads that aligned variants (worker threads that started, and this one). */
  threads: number;
}

/**
 * Aligns each variant of the log with the net.
 *
 * @example
 * const r = alignLog(log, acceptingNet, { costModel: 'pm4py' });
 * r.fitness; // pm4py's alignment-based log fitness
 * r.variants[0].moves; // [{ kind: 'sync', activity: 'a', … }, …]
 */
export function alignLog(log: LogInput, apn: AcceptingPetriNet | IndexedNet, options: AlignLogOptions = {}): AlignmentResult {
  const net = 'transitionCount' in apn ? apn : indexNet(apn);
  const variants = toVariantLog(log);
  const costModelName = options.costModel ?? 'standard';
  const costs = COST_MODELS[costModelName];
  const match = matchLabels(variants.activityNames, net.labelNames, options.labels);
  const maxSeconds = options.maxSecondsPerTrace ?? 10;
  const aligner = new TraceAligner(net, costs, maxSeconds);
  const cheapest = aligner.align(new Int32Array(0));
  const cheapestRunCost = cheapest.status === 'optimal' ? cheapest.cost : Number.NaN;
  // every variant as model label indices, aligned (unless no run of the model reaches the final marking)
  const offsets = new Int32Array(variants.counts.length + 1);
  const labels = new Int32Array(variants.activities.length);
  for (let v = 0; v < variants.counts.length; v++) {
    for (let e = variants.offsets[v]; e < variants.offsets[v + 1]; e++) labels[offsets[v] + e - variants.offsets[v]] = match.activityToLabel[variants.activities[e]];
    offsets[v + 1] = offsets[v] + variants.offsets[v + 1] - variants.offsets[v];
  }
  const searched = Number.isNaN(cheapestRunCost)
    ? null
    : alignTraces({ net, costs, maxSeconds, offsets, labels }, threadCount(variants.counts.length, options.threads), aligner, options.onProgress);
  const out: VariantAlignment[] = [];
  let sumCost = 0;
  let sumWorst = 0;
  let sumFitness = 0;
  let aligned = 0;
  let fitting = 0;
  let notAlignedVariants = 0;
  for (let v = 0; v < variants.counts.length; v++) {
    const count = variants.counts[v];
    const activities = variantActivities(variants, v);
    const worstCost = activities.length * costs.logMove + cheapestRunCost;
    const r = searched ? searched.outcomes[v] : null;
    if (!r || r.status !== 'optimal') {
      notAlignedVariants++;
      out.push({ activities, count, status: r?.status ?? cheapest.status, cost: null, worstCost, fitness: null, fitting: false, moves: null, expandedStates: r?.expanded ?? 0 });
      continue;
    }
    const fitness = traceFitness(costModelName, costs, r.cost, worstCost);
    const isFitting = costModelName === 'pm4py' ? Math.floor(r.cost / costs.logMove) === 0 : r.cost === 0;
    out.push({
      activities,
      count,
      status: r.status,
      cost: r.cost,
      worstCost,
      fitness,
      fitting: isFitting,
      moves: describeMoves(net, r.moves, activities),
      expandedStates: r.expanded,
    });
    aligned += count;
    sumCost += count * r.cost;
    sumWorst += count * worstCost;
    sumFitness += count * fitness;
    if (isFitting) fitting += count;
  }
  const total = caseTotal(variants);
  return {
    method: 'alignments',
    costModel: costModelName,
    fitness: aligned > 0 ? 1 - sumCost / sumWorst : 0,
    averageTraceFitness: aligned > 0 ? sumFitness / aligned : 0,
    traces: { total, fitting, aligned, notAligned: total - aligned },
    fittingShare: aligned > 0 ? fitting / aligned : 0,
    cheapestRunCost,
    variants: out,
    notAlignedVariants,
    unmatchedLabels: { logOnly: match.logOnly, modelOnly: match.modelOnly },
    lpSolves: cheapest.lpSolves + (searched?.lpSolves ?? 0),
    threads: searched?.threads ?? 1,
  };
}

/**
 * Per-trace fitness. pm4py counts whole deviations (cost ÷ 10000, rounded down) so that silent moves do not
 * lower it; the standard cost model needs no such rounding.
 */
function traceFitness(name: CostModelName, costs: CostModel, cost: number, worst: number): number {
  if (name === 'pm4py') {
    const denominator = Math.floor(worst / costs.logMove);
    return denominator > 0 ? 1 - Math.floor(cost / costs.logMove) / denominator : 0;
  }
  return worst > 0 ? 1 - cost / worst : 1;
}

/** Move codes → readable moves. */
export function describeMoves(net: IndexedNet, codes: Int32Array, activities: string[]): AlignmentMove[] {
  const T = net.transitionCount;
  const moves: AlignmentMove[] = [];
  let pos = 0;
  for (const code of codes) {
    if (code === 2 * T) {
      moves.push({ kind: 'log', activity: activities[pos++], label: null, transition: null });
    } else if (code >= T) {
      const t = code - T;
      moves.push({ kind: 'sync', activity: activities[pos++], label: net.labels[t], transition: net.transitionIds[t] });
    } else {
      const label = net.labels[code];
      moves.push({ kind: label === null ? 'silent' : 'model', activity: null, label, transition: net.transitionIds[code] });
    }
  }
  return moves;
}
