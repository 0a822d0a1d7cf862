/**
 * A fall-through of the inductive miner (Leemans 2013, Sect. 4; Leemans' thesis): when no cut holds, an
 * operator and the sub-logs to recurse on, as pm4py's fall-throughs return them.
 */
import type { TreeOperator } from '../../../model/process-tree.js';
import type { MinerContext } from '../context.js';
import type { SubLog } from '../sub-log.js';

export interface FallThroughSplit {
  operator: TreeOperator;
  children: SubLog[];
}

export interface FallThrough {
  readonly name: string;
  apply(log: SubLog, ctx: MinerContext): FallThroughSplit | null;
}
