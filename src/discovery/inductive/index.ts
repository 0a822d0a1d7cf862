/**
 * The inductive miner family (Leemans, Fahland, van der Aalst): IM (2013), IMf for infrequent behaviour (2013)
 * and IMd from the directly-follows graph alone (2015). Trees are simplified and ordered as pm4py 2.7 does, so
 * that they equal pm4py's `discover_process_tree_inductive` trees (see the reference tests).
 */
import { UsageError } from '../../errors.js';
import type { EventLog } from '../../log/event-log.js';
import { countDirectlyFollows, type DirectlyFollowsCounts } from '../../log/directly-follows.js';
import { computeVariantLog, type VariantLog } from '../../log/variant-log.js';
import type { ProcessTree } from '../../model/process-tree.js';
import { createContext } from './context.js';
import { foldTree } from './fold-tree.js';
import { buildDfg, discoverSubLogDfg } from './inductive-dfg.js';
import { mineIm } from './mine-im.js';
import { mineImd } from './mine-imd.js';
import { mineImf } from './mine-imf.js';
import { orderVariantsByCaseId } from './pm4py-variant-order.js';
import { sortTree } from './sort-tree.js';
import { hasEmptyTrace, subLogOfVariants } from './sub-log.js';

export type InductiveVariant = 'im' | 'imf' | 'imd';

export interface DiscoverInductiveOptions {
  variant: InductiveVariant;
  /** IMf's noise threshold in [0, 1): default 0.2 for `imf`; IM and IMd ignore it. */
  noiseThreshold?: number;
}

/**
 * Discovers a process tree with IM, IMf or IMd.
 *
 * @example
 * const tree = discoverInductive(log, { variant: 'imf', noiseThreshold: 0.2 });
 * formatTree(tree); // "->( 'register request', *( … ), X( 'reject request', 'pay compensation' ) )"
 */
export function discoverInductive(log: EventLog, options: DiscoverInductiveOptions): ProcessTree {
  if (options.variant === 'imd') {
    const df = countDirectlyFollows(log);
    let emptyCases = false;
    for (let c = 0; c + 1 < log.caseOffsets.length && !emptyCases; c++) emptyCases = log.caseOffsets[c] === log.caseOffsets[c + 1];
    return discoverInductiveFromDfg(df, log.activityNames, { skip: emptyCases });
  }
  const variants = computeVariantLog(log);
  // Only IMf's result depends on the order of variants (see pm4py-variant-order.ts).
  return discoverInductiveFromVariants(options.variant === 'imf' ? orderVariantsByCaseId(variants, log.caseIds) : variants, options);
}

/**
 * The same on a variant log (distinct traces with counts), for callers that already have one. For IMf the
 * order of the variants matters as it does in pm4py; pm4py orders them by case id.
 *
 * @example
 * const tree = discoverInductiveFromVariants(computeVariantLog(log), { variant: 'im' });
 */
export function discoverInductiveFromVariants(variants: VariantLog, options: DiscoverInductiveOptions): ProcessTree {
  const ctx = createContext(variants.activityNames);
  const log = subLogOfVariants(variants);
  switch (options.variant) {
    case 'im':
      return finish(mineIm(log, ctx));
    case 'imf':
      return finish(mineImf(log, ctx, checkThreshold(options.noiseThreshold ?? 0.2)));
    case 'imd':
      return finish(mineImd({ dfg: discoverSubLogDfg(ctx, log), skip: hasEmptyTrace(log) }, ctx));
    default:
      throw new UsageError('unknown-variant', `unknown inductive miner variant '${String((options as { variant: unknown }).variant)}'`, {
        hint: "use 'im', 'imf' or 'imd'",
      });
  }
}

/**
 * IMd on a directly-follows graph (as counted by `countDirectlyFollows`), without the log: for logs too large
 * to recurse on. `skip` says that some case is empty.
 *
 * @example
 * const tree = discoverInductiveFromDfg(countDirectlyFollows(log), log.activityNames);
 */
export function discoverInductiveFromDfg(df: DirectlyFollowsCounts, activityNames: string[], options: { skip?: boolean } = {}): ProcessTree {
  const ctx = createContext(activityNames);
  const edges: number[] = [];
  for (let e = 0; e < df.from.length; e++) edges.push(df.from[e], df.to[e], df.count[e]);
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  for (let a = 0; a < df.startCounts.length; a++) {
    if (df.startCounts[a] > 0) starts.set(a, df.startCounts[a]);
    if (df.endCounts[a] > 0) ends.set(a, df.endCounts[a]);
  }
  return finish(mineImd({ dfg: buildDfg(ctx, { edges, starts, ends }), skip: options.skip ?? false }, ctx));
}

function checkThreshold(t: number): number {
  if (!(t >= 0 && t < 1)) {
    throw new UsageError('invalid-noise-threshold', `noise threshold ${t} is outside [0, 1)`, { hint: 'use e.g. 0.2' });
  }
  return t;
}

function finish(tree: ProcessTree): ProcessTree {
  return sortTree(foldTree(tree));
}
