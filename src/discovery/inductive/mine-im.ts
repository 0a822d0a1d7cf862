/**
 * IM (Leemans, Fahland, van der Aalst 2013, "Discovering block-structured process models from event logs"):
 * empty traces, base cases, the first cut that holds, else the fall-throughs; recursing on the split logs.
 * The order of every step is pm4py's (`variants/im.py` over its factories).
 */
import { node, TAU, type ProcessTree } from '../../model/process-tree.js';
import type { MinerContext } from './context.js';
import { applyBaseCase } from './base-cases.js';
import { findCut } from './cuts/index.js';
import { applyFallThrough } from './fall-throughs/index.js';
import { removeEmptyTraces } from './fall-throughs/empty-traces.js';
import { discoverSubLogDfg } from './inductive-dfg.js';
import { hasEmptyTrace, type SubLog } from './sub-log.js';

export function mineIm(log: SubLog, ctx: MinerContext): ProcessTree {
  if (hasEmptyTrace(log)) {
    const rest = removeEmptyTraces(log);
    if (rest.counts.length > 0) return node('X', [TAU, mineIm(rest, ctx)]);
  }
  const base = applyBaseCase(log, ctx);
  if (base) return base;
  const found = findCut(discoverSubLogDfg(ctx, log));
  if (found) {
    const { cut, partition } = found;
    return node(cut.operator, cut.split(log, partition, ctx).map((sub) => mineIm(sub, ctx)));
  }
  const split = applyFallThrough(log, ctx);
  return node(split.operator, split.children.map((sub) => mineIm(sub, ctx)));
}
