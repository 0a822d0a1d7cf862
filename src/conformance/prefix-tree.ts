/**
 * The prefix tree of a log, as ETConformance (Muñoz-Gama & Carmona 2010) walks it: one node per distinct
 * prefix, with the cases that continue after it and the activities they continue with. Precision replays each
 * node once instead of each prefix of each trace.
 */
import type { VariantLog } from '../log/variant-log.js';

export interface PrefixTree {
  /** node 0 is the empty prefix. */
  readonly size: number;
  readonly parent: Int32Array;
  /** the activity code that leads from the parent to the node (-1 for the root). */
  readonly activity: Int32Array;
  readonly depth: Int32Array;
  /** cases that have this prefix and at least one more event (pm4py's prefix count). */
  readonly continuing: Float64Array;
  /** children of node v: `childNodes[childStart[v] .. childStart[v+1]-1]`. */
  readonly childStart: Int32Array;
  readonly childNodes: Int32Array;
}

/**
 * Builds the prefix tree of a variant log.
 *
 * @example
 * const tree = buildPrefixTree(computeVariantLog(log));
 * tree.continuing[0]; // cases with at least one event
 */
export function buildPrefixTree(variants: VariantLog): PrefixTree {
  const K = variants.activityNames.length + 1;
  const index = new Map<number, number>();
  const parent: number[] = [-1];
  const activity: number[] = [-1];
  const depth: number[] = [0];
  const continuing: number[] = [0];
  for (let v = 0; v < variants.counts.length; v++) {
    const count = variants.counts[v];
    const lo = variants.offsets[v];
    const hi = variants.offsets[v + 1];
    let node = 0;
    for (let e = lo; e < hi; e++) {
      continuing[node] += count;
      const a = variants.activities[e];
      const key = node * K + a;
      let child = index.get(key);
      if (child === undefined) {
        child = parent.length;
        index.set(key, child);
        parent.push(node);
        activity.push(a);
        depth.push(depth[node] + 1);
        continuing.push(0);
      }
      node = child;
    }
  }
  const size = parent.length;
  const childStart = new Int32Array(size + 1);
  for (let v = 1; v < size; v++) childStart[parent[v] + 1]++;
  for (let v = 0; v < size; v++) childStart[v + 1] += childStart[v];
  const fill = childStart.slice(0, size);
  const childNodes = new Int32Array(Math.max(0, size - 1));
  for (let v = 1; v < size; v++) childNodes[fill[parent[v]]++] = v;
  return {
    size,
    parent: Int32Array.from(parent),
    activity: Int32Array.from(activity),
    depth: Int32Array.from(depth),
    continuing: Float64Array.from(continuing),
    childStart,
    childNodes,
  };
}
