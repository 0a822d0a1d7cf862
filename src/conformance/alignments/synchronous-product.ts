/**
 * The synchronous product of a trace and an accepting Petri net (Adriansyah 2014), kept implicit: a state is a
 * model marking plus a position in the trace; moves are model moves (a transition fires alone), log moves (an
 * event is consumed alone) and synchronous moves (an event and a transition with its label together).
 * Costs follow CLI.md: `standard` 1 / 1 / 0, `pm4py` 10000 / 10000 / 1 (log / visible model / silent model).
 */
import type { IndexedNet } from '../indexed-net.js';

export type CostModelName = 'standard' | 'pm4py';

export interface CostModel {
  logMove: number;
  /** a visible transition fired alone. */
  modelMove: number;
  /** a silent transition. */
  silentMove: number;
  syncMove: number;
}

export const COST_MODELS: Readonly<Record<CostModelName, Readonly<CostModel>>> = {
  standard: { logMove: 1, modelMove: 1, silentMove: 0, syncMove: 0 },
  pm4py: { logMove: 10000, modelMove: 10000, silentMove: 1, syncMove: 0 },
};

export interface SynchronousProduct {
  readonly net: IndexedNet;
  /** per event: the model label index, or -1 when no transition carries the activity. */
  readonly trace: Int32Array;
  readonly costs: CostModel;
  /** per transition: the cost of firing it alone. */
  readonly modelCost: Float64Array;
  /** per event i: how many events from i on carry the same label (for the heuristic's bookkeeping). */
  readonly sameLabelFrom: Int32Array;
}

/** Move codes: `t` model move of t, `T + t` synchronous move of t, `2T` log move. */
export function syncMoveCode(sp: SynchronousProduct, t: number): number {
  return sp.net.transitionCount + t;
}
export function logMoveCode(sp: SynchronousProduct): number {
  return 2 * sp.net.transitionCount;
}

/** Builds the synchronous product of one trace (as model label indices) with the net. */
export function buildSynchronousProduct(net: IndexedNet, trace: Int32Array, costs: CostModel): SynchronousProduct {
  const modelCost = new Float64Array(net.transitionCount);
  for (let t = 0; t < net.transitionCount; t++) modelCost[t] = net.labelOf[t] >= 0 ? costs.modelMove : costs.silentMove;
  const sameLabelFrom = new Int32Array(trace.length);
  const seen = new Int32Array(net.labelNames.length);
  for (let i = trace.length - 1; i >= 0; i--) {
    const a = trace[i];
    if (a >= 0) sameLabelFrom[i] = ++seen[a];
  }
  return { net, trace, costs, modelCost, sameLabelFrom };
}
