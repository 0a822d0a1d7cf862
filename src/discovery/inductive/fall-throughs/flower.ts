/**
 * Flower model (Leemans 2013): any activity in any order, *(X(a, b, …), τ). On a DFG (IMd) likewise over its
 * vertices.
 */
import type { FallThrough } from './fall-through.js';
import type { SkippableDfg } from '../cuts/cut.js';
import type { MinerContext } from '../context.js';
import { buildDfg, type InductiveDfg } from '../inductive-dfg.js';
import { EMPTY_LOG, logAlphabet, subLogOf } from '../sub-log.js';

export const flower: FallThrough = {
  name: 'flower',
  apply(log, ctx) {
    const alphabet = logAlphabet(log, ctx.names.length).sort((a, b) => ctx.rank[a] - ctx.rank[b]);
    return { operator: '*', children: [subLogOf(alphabet.map((a) => [a])), EMPTY_LOG] };
  },
};

/** IMd's flower: the body DFG has every vertex as a start and end activity and no edges. */
export function flowerDfg(dfg: InductiveDfg, ctx: MinerContext): SkippableDfg[] {
  const marks = new Map<number, number>();
  for (const a of dfg.vertices) marks.set(a, 1);
  return [
    { dfg: buildDfg(ctx, { edges: [], starts: marks, ends: marks }), skip: false },
    { dfg: buildDfg(ctx, { edges: [], starts: new Map(), ends: new Map() }), skip: false },
  ];
}
