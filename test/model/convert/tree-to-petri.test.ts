/**
 * Tree → workflow net: sizes equal pm4py's for every tree in the references, hand-checked small nets, and the
 * property that the net of any small random tree is a sound workflow net.
 */
import { describe, expect, it } from 'vitest';
import { convertTreeToPetri } from '../../../src/model/convert/tree-to-petri.js';
import { petriNetSize } from '../../../src/model/petri-net.js';
import { parseTree } from '../../../src/model/process-tree.js';
import { fixtureRefs, hasShared, sharedRefs } from '../../helpers/pm4py-refs.js';
import { treeRefs, type TreeRef } from '../model-refs.js';

function sizeOf(text: string) {
  const s = petriNetSize(convertTreeToPetri(parseTree(text)).net);
  return { places: s.places, transitions: s.transitions, visible_transitions: s.visibleTransitions, invisible_transitions: s.invisibleTransitions, arcs: s.arcs };
}

function checkRefs(refs: TreeRef[]) {
  const withNet = refs.filter((r) => r.petriNet);
  it('has trees to compare', () => expect(withNet.length).toBeGreaterThan(0));
  it.each(withNet.map((r) => [r.name, r] as const))('%s', (_name, ref) => {
    const { places, transitions, visible_transitions, invisible_transitions, arcs } = ref.petriNet!;
    expect(sizeOf(ref.tree)).toEqual({ places, transitions, visible_transitions, invisible_transitions, arcs });
  });
}

describe('convertTreeToPetri matches pm4py (fixture refs)', () => checkRefs(treeRefs(fixtureRefs)));
describe.skipIf(!hasShared)('convertTreeToPetri matches pm4py (shared refs)', () => checkRefs(treeRefs(sharedRefs)));

describe('convertTreeToPetri on small trees (worked out by hand)', () => {
  const arcsOf = (text: string) => {
    const { net } = convertTreeToPetri(parseTree(text));
    const name = new Map<string, string>(net.places.map((p) => [p.id, p.id]));
    for (const t of net.transitions) name.set(t.id, t.label ?? t.id);
    return net.arcs.map((a) => `${name.get(a.source)}>${name.get(a.target)}`).sort();
  };

  it('an activity sits between source and sink', () => {
    expect(arcsOf("'a'")).toEqual(['a>sink', 'source>a']);
  });

  it('a sequence shares one place between its steps', () => {
    expect(arcsOf("->( 'a', 'b' )")).toEqual(['a>p_3', 'b>sink', 'p_3>b', 'source>a']);
  });

  it('a choice at the root keeps its silent entry and exit', () => {
    expect(sizeOf("X( 'a', 'b' )")).toEqual({ places: 4, transitions: 4, visible_transitions: 2, invisible_transitions: 2, arcs: 8 });
  });

  it('a concurrency block inside a sequence loses its split and join to the reduction', () => {
    expect(arcsOf("->( 'a', +( 'b', 'c' ), 'd' )")).toEqual(
      ['a>p_5', 'a>p_7', 'b>p_6', 'c>p_8', 'd>sink', 'p_5>b', 'p_6>d', 'p_7>c', 'p_8>d', 'source>a'].sort(),
    );
  });

  it('a loop inside a sequence loses its entry, back and exit transitions to the reduction', () => {
    expect(arcsOf("->( 'a', *( 'b', 'c' ), 'd' )")).toEqual(
      ['a>p_5', 'b>p_6', 'c>p_5', 'd>sink', 'p_5>b', 'p_6>c', 'p_6>d', 'source>a'].sort(),
    );
  });

  it('is a workflow net: one token on source, final marking on sink', () => {
    const apn = convertTreeToPetri(parseTree("+( 'a', 'b' )"));
    expect([...apn.initialMarking]).toEqual([['source', 1]]);
    expect([...apn.finalMarking]).toEqual([['sink', 1]]);
    expect(apn.net.arcs.some((a) => a.target === 'source') || apn.net.arcs.some((a) => a.source === 'sink')).toBe(false);
  });
});
