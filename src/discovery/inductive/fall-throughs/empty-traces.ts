/**
 * Empty traces (Leemans 2013): a log with empty traces is X(τ, the rest). IMf (Leemans 2013b) drops them
 * instead when they are no more than the noise threshold's share of the cases. IMd's version acts on the
 * DFG's "can be skipped" flag.
 */
import type { SkippableDfg } from '../cuts/cut.js';
import { buildDfg } from '../inductive-dfg.js';
import type { MinerContext } from '../context.js';
import { SubLogBuilder, type SubLog } from '../sub-log.js';

/** The log without its empty traces (trace order kept). */
export function removeEmptyTraces(log: SubLog): SubLog {
  const b = new SubLogBuilder();
  for (let t = 0; t < log.counts.length; t++) {
    if (log.offsets[t + 1] === log.offsets[t]) continue;
    b.pushSlice(log.activities, log.offsets[t], log.offsets[t + 1]);
    b.commit(log.counts[t]);
  }
  return b.build();
}

/** IMd: a skippable DFG becomes X(τ, the same DFG not skippable). */
export function splitSkippableDfg(d: SkippableDfg, ctx: MinerContext): SkippableDfg[] | null {
  if (!d.skip) return null;
  return [{ dfg: buildDfg(ctx, { edges: [], starts: new Map(), ends: new Map() }), skip: false }, { dfg: d.dfg, skip: false }];
}
