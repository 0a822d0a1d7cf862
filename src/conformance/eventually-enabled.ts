/**
 * The visible transitions a marking enables directly or after silent transitions: the "activated transitions" of
 * ETConformance (Muñoz-Gama & Carmona 2010). Reproduces pm4py's exploration exactly, including its quirk of
 * remembering one marking per transition (the latest queued), which can leave some silent paths unexplored.
 */
import { isEnabled, markingKey, type IndexedNet } from './indexed-net.js';

/**
 * Visible transitions eventually enabled by `marking`, as pm4py's `get_visible_transitions_eventually_enabled_by_marking`.
 *
 * @example
 * const labels = [...visibleEventuallyEnabled(net, net.initialMarking)].map((t) => net.labels[t]);
 */
export function visibleEventuallyEnabled(net: IndexedNet, marking: Int32Array): Set<number> {
  const queue: number[] = enabledByName(net, marking);
  const markingOf = new Map<number, Int32Array>();
  for (const t of queue) markingOf.set(t, marking);
  const visible = new Set<number>();
  const visited = new Set<string>();
  for (let i = 0; i < queue.length; i++) {
    const t = queue[i];
    const m = markingOf.get(t)!;
    const key = `${t}|${markingKey(m)}`;
    if (visited.has(key)) continue;
    if (net.labelOf[t] >= 0) {
      visible.add(t);
    } else if (isEnabled(net, m, t)) {
      const next = m.slice();
      for (let k = net.effectStart[t]; k < net.effectStart[t + 1]; k++) next[net.effectPlace[k]] += net.effectDelta[k];
      for (const t2 of enabledByName(net, next)) {
        queue.push(t2);
        markingOf.set(t2, next);
      }
    }
    visited.add(key);
  }
  return visible;
}

/** Labels (indices into `net.labelNames`) eventually enabled by a marking, memoized per marking. */
export class EventuallyEnabledLabels {
  private readonly cache = new Map<string, Int32Array>();
  constructor(private readonly net: IndexedNet) {}

  of(marking: Int32Array): Int32Array {
    const key = markingKey(marking);
    let labels = this.cache.get(key);
    if (!labels) {
      const set = new Set<number>();
      for (const t of visibleEventuallyEnabled(this.net, marking)) set.add(this.net.labelOf[t]);
      labels = Int32Array.from(set).sort();
      this.cache.set(key, labels);
    }
    return labels;
  }
}

function enabledByName(net: IndexedNet, m: Int32Array): number[] {
  const out: number[] = [];
  for (let t = 0; t < net.transitionCount; t++) if (isEnabled(net, m, t)) out.push(t);
  return out.sort((a, b) => net.transitionRank[a] - net.transitionRank[b]);
}
