/**
 * A cut of the inductive miner (Leemans, Fahland, van der Aalst 2013): `detect` partitions the activities of a
 * directly-follows graph, `split` projects a log onto the parts (IM, IMf) and `splitDfg` projects the graph
 * itself (IMd, Leemans 2015). Partitions hold global activity codes, in the order the operator's children take.
 */
import type { TreeOperator } from '../../../model/process-tree.js';
import type { MinerContext } from '../context.js';
import type { InductiveDfg } from '../inductive-dfg.js';
import type { SubLog } from '../sub-log.js';

/** Groups of activity codes; for a sequence in order, for a loop the body first. */
export type Partition = number[][];

/** A DFG with IMd's flag that the behaviour it stands for may also be skipped. */
export interface SkippableDfg {
  dfg: InductiveDfg;
  skip: boolean;
}

export interface Cut {
  readonly name: 'xor' | 'sequence' | 'concurrency' | 'loop';
  readonly operator: TreeOperator;
  detect(dfg: InductiveDfg): Partition | null;
  split(log: SubLog, partition: Partition, ctx: MinerContext): SubLog[];
  splitDfg(dfg: InductiveDfg, partition: Partition, ctx: MinerContext): SkippableDfg[];
}

/** `groupOf[code]`: the index of the group holding the activity, -1 for none. */
export function indexGroups(partition: Partition, activityCount: number): Int32Array {
  const groupOf = new Int32Array(activityCount).fill(-1);
  partition.forEach((group, i) => group.forEach((a) => (groupOf[a] = i)));
  return groupOf;
}

/** Local vertex groups → global activity codes. */
export function mapToActivities(dfg: InductiveDfg, groups: number[][]): Partition {
  return groups.map((g) => g.map((v) => dfg.vertices[v]));
}
