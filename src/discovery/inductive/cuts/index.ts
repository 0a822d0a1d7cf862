/**
 * The cuts in the order pm4py tries them (its `cuts/factory.py`): exclusive choice, (strict) sequence,
 * concurrency, loop. The first that holds on the DFG wins.
 */
import type { Cut, Partition } from './cut.js';
import type { InductiveDfg } from '../inductive-dfg.js';
import { xorCut } from './xor.js';
import { sequenceCut } from './sequence.js';
import { concurrencyCut } from './concurrency.js';
import { loopCut } from './loop.js';

export const CUTS: readonly Cut[] = [xorCut, sequenceCut, concurrencyCut, loopCut];

export function findCut(dfg: InductiveDfg): { cut: Cut; partition: Partition } | null {
  for (const cut of CUTS) {
    const partition = cut.detect(dfg);
    if (partition) return { cut, partition };
  }
  return null;
}
