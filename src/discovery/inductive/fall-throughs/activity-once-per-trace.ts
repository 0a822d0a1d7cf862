/**
 * Activity once per trace (Leemans' thesis): an activity occurring exactly once in every trace runs concurrently
 * with the rest: +(a, rest). The first such activity by name, as pm4py picks it.
 */
import type { FallThrough, FallThroughSplit } from './fall-through.js';
import type { MinerContext } from '../context.js';
import { logAlphabet, SubLogBuilder, type SubLog } from '../sub-log.js';

export function findOncePerTraceActivity(log: SubLog, ctx: MinerContext): number | null {
  const n = ctx.names.length;
  const alphabet = logAlphabet(log, n);
  const candidate = new Uint8Array(n);
  for (const a of alphabet) candidate[a] = 1;
  const seen = new Int32Array(n);
  let left = alphabet.length;
  for (let t = 0; t < log.counts.length && left > 0; t++) {
    const lo = log.offsets[t];
    const hi = log.offsets[t + 1];
    for (let e = lo; e < hi; e++) seen[log.activities[e]]++;
    for (const a of alphabet) {
      if (candidate[a] && seen[a] !== 1) {
        candidate[a] = 0;
        left--;
      }
    }
    for (let e = lo; e < hi; e++) seen[log.activities[e]] = 0;
  }
  if (left === 0) return null;
  let best = -1;
  for (const a of alphabet) if (candidate[a] && (best < 0 || ctx.rank[a] < ctx.rank[best])) best = a;
  return best;
}

/** +(the activity's own log, the log without it). */
export function splitOffActivity(log: SubLog, activity: number): FallThroughSplit {
  const own = new SubLogBuilder();
  const rest = new SubLogBuilder();
  for (let t = 0; t < log.counts.length; t++) {
    for (let e = log.offsets[t]; e < log.offsets[t + 1]; e++) {
      const a = log.activities[e];
      if (a === activity) own.push(a);
      else rest.push(a);
    }
    own.commit(log.counts[t]);
    rest.commit(log.counts[t]);
  }
  return { operator: '+', children: [own.build(), rest.build()] };
}

export const activityOncePerTrace: FallThrough = {
  name: 'activity once per trace',
  apply(log, ctx) {
    const a = findOncePerTraceActivity(log, ctx);
    return a === null ? null : splitOffActivity(log, a);
  },
};
