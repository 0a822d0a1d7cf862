/**
 * The fall-throughs of IM and IMf in pm4py's order (its `fall_through/factory.py`); empty traces are handled
 * before the base cases, as pm4py's IM does, and the flower model always applies.
 */
import type { FallThrough, FallThroughSplit } from './fall-through.js';
import type { MinerContext } from '../context.js';
import type { SubLog } from '../sub-log.js';
import { activityOncePerTrace } from './activity-once-per-trace.js';
import { activityConcurrent } from './activity-concurrent.js';
import { strictTauLoop } from './strict-tau-loop.js';
import { tauLoop } from './tau-loop.js';
import { flower } from './flower.js';

export const FALL_THROUGHS: readonly FallThrough[] = [activityOncePerTrace, activityConcurrent, strictTauLoop, tauLoop, flower];

export function applyFallThrough(log: SubLog, ctx: MinerContext): FallThroughSplit {
  for (const f of FALL_THROUGHS) {
    const split = f.apply(log, ctx);
    if (split) return split;
  }
  return flower.apply(log, ctx)!;
}
