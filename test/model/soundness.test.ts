/**
 * The soundness check on hand-made nets (sound, deadlocking, unbounded, improper completion, dead transition) and
 * the property that pm4py's tree → net construction, as reproduced here, always gives a sound workflow net.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertTreeToPetri } from '../../src/model/convert/tree-to-petri.js';
import type { AcceptingPetriNet } from '../../src/model/petri-net.js';
import { formatTree } from '../../src/model/process-tree.js';
import { checkSoundness } from '../../src/model/soundness.js';
import { arbitraryTree } from './arbitrary-tree.js';

/** A net from `p>t` / `t>p` arc strings; every name starting with `t` is a transition. */
function netOf(arcs: string[], labels: Record<string, string | null> = {}): AcceptingPetriNet {
  const pairs = arcs.map((a) => a.split('>') as [string, string]);
  const names = [...new Set(pairs.flat())];
  return {
    net: {
      places: names.filter((n) => !n.startsWith('t')).map((id) => ({ id })),
      transitions: names.filter((n) => n.startsWith('t')).map((id) => ({ id, label: id in labels ? labels[id] : id })),
      arcs: pairs.map(([source, target]) => ({ source, target, weight: 1 })),
    },
    initialMarking: new Map([['i', 1]]),
    finalMarking: new Map([['o', 1]]),
  };
}

describe('checkSoundness', () => {
  it('accepts a sequence with a choice', () => {
    const r = checkSoundness(netOf(['i>ta', 'ta>p', 'p>tb', 'p>tc', 'tb>o', 'tc>o']));
    expect(r).toMatchObject({ decided: true, sound: true, safe: true, states: 3, deadTransitions: [] });
  });

  it('finds a deadlock: an AND-join after an XOR-split', () => {
    const r = checkSoundness(netOf(['i>ta', 'i>tb', 'ta>p1', 'tb>p2', 'p1>tj', 'p2>tj', 'tj>o']));
    expect(r.sound).toBe(false);
    expect(r.optionToComplete).toBe(false);
    expect(r.deadTransitions).toEqual(['tj']);
  });

  it('finds improper completion: an AND-split closed by an XOR-join', () => {
    const r = checkSoundness(netOf(['i>ts', 'ts>p1', 'ts>p2', 'p1>ta', 'p2>tb', 'ta>o', 'tb>o']));
    expect(r).toMatchObject({ sound: false, safe: false, properCompletion: false });
  });

  it('finds unboundedness', () => {
    const r = checkSoundness(netOf(['i>tg', 'tg>i', 'tg>q', 'i>te', 'te>o']));
    expect(r).toMatchObject({ decided: true, sound: false, bounded: false });
  });

  it('finds a dead transition', () => {
    const r = checkSoundness(netOf(['i>ta', 'ta>o', 'q>tz', 'tz>o']));
    expect(r).toMatchObject({ sound: false, deadTransitions: ['tz'] });
  });

  it('gives up beyond the state limit', () => {
    const tree = { kind: 'node', operator: '+', children: ['a', 'b', 'c', 'd', 'e', 'f'].map((label) => ({ kind: 'leaf', label })) } as const;
    const r = checkSoundness(convertTreeToPetri(tree), { maxStates: 10 });
    expect(r.decided).toBe(false);
  });
});

describe('tree → net is sound (property)', () => {
  it('for any small tree', () => {
    fc.assert(
      fc.property(arbitraryTree(), (tree) => {
        const r = checkSoundness(convertTreeToPetri(tree), { maxStates: 200_000 });
        if (!r.decided || !r.sound) throw new Error(`${formatTree(tree)}: ${r.reason}`);
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });
});
