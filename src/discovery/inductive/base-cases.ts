/**
 * Base cases of the inductive miner (Leemans 2013): an empty log is τ, a log whose only trace is ⟨a⟩ is the
 * leaf a (⟨⟩ alone is τ). On a DFG (IMd, Leemans 2015): no edges and no activities is τ, no edges and one
 * activity is that activity.
 */
import { leaf, TAU, type ProcessTree } from '../../model/process-tree.js';
import type { MinerContext } from './context.js';
import type { InductiveDfg } from './inductive-dfg.js';
import type { SubLog } from './sub-log.js';

export function applyBaseCase(log: SubLog, ctx: MinerContext): ProcessTree | null {
  const traces = log.counts.length;
  if (traces === 0) return TAU;
  if (traces === 1 && log.offsets[1] - log.offsets[0] <= 1) {
    return log.offsets[1] === log.offsets[0] ? TAU : leaf(ctx.names[log.activities[log.offsets[0]]]);
  }
  return null;
}

export function applyDfgBaseCase(dfg: InductiveDfg, ctx: MinerContext): ProcessTree | null {
  if (dfg.edgeFrom.length > 0) return null;
  if (dfg.vertices.length === 0) return TAU;
  if (dfg.vertices.length === 1) return leaf(ctx.names[dfg.vertices[0]]);
  return null;
}
