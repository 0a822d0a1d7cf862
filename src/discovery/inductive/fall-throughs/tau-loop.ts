/**
 * τ-loop (Leemans' thesis): cut every trace before each start activity that is not its first event; if that cuts
 * anything, the log is *(the pieces, τ).
 */
import type { FallThrough } from './fall-through.js';
import { markBoundaryActivities, splitAtRestarts } from './strict-tau-loop.js';

export const tauLoop: FallThrough = {
  name: 'tau loop',
  apply(log, ctx) {
    const start = markBoundaryActivities(log, ctx, 0);
    return splitAtRestarts(log, (_, next) => start[next] === 1);
  },
};
