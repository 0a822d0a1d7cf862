/**
 * IMd (Leemans, Fahland, van der Aalst 2015, "Scalable process discovery with guarantees"): the inductive miner
 * on the directly-follows graph alone, projecting the graph instead of the log, so it never rescans the log. As
 * in pm4py, a group's "can be skipped" flag only acts when neither a base case nor a cut applies.
 */
import { node, TAU, type ProcessTree } from '../../model/process-tree.js';
import type { MinerContext } from './context.js';
import { applyDfgBaseCase } from './base-cases.js';
import type { SkippableDfg } from './cuts/cut.js';
import { findCut } from './cuts/index.js';
import { splitSkippableDfg } from './fall-throughs/empty-traces.js';
import { flowerDfg } from './fall-throughs/flower.js';

export function mineImd(input: SkippableDfg, ctx: MinerContext): ProcessTree {
  const { dfg } = input;
  const base = applyDfgBaseCase(dfg, ctx);
  if (base) return base;
  const found = findCut(dfg);
  if (found) {
    const { cut, partition } = found;
    return node(cut.operator, cut.splitDfg(dfg, partition, ctx).map((sub) => mineImd(sub, ctx)));
  }
  const skipped = splitSkippableDfg(input, ctx);
  if (skipped) return node('X', [TAU, mineImd(skipped[1], ctx)]);
  return node('*', flowerDfg(dfg, ctx).map((sub) => mineImd(sub, ctx)));
}
