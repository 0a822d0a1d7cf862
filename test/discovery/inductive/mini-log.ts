/**
 * Tiny logs for the inductive miner's unit tests, empty traces allowed: `miniLog('a b', '', 'a b')` gives the
 * variant log (activity codes in order of first appearance, counts by repetition), the miner's sub-log and DFG
 * of it, and readable views of partitions and split logs.
 */
import type { VariantLog } from '../../../src/log/variant-log.js';
import { createContext, type MinerContext } from '../../../src/discovery/inductive/context.js';
import type { Partition } from '../../../src/discovery/inductive/cuts/cut.js';
import { discoverSubLogDfg, type InductiveDfg } from '../../../src/discovery/inductive/inductive-dfg.js';
import { subLogOfVariants, type SubLog } from '../../../src/discovery/inductive/sub-log.js';
import { discoverInductiveFromVariants, type InductiveVariant } from '../../../src/discovery/inductive/index.js';
import { formatTree } from '../../../src/model/process-tree.js';

export function variantLogOf(...traces: string[]): VariantLog {
  const names: string[] = [];
  const code = (a: string) => (names.includes(a) ? names.indexOf(a) : names.push(a) - 1);
  const seen = new Map<string, number>();
  const rows: number[][] = [];
  const counts: number[] = [];
  for (const trace of traces) {
    const codes = trace.split(/\s+/).filter(Boolean).map(code);
    const key = codes.join(',');
    if (seen.has(key)) counts[seen.get(key)!]++;
    else {
      seen.set(key, rows.length);
      rows.push(codes);
      counts.push(1);
    }
  }
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (offsets[i + 1] = offsets[i] + r.length));
  return { activityNames: names, offsets, activities: Int32Array.from(rows.flat()), counts: Int32Array.from(counts), caseVariant: new Int32Array(0) };
}

export interface MiniLog {
  ctx: MinerContext;
  log: SubLog;
  dfg: InductiveDfg;
  code(name: string): number;
  /** a partition as sorted, space-joined names per group. */
  groups(p: Partition | null): string[] | null;
  /** a sub-log as `'a b' ×count` strings, `⟨⟩` for the empty trace. */
  traces(l: SubLog): string[];
}

export function miniLog(...traces: string[]): MiniLog {
  const v = variantLogOf(...traces);
  const ctx = createContext(v.activityNames);
  const log = subLogOfVariants(v);
  const names = v.activityNames;
  return {
    ctx,
    log,
    dfg: discoverSubLogDfg(ctx, log),
    code: (name) => names.indexOf(name),
    groups: (p) => (p ? p.map((g) => g.map((a) => names[a]).sort().join(' ')) : null),
    traces: (l) =>
      Array.from(l.counts, (c, t) => {
        const acts = Array.from(l.activities.subarray(l.offsets[t], l.offsets[t + 1]), (a) => names[a]);
        return `${acts.length ? acts.join(' ') : '⟨⟩'} ×${c}`;
      }),
  };
}

/** The tree the miner finds, in pm4py's notation. */
export function mine(variant: InductiveVariant, traces: string[], noiseThreshold?: number): string {
  return formatTree(discoverInductiveFromVariants(variantLogOf(...traces), { variant, noiseThreshold }));
}
