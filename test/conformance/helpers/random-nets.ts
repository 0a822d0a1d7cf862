/**
 * Random block-structured workflow nets for property tests: a random process tree (sequence, choice, parallel,
 * loop, silent leaves) translated into a sound net, and random runs of that net.
 */
import fc from 'fast-check';
import type { AcceptingPetriNet, Arc, Place, Transition } from '../../../src/model/petri-net.js';

export type Tree =
  | { op: 'leaf'; label: string | null }
  | { op: 'seq' | 'xor' | 'and'; children: Tree[] }
  | { op: 'loop'; body: Tree; redo: Tree };

export const treeArbitrary = (labels = 'abcdef'): fc.Arbitrary<Tree> => {
  const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ op: fc.constant('leaf' as const), label: fc.oneof(fc.constantFrom(...labels.split('')), fc.constant(null)) }),
      fc.record({ op: fc.constantFrom('seq' as const, 'xor' as const, 'and' as const), children: fc.array(tie('tree'), { minLength: 2, maxLength: 3 }) }),
      fc.record({ op: fc.constant('loop' as const), body: tie('tree'), redo: tie('tree') }),
    ),
  }));
  return tree;
};

/** The workflow net of a tree (source `i`, sink `o`). */
export function treeToNet(tree: Tree): AcceptingPetriNet {
  const places: Place[] = [];
  const transitions: Transition[] = [];
  const arcs: Arc[] = [];
  const place = () => {
    const id = `p${places.length}`;
    places.push({ id });
    return id;
  };
  const transition = (label: string | null, from: string[], to: string[]) => {
    const id = `t${transitions.length}`;
    transitions.push({ id, label });
    for (const p of from) arcs.push({ source: p, target: id, weight: 1 });
    for (const p of to) arcs.push({ source: id, target: p, weight: 1 });
  };
  const build = (t: Tree, from: string, to: string): void => {
    switch (t.op) {
      case 'leaf':
        transition(t.label, [from], [to]);
        return;
      case 'seq': {
        let current = from;
        t.children.forEach((c, k) => {
          const next = k === t.children.length - 1 ? to : place();
          build(c, current, next);
          current = next;
        });
        return;
      }
      case 'xor':
        for (const c of t.children) build(c, from, to);
        return;
      case 'and': {
        const starts = t.children.map(() => place());
        const ends = t.children.map(() => place());
        transition(null, [from], starts);
        t.children.forEach((c, k) => build(c, starts[k], ends[k]));
        transition(null, ends, [to]);
        return;
      }
      case 'loop': {
        const start = place();
        const end = place();
        transition(null, [from], [start]);
        build(t.body, start, end);
        build(t.redo, end, start);
        transition(null, [end], [to]);
        return;
      }
    }
  };
  const i = place();
  const o = place();
  build(tree, i, o);
  return { net: { places, transitions, arcs }, initialMarking: new Map([[i, 1]]), finalMarking: new Map([[o, 1]]) };
}

/** A random run from the initial to the final marking (labels of the visible transitions), or null past `maxSteps`. */
export function playOut(apn: AcceptingPetriNet, random: () => number, maxSteps = 60): string[] | null {
  const { net } = apn;
  const marking = new Map(apn.initialMarking);
  const pre = new Map<string, string[]>();
  const post = new Map<string, string[]>();
  for (const a of net.arcs) {
    if (net.transitions.some((t) => t.id === a.target)) pre.set(a.target, [...(pre.get(a.target) ?? []), a.source]);
    else post.set(a.source, [...(post.get(a.source) ?? []), a.target]);
  }
  const isFinal = () =>
    [...marking].every(([p, k]) => k === (apn.finalMarking.get(p) ?? 0)) && [...apn.finalMarking].every(([p, k]) => marking.get(p) === k);
  const trace: string[] = [];
  for (let step = 0; step < maxSteps; step++) {
    if (isFinal()) return trace;
    const enabled = net.transitions.filter((t) => (pre.get(t.id) ?? []).every((p) => (marking.get(p) ?? 0) > 0));
    if (enabled.length === 0) return null;
    const t = enabled[Math.floor(random() * enabled.length)];
    for (const p of pre.get(t.id) ?? []) marking.set(p, marking.get(p)! - 1);
    for (const p of post.get(t.id) ?? []) marking.set(p, (marking.get(p) ?? 0) + 1);
    for (const [p, k] of [...marking]) if (k === 0) marking.delete(p);
    if (t.label !== null) trace.push(t.label);
  }
  return isFinal() ? trace : null;
}

/** An edit of a run: drop the event at `at`, or insert `label` there (see disturbedRun). */
export interface TraceEdit {
  at: number;
  label: string;
}

export const traceEdits = (labels: string[], maxLength = 4): fc.Arbitrary<TraceEdit[]> =>
  fc.array(fc.record({ at: fc.nat(), label: fc.constantFrom(...labels) }), { maxLength });

/** A random run of the net (empty when the play-out gets stuck), seeded; then each edit drops the event at `at` when `at` is a multiple of `dropEvery`, else inserts its label. */
export function disturbedRun(apn: AcceptingPetriNet, seed: number, edits: TraceEdit[], dropEvery = 2): string[] {
  let s = seed;
  const random = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const trace = playOut(apn, random) ?? [];
  for (const e of edits) {
    if (e.at % dropEvery === 0 && trace.length > 0) trace.splice(e.at % trace.length, 1);
    else trace.splice(trace.length === 0 ? 0 : e.at % (trace.length + 1), 0, e.label);
  }
  return trace;
}
