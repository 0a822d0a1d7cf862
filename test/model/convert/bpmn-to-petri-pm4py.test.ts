/**
 * pm4py's BPMN translation (`--bpmn-translation pm4py`): net sizes worked out by hand from pm4py's construction
 * and reductions, its readings where they differ from BPMN's (each with a warning), and the fall-back to
 * procmine's translation for the elements pm4py misreads. The numbers against pm4py itself are in
 * test/conformance/reference.test.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBpmn } from '../../../src/model/io/read-bpmn.js';
import { readModel } from '../../../src/model/io/read-model.js';
import { convertBpmnToPetriPm4py, pm4pyTranslationGaps } from '../../../src/model/convert/bpmn-to-petri-pm4py.js';
import { petriNetSize } from '../../../src/model/petri-net.js';
import { netAccepts } from '../../helpers/net-language.js';
import { acceptsTrace, bpmnXml, parseSpec, type ProcessSpec } from './bpmn-xml.js';

const translate = async (p: ProcessSpec) => convertBpmnToPetriPm4py(await parseSpec(p));
const accepts = acceptsTrace;

describe("pm4py's BPMN translation", () => {
  it('reduces a sequence to its tasks: source → A → B → sink', async () => {
    // Before reduction: 13 places (source, sink, 3 flows, entry and exit of 4 nodes) and 12 transitions (4 nodes,
    // start and end, a silent step at each end of each flow). Every silent step merges into its neighbour.
    const r = await translate({
      nodes: [['s', 'startEvent'], ['a', 'task', 'A'], ['b', 'task', 'B'], ['e', 'endEvent']],
      flows: [['s', 'a'], ['a', 'b'], ['b', 'e']],
    });
    expect(petriNetSize(r.net.net)).toMatchObject({ places: 3, transitions: 2, invisibleTransitions: 0, arcs: 4 });
    expect(r.warnings).toEqual([]);
    expect(accepts(r, 'A B')).toBe(true);
    expect(accepts(r, 'A')).toBe(false);
  });

  it('exclusive and parallel gateways', async () => {
    const r = await translate({
      nodes: [['s', 'startEvent'], ['x', 'exclusiveGateway'], ['a', 'task', 'A'], ['b', 'task', 'B'], ['xj', 'exclusiveGateway'],
        ['and', 'parallelGateway'], ['c', 'task', 'C'], ['d', 'task', 'D'], ['andj', 'parallelGateway'], ['e', 'endEvent']],
      flows: [['s', 'x'], ['x', 'a'], ['x', 'b'], ['a', 'xj'], ['b', 'xj'], ['xj', 'and'], ['and', 'c'], ['and', 'd'], ['c', 'andj'], ['d', 'andj'], ['andj', 'e']],
    });
    expect(r.warnings).toEqual([]);
    for (const t of ['A C D', 'A D C', 'B C D', 'B D C']) expect(accepts(r, t)).toBe(true);
    for (const t of ['A B C D', 'A C', 'C D']) expect(accepts(r, t)).toBe(false);
  });

  it('an inclusive split may take any subset of its branches, even none (pm4py), with a warning', async () => {
    const r = await translate({
      nodes: [['s', 'startEvent'], ['or', 'inclusiveGateway'], ['a', 'task', 'A'], ['b', 'task', 'B'], ['orj', 'inclusiveGateway'],
        ['c', 'task', 'C'], ['e', 'endEvent']],
      flows: [['s', 'or'], ['or', 'a'], ['or', 'b'], ['a', 'orj'], ['b', 'orj'], ['orj', 'c'], ['c', 'e']],
    });
    for (const t of ['A B C', 'B A C', 'A C', 'B C', 'C']) expect(accepts(r, t)).toBe(true);
    expect(accepts(r, 'A A C')).toBe(false);
    expect(r.warnings).toEqual(['pm4py lets an inclusive split take no branch at all (BPMN: at least one)']);
  });

  it('reads several outgoing flows of a task as a choice, and warns', async () => {
    const r = await translate({
      nodes: [['s', 'startEvent'], ['a', 'task', 'A'], ['b', 'task', 'B'], ['c', 'task', 'C'], ['e1', 'endEvent'], ['e2', 'endEvent']],
      flows: [['s', 'a'], ['a', 'b'], ['a', 'c'], ['b', 'e1'], ['c', 'e2']],
    });
    expect(accepts(r, 'A B')).toBe(true);
    expect(accepts(r, 'A C')).toBe(true);
    expect(accepts(r, 'A B C')).toBe(false); // BPMN would run both
    expect(r.warnings).toEqual([
      "pm4py reads the 2 outgoing flows of 'a' as a choice (BPMN starts them all)",
      'pm4py lets each of the 2 end events put a token in the sink; a run that reaches two of them does not end cleanly',
    ]);
  });

  it('an unnamed task is a silent step; line breaks leave task names', async () => {
    const r = await translate({
      nodes: [['s', 'startEvent'], ['a', 'task', 'Check&#10;credit'], ['b', 'task'], ['e', 'endEvent']],
      flows: [['s', 'a'], ['a', 'b'], ['b', 'e']],
    });
    expect(r.net.net.transitions.map((t) => t.label).filter((l) => l !== null)).toEqual(['Checkcredit']);
    expect(r.warnings).toEqual(["task 'b' has no name; pm4py makes it a silent step"]);
  });

  it('names what it does not imitate, and readModel falls back to BPMN semantics', async () => {
    const spec: ProcessSpec = {
      nodes: [['s', 'startEvent'], ['a', 'task', 'A'], ['t', 'boundaryEvent', undefined, { attachedToRef: 'a' }], ['r', 'task', 'R'],
        ['e', 'endEvent'], ['e2', 'endEvent']],
      flows: [['s', 'a'], ['a', 'e'], ['t', 'r'], ['r', 'e2']],
    };
    const doc = await parseBpmn(bpmnXml(spec), 'test.bpmn');
    expect(pm4pyTranslationGaps(doc.processes[0])).toEqual(["boundary event 't'"]);
    const file = join(mkdtempSync(join(tmpdir(), 'procmine-')), 'boundary.bpmn');
    writeFileSync(file, bpmnXml(spec));
    const m = await readModel(file, { bpmnTranslation: 'pm4py' });
    expect(m.bpmnTranslation).toBe('standard');
    expect(m.warnings[0]).toBe("pm4py's translation misreads boundary event 't'; the model is translated by BPMN's semantics instead");
    expect(netAccepts(m.net, ['R'])).toBe(true); // the boundary event interrupts A
  });
});
