/**
 * IMf (Leemans, Fahland, van der Aalst 2013, "… containing infrequent behaviour"), in pm4py's form: IM, but empty
 * traces within the noise threshold are dropped, and when no cut holds the cuts are tried once more on the DFG
 * with infrequent edges filtered out (the log is still split in full) before falling through.
 */
import { node, TAU, type ProcessTree } from '../../model/process-tree.js';
import type { MinerContext } from './context.js';
import { applyBaseCase } from './base-cases.js';
import { findCut } from './cuts/index.js';
import { applyFallThrough } from './fall-throughs/index.js';
import { removeEmptyTraces } from './fall-throughs/empty-traces.js';
import { filterInfrequentEdges } from './filter-infrequent-edges.js';
import { discoverSubLogDfg, type InductiveDfg } from './inductive-dfg.js';
import { hasEmptyTrace, totalCount, type SubLog } from './sub-log.js';

export function mineImf(log: SubLog, ctx: MinerContext, threshold: number): ProcessTree {
  if (hasEmptyTrace(log)) {
    const rest = removeEmptyTraces(log);
    if (rest.counts.length > 0) {
      const all = totalCount(log);
      if (all - totalCount(rest) > threshold * all) return node('X', [TAU, mineImf(rest, ctx, threshold)]);
      log = rest;
    }
  }
  const base = applyBaseCase(log, ctx);
  if (base) return base;
  const dfg = discoverSubLogDfg(ctx, log);
  return (
    splitOnCut(log, dfg, ctx, threshold) ??
    splitOnCut(log, filterInfrequentEdges(dfg, threshold), ctx, threshold) ??
    fallThrough(log, ctx, threshold)
  );
}

function splitOnCut(log: SubLog, dfg: InductiveDfg, ctx: MinerContext, threshold: number): ProcessTree | null {
  const found = findCut(dfg);
  if (!found) return null;
  const { cut, partition } = found;
  return node(cut.operator, cut.split(log, partition, ctx).map((sub) => mineImf(sub, ctx, threshold)));
}

function fallThrough(log: SubLog, ctx: MinerContext, threshold: number): ProcessTree {
  const split = applyFallThrough(log, ctx);
  return node(split.operator, split.children.map((sub) => mineImf(sub, ctx, threshold)));
}
