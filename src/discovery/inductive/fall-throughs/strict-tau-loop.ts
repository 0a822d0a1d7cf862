/**
 * Strict τ-loop (Leemans' thesis): cut every trace where an end activity is directly followed by a start
 * activity; if that cuts anything, the log is *(the pieces, τ).
 */
import type { FallThrough, FallThroughSplit } from './fall-through.js';
import type { MinerContext } from '../context.js';
import { EMPTY_LOG, SubLogBuilder, type SubLog } from '../sub-log.js';

/** Cuts traces before each position `i` where `cutsBefore(prev, next)`; null when nothing was cut. */
export function splitAtRestarts(log: SubLog, cutsBefore: (prev: number, next: number) => boolean): FallThroughSplit | null {
  const b = new SubLogBuilder();
  let cut = false;
  const acts = log.activities;
  for (let t = 0; t < log.counts.length; t++) {
    const lo = log.offsets[t];
    const hi = log.offsets[t + 1];
    let from = lo;
    for (let e = lo + 1; e < hi; e++) {
      if (cutsBefore(acts[e - 1], acts[e])) {
        b.pushSlice(acts, from, e);
        b.commit(log.counts[t]);
        from = e;
        cut = true;
      }
    }
    b.pushSlice(acts, from, hi);
    b.commit(log.counts[t]);
  }
  return cut ? { operator: '*', children: [b.build(), EMPTY_LOG] } : null;
}

/** Which activities start (`edge = 0`) or end (`edge = 1`) some trace. */
export function markBoundaryActivities(log: SubLog, ctx: MinerContext, edge: 0 | 1): Uint8Array {
  const is = new Uint8Array(ctx.names.length);
  for (let t = 0; t < log.counts.length; t++) {
    const lo = log.offsets[t];
    const hi = log.offsets[t + 1];
    if (hi > lo) is[log.activities[edge === 0 ? lo : hi - 1]] = 1;
  }
  return is;
}

export const strictTauLoop: FallThrough = {
  name: 'strict tau loop',
  apply(log, ctx) {
    const start = markBoundaryActivities(log, ctx, 0);
    const end = markBoundaryActivities(log, ctx, 1);
    return splitAtRestarts(log, (prev, next) => start[next] === 1 && end[prev] === 1);
  },
};
