/**
 * Concurrency cut (Leemans 2013): the components of the complement of "edges both ways", smallest first; a group
 * without a start and an end activity joins a neighbour, as in pm4py (the paper rejects the cut). Splitting
 * projects every trace onto each group, with pm4py's counts (below).
 */
import type { Cut, Partition, SkippableDfg } from './cut.js';
import { indexGroups, mapToActivities } from './cut.js';
import type { MinerContext } from '../context.js';
import { hasEdge, type InductiveDfg } from '../inductive-dfg.js';
import { SubLogBuilder, type SubLog } from '../sub-log.js';
import { UnionFind } from '../union-find.js';
import { projectDfgOnGroups } from './xor.js';

export function detectConcurrency(dfg: InductiveDfg): Partition | null {
  const k = dfg.vertices.length;
  if (k === 0) return null;
  const sets = new UnionFind(k);
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) if (!hasEdge(dfg, a, b) || !hasEdge(dfg, b, a)) sets.union(a, b);
  // pm4py's merge loop leaves groups ordered by their first activity in name order, then sorts them by size.
  const groups = sets.groups().sort((x, y) => x.length - y.length);
  const hasStart = (g: number[]) => g.some((v) => dfg.startCounts[v] > 0);
  const hasEnd = (g: number[]) => g.some((v) => dfg.endCounts[v] > 0);
  let i = 0;
  while (i < groups.length && groups.length > 1) {
    if (hasStart(groups[i]) && hasEnd(groups[i])) {
      i++;
      continue;
    }
    const [group] = groups.splice(i, 1);
    groups[i === 0 ? 0 : i - 1].push(...group);
  }
  return groups.length > 1 ? mapToActivities(dfg, groups.map((g) => g.sort((a, b) => a - b))) : null;
}

export function splitConcurrency(log: SubLog, partition: Partition, ctx: MinerContext): SubLog[] {
  const groupOf = indexGroups(partition, ctx.names.length);
  const builders = partition.map(() => new SubLogBuilder());
  const acts = log.activities;
  for (let t = 0; t < log.counts.length; t++) {
    for (let e = log.offsets[t]; e < log.offsets[t + 1]; e++) {
      const g = groupOf[acts[e]];
      if (g >= 0) builders[g].push(acts[e]);
    }
    // pm4py quirk kept on purpose: a projected trace gets the count of the *last* trace projecting onto it, not
    // the sum (`c[t] = n` where `+=` was meant). Only IMf reads counts; summing changes 15 of pm4py's IMf trees
    // on the public logs.
    for (const b of builders) b.commit(log.counts[t], true);
  }
  return builders.map((b) => b.build());
}

export function splitConcurrencyDfg(dfg: InductiveDfg, partition: Partition, ctx: MinerContext): SkippableDfg[] {
  return projectDfgOnGroups(dfg, partition, ctx).map((d) => ({ dfg: d, skip: false }));
}

export const concurrencyCut: Cut = {
  name: 'concurrency',
  operator: '+',
  detect: detectConcurrency,
  split: splitConcurrency,
  splitDfg: splitConcurrencyDfg,
};
