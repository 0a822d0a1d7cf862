/**
 * Activity concurrent (Leemans' thesis): the first activity (by name) without which some cut holds is put in
 * parallel with the rest: +(a, rest). Only the DFG of the log without the activity is built per candidate.
 */
import type { FallThrough } from './fall-through.js';
import type { MinerContext } from '../context.js';
import { findCut } from '../cuts/index.js';
import { discoverSubLogDfg } from '../inductive-dfg.js';
import { logAlphabet, type SubLog } from '../sub-log.js';
import { splitOffActivity } from './activity-once-per-trace.js';

export function findConcurrentActivity(log: SubLog, ctx: MinerContext): number | null {
  const candidates = logAlphabet(log, ctx.names.length).sort((a, b) => ctx.rank[a] - ctx.rank[b]);
  for (const a of candidates) if (findCut(discoverSubLogDfg(ctx, log, a)) !== null) return a;
  return null;
}

export const activityConcurrent: FallThrough = {
  name: 'activity concurrent',
  apply(log, ctx) {
    const a = findConcurrentActivity(log, ctx);
    return a === null ? null : splitOffActivity(log, a);
  },
};
