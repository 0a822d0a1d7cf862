/**
 * Merging chains of silent transitions keeps a net's language: on real and hand-made BPMN models, every run played
 * out on the translated net (and every run with one event dropped or swapped) is accepted by the reduced net
 * exactly when it is accepted by the unreduced one.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBpmn } from '../../../src/model/io/read-bpmn.js';
import { convertBpmnToPetri } from '../../../src/model/convert/bpmn-to-petri.js';
import { petriNetSize, type AcceptingPetriNet } from '../../../src/model/petri-net.js';
import type { BpmnProcess } from '../../../src/model/bpmn-process.js';
import { netAccepts } from '../../helpers/net-language.js';
import { projectRoot } from '../../helpers/pm4py-refs.js';
import { parseSpec } from './bpmn-xml.js';

/** A random run of the net from its initial marking (visible labels), or null when it got stuck or ran long. */
function playOut(model: AcceptingPetriNet, choose: (n: number) => number): string[] | null {
  const { net } = model;
  const pre = new Map(net.transitions.map((t) => [t.id, [] as [string, number][]]));
  const post = new Map(net.transitions.map((t) => [t.id, [] as [string, number][]]));
  for (const a of net.arcs) {
    if (pre.has(a.target)) pre.get(a.target)!.push([a.source, a.weight]);
    else post.get(a.source)!.push([a.target, a.weight]);
  }
  const marking = new Map(model.initialMarking);
  const isFinal = () => [...marking].filter(([, n]) => n > 0).every(([p, n]) => model.finalMarking.get(p) === n)
    && [...model.finalMarking].every(([p, n]) => marking.get(p) === n);
  const trace: string[] = [];
  for (let step = 0; step < 60; step++) {
    if (isFinal()) return trace;
    const enabled = net.transitions.filter((t) => pre.get(t.id)!.every(([p, w]) => (marking.get(p) ?? 0) >= w));
    if (enabled.length === 0) return null;
    const t = enabled[choose(enabled.length)];
    for (const [p, w] of pre.get(t.id)!) marking.set(p, marking.get(p)! - w);
    for (const [p, w] of post.get(t.id)!) marking.set(p, (marking.get(p) ?? 0) + w);
    if (t.label !== null) trace.push(t.label);
  }
  return null;
}

function checkSameLanguage(process: BpmnProcess, runs: number): void {
  const full = convertBpmnToPetri(process, { keepSilentChains: true }).net;
  const reduced = convertBpmnToPetri(process).net;
  expect(petriNetSize(reduced.net).transitions).toBeLessThanOrEqual(petriNetSize(full.net).transitions);
  fc.assert(
    fc.property(fc.array(fc.nat(), { minLength: 60, maxLength: 60 }), fc.nat(), fc.boolean(), (choices, at, swap) => {
      let i = 0;
      const run = playOut(full, (n) => choices[i++ % choices.length] % n);
      if (!run) return;
      expect(netAccepts(reduced, run)).toBe(true);
      if (run.length === 0) return;
      const k = at % run.length;
      const mutated = swap && k + 1 < run.length
        ? [...run.slice(0, k), run[k + 1], run[k], ...run.slice(k + 2)]
        : [...run.slice(0, k), ...run.slice(k + 1)];
      expect(netAccepts(reduced, mutated)).toBe(netAccepts(full, mutated));
    }),
    { numRuns: runs, seed: 7 },
  );
}

describe('merging silent chains keeps the language', () => {
  it.each(['running-example.bpmn'])('fixtures/models/%s', async (file) => {
    const { processes } = await readBpmn(join(projectRoot, 'fixtures', 'models', file));
    checkSameLanguage(processes[0], 150);
  });

  it.each(['SimpleParallel.bpmn', 'Subprocess1.bpmn', 'Subprocess3.bpmn', 'a32f0n00.bpmn'])('fixtures/conformance/models/%s', async (file) => {
    const { processes } = await readBpmn(join(projectRoot, 'fixtures', 'conformance', 'models', file));
    checkSameLanguage(processes[0], 60);
  });

  it('an inclusive split and join, a non-interrupting boundary event and a loop', async () => {
    const process = await parseSpec({
      nodes: [['s', 'startEvent'], ['or', 'inclusiveGateway'], ['a', 'task', 'A'], ['b', 'task', 'B'], ['orj', 'inclusiveGateway'],
        ['c', 'task', 'C', { loop: 'standard' }], ['t', 'boundaryEvent', undefined, { attachedToRef: 'c', cancelActivity: 'false' }],
        ['n', 'task', 'Notify'], ['e', 'endEvent'], ['e2', 'endEvent']],
      flows: [['s', 'or'], ['or', 'a'], ['or', 'b'], ['a', 'orj'], ['b', 'orj'], ['orj', 'c'], ['c', 'e'], ['t', 'n'], ['n', 'e2']],
    });
    checkSameLanguage(process, 150);
  });
});
