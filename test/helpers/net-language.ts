/**
 * Test oracle: does a Petri net accept a trace? Breadth-first search over (marking, position in the trace),
 * firing silent transitions freely and visible ones when they match the next activity; accepted when the final
 * marking is reached with the whole trace consumed. Bounded by a state limit (small nets only).
 */
import type { AcceptingPetriNet } from '../../src/model/petri-net.js';

export function netAccepts(model: AcceptingPetriNet, trace: string[], stateLimit = 200_000): boolean {
  const { net } = model;
  const pre = new Map<string, Map<string, number>>();
  const post = new Map<string, Map<string, number>>();
  for (const t of net.transitions) {
    pre.set(t.id, new Map());
    post.set(t.id, new Map());
  }
  for (const a of net.arcs) {
    if (pre.has(a.target)) pre.get(a.target)!.set(a.source, (pre.get(a.target)!.get(a.source) ?? 0) + a.weight);
    else post.get(a.source)!.set(a.target, (post.get(a.source)!.get(a.target) ?? 0) + a.weight);
  }
  const key = (m: Map<string, number>) => [...m.entries()].filter(([, v]) => v > 0).sort().map(([p, v]) => `${p}=${v}`).join(',');
  const finalKey = key(new Map(model.finalMarking));
  const start = new Map(model.initialMarking);
  const seen = new Set<string>([`0|${key(start)}`]);
  const queue: [Map<string, number>, number][] = [[start, 0]];
  while (queue.length > 0) {
    const [m, i] = queue.shift()!;
    if (i === trace.length && key(m) === finalKey) return true;
    for (const t of net.transitions) {
      if (t.label !== null && (i >= trace.length || t.label !== trace[i])) continue;
      let enabled = true;
      for (const [p, w] of pre.get(t.id)!) if ((m.get(p) ?? 0) < w) enabled = false;
      if (!enabled) continue;
      const next = new Map(m);
      for (const [p, w] of pre.get(t.id)!) next.set(p, next.get(p)! - w);
      for (const [p, w] of post.get(t.id)!) next.set(p, (next.get(p) ?? 0) + w);
      const j = t.label === null ? i : i + 1;
      const k = `${j}|${key(next)}`;
      if (seen.has(k)) continue;
      if (seen.size > stateLimit) throw new Error('netAccepts: state limit reached');
      seen.add(k);
      queue.push([next, j]);
    }
  }
  return false;
}
