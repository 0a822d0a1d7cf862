/**
 * BPMN import and translation to a workflow net: each gateway kind, boundary events, a subprocess, loops and
 * several start/end events, checked by the language of the resulting net on hand-picked traces.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBpmn, readBpmn } from '../../../src/model/io/read-bpmn.js';
import { acceptsTrace, parseSpec, type ProcessSpec } from './bpmn-xml.js';
import { convertBpmnToPetri } from '../../../src/model/convert/bpmn-to-petri.js';
import { bpmnTaskLabels } from '../../../src/model/bpmn-process.js';
import { InputError } from '../../../src/errors.js';
import { readLog } from '../../../src/log/read-log.js';
import { caseTrace } from '../../../src/log/event-log.js';
import { netAccepts } from '../../helpers/net-language.js';
import { projectRoot } from '../../helpers/pm4py-refs.js';

const model = async (p: ProcessSpec) => convertBpmnToPetri(await parseSpec(p));
const accepts = acceptsTrace;

describe('BPMN → workflow net', () => {
  it('exclusive and parallel gateways', async () => {
    const r = await model({
      nodes: [['s', 'startEvent'], ['x', 'exclusiveGateway'], ['a', 'task', 'A'], ['b', 'userTask', 'B'], ['xj', 'exclusiveGateway'],
        ['and', 'parallelGateway'], ['c', 'serviceTask', 'C'], ['d', 'scriptTask', 'D'], ['andj', 'parallelGateway'], ['e', 'endEvent']],
      flows: [['s', 'x'], ['x', 'a'], ['x', 'b'], ['a', 'xj'], ['b', 'xj'], ['xj', 'and'], ['and', 'c'], ['and', 'd'], ['c', 'andj'], ['d', 'andj'], ['andj', 'e']],
    });
    expect(r.warnings).toEqual([]);
    expect(accepts(r, 'A C D')).toBe(true);
    expect(accepts(r, 'B D C')).toBe(true);
    expect(accepts(r, 'A B C D')).toBe(false);
    expect(accepts(r, 'A C')).toBe(false);
  });

  it('inclusive split and its matching join synchronise on the branches chosen', async () => {
    const r = await model({
      nodes: [['s', 'startEvent'], ['or', 'inclusiveGateway'], ['a', 'task', 'A'], ['b', 'task', 'B'], ['c', 'task', 'C'],
        ['orj', 'inclusiveGateway'], ['z', 'task', 'Z'], ['e', 'endEvent']],
      flows: [['s', 'or'], ['or', 'a'], ['or', 'b'], ['or', 'c'], ['a', 'orj'], ['b', 'orj'], ['c', 'orj'], ['orj', 'z'], ['z', 'e']],
    });
    expect(r.warnings).toEqual([]);
    for (const t of ['A Z', 'B Z', 'C Z', 'A B Z', 'C A Z', 'B C A Z']) expect(accepts(r, t), t).toBe(true);
    expect(accepts(r, 'Z')).toBe(false);
    expect(accepts(r, 'A Z B')).toBe(false); // the join waits for every branch the split started
    expect(accepts(r, 'A A Z')).toBe(false);
  });

  it('an inclusive join without a split is approximated, with a warning', async () => {
    const r = await model({
      nodes: [['s', 'startEvent'], ['and', 'parallelGateway'], ['a', 'task', 'A'], ['b', 'task', 'B'], ['orj', 'inclusiveGateway'], ['e', 'endEvent']],
      flows: [['s', 'and'], ['and', 'a'], ['and', 'b'], ['a', 'orj'], ['b', 'orj'], ['orj', 'e']],
    });
    expect(r.warnings.join('\n')).toMatch(/inclusive join 'orj' has no matching inclusive split/);
    expect(accepts(r, 'A B')).toBe(true);
  });

  it('an inclusive join that only merges exclusive paths is exact, so it does not warn', async () => {
    const r = await model({
      nodes: [['s', 'startEvent'], ['x', 'exclusiveGateway'], ['a', 'task', 'A'], ['b', 'task', 'B'], ['orj', 'inclusiveGateway'],
        ['c', 'task', 'C'], ['e', 'endEvent']],
      flows: [['s', 'x'], ['x', 'a'], ['x', 'b'], ['a', 'orj'], ['b', 'orj'], ['orj', 'c'], ['c', 'e']],
    });
    expect(r.warnings).toEqual([]);
    expect(accepts(r, 'A C')).toBe(true);
    expect(accepts(r, 'B C')).toBe(true);
    expect(accepts(r, 'A B C')).toBe(false);
  });

  it('event-based gateway chooses by the event that happens', async () => {
    const r = await model({
      nodes: [['s', 'startEvent'], ['eb', 'eventBasedGateway'], ['m', 'intermediateCatchEvent'], ['t', 'intermediateCatchEvent'],
        ['a', 'receiveTask', 'Reply'], ['b', 'sendTask', 'Remind'], ['e1', 'endEvent'], ['e2', 'endEvent']],
      flows: [['s', 'eb'], ['eb', 'm'], ['eb', 't'], ['m', 'a'], ['t', 'b'], ['a', 'e1'], ['b', 'e2']],
    });
    expect(accepts(r, 'Reply')).toBe(true);
    expect(accepts(r, 'Remind')).toBe(true);
    expect(accepts(r, 'Handle reply Send reminder')).toBe(false);
  });

  it('interrupting and non-interrupting boundary events', async () => {
    const r = await model({
      nodes: [['s', 'startEvent'], ['a', 'userTask', 'Review'], ['b', 'boundaryEvent', undefined, { attachedToRef: 'a' }],
        ['esc', 'task', 'Escalate'], ['n', 'boundaryEvent', undefined, { attachedToRef: 'a', cancelActivity: 'false' }],
        ['rem', 'task', 'Remind'], ['c', 'task', 'Close'], ['e', 'endEvent'], ['e2', 'endEvent'], ['e3', 'endEvent']],
      flows: [['s', 'a'], ['a', 'c'], ['c', 'e'], ['b', 'esc'], ['esc', 'e2'], ['n', 'rem'], ['rem', 'e3']],
    });
    expect(accepts(r, 'Review Close')).toBe(true);
    expect(accepts(r, 'Escalate')).toBe(true); // interrupted: Review never completes
    expect(accepts(r, 'Remind Review Close')).toBe(true);
    expect(accepts(r, 'Review Remind Close')).toBe(true); // the reminder branch runs in parallel
    expect(accepts(r, 'Review Close Escalate')).toBe(false);
    expect(accepts(r, 'Remind Remind Review Close')).toBe(false); // at most once
  });

  it('flattens an embedded subprocess and keeps loops', async () => {
    const r = await model({
      nodes: [['s', 'startEvent'], ['a', 'task', 'A'],
        ['sub', 'subProcess', 'Check', {}, {
          nodes: [['ss', 'startEvent'], ['x', 'task', 'X'], ['y', 'task', 'Y', { loop: 'standard' }], ['se', 'endEvent']],
          flows: [['ss', 'x'], ['x', 'y'], ['y', 'se']],
        }],
        ['g', 'exclusiveGateway'], ['z', 'task', 'Z'], ['e', 'endEvent']],
      flows: [['s', 'a'], ['a', 'sub'], ['sub', 'g'], ['g', 'a'], ['g', 'z'], ['z', 'e']],
    });
    expect(accepts(r, 'A X Y Z')).toBe(true);
    expect(accepts(r, 'A X Y Y Y Z')).toBe(true); // standard loop marker
    expect(accepts(r, 'A X Y A X Y Z')).toBe(true); // the cycle back through the gateway
    expect(accepts(r, 'A Y Z')).toBe(false);
  });

  it('several start events are alternatives; parallel end events are joined', async () => {
    const r = await model({
      nodes: [['s1', 'startEvent'], ['s2', 'startEvent'], ['a', 'task', 'A'], ['b', 'task', 'B'], ['and', 'parallelGateway'],
        ['c', 'task', 'C'], ['d', 'task', 'D'], ['e1', 'endEvent'], ['e2', 'endEvent']],
      flows: [['s1', 'a'], ['s2', 'b'], ['a', 'and'], ['b', 'and'], ['and', 'c'], ['and', 'd'], ['c', 'e1'], ['d', 'e2']],
    });
    // s1/s2 are alternatives, so the parallel join after A and B can never fire: warned, not hidden
    expect(r.warnings.join('\n')).toMatch(/never finish cleanly|stuck/);
    const r2 = await model({
      nodes: [['s', 'startEvent'], ['and', 'parallelGateway'], ['c', 'task', 'C'], ['d', 'task', 'D'], ['e1', 'endEvent'], ['e2', 'endEvent']],
      flows: [['s', 'and'], ['and', 'c'], ['and', 'd'], ['c', 'e1'], ['d', 'e2']],
    });
    expect(r2.warnings).toEqual([]);
    expect(accepts(r2, 'C D')).toBe(true);
    expect(accepts(r2, 'D C')).toBe(true);
    expect(accepts(r2, 'C')).toBe(false); // both branches must end
  });

  it('lists task labels and warns about what it cannot translate', async () => {
    const xml = `<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
      <bpmn:process id="p"><bpmn:startEvent id="s"/><bpmn:task id="a" name="A"/><bpmn:endEvent id="e"/>
      <bpmn:subProcess id="es" triggeredByEvent="true"><bpmn:task id="x" name="X"/></bpmn:subProcess>
      <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="a"/><bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="e"/></bpmn:process></bpmn:definitions>`;
    const doc = await parseBpmn(xml, 'x.bpmn');
    expect(bpmnTaskLabels(doc.processes[0])).toEqual(['A']);
    expect(doc.warnings.join('\n')).toMatch(/event subprocess 'es'/);
  });

  it('reads a task name wrapped over lines as one line, as the log writes it', async () => {
    const r = await model({
      nodes: [['s', 'startEvent'], ['a', 'task', 'Check&#10;  credit '], ['b', 'task', ' '], ['e', 'endEvent']],
      flows: [['s', 'a'], ['a', 'b'], ['b', 'e']],
    });
    expect(r.net.net.transitions.map((t) => t.label).filter((l) => l !== null)).toEqual(['Check credit', 'b']);
    expect(r.warnings).toEqual(["task 'b' has no name; it is labelled by its id"]);
  });
});

describe('bad BPMN files', () => {
  it('malformed XML names the line', async () => {
    await expect(parseBpmn('<?xml version="1.0"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">\n<bpmn:process id="p">\n</bpmn:definitions>', 'bad.bpmn'))
      .rejects.toSatisfy((e: unknown) => e instanceof InputError && e.code === 'bpmn-malformed' && e.line !== undefined);
  });

  it('a BPMN without a process', async () => {
    const xml = '<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"/>';
    await expect(parseBpmn(xml, 'empty.bpmn')).rejects.toSatisfy((e: unknown) => e instanceof InputError && e.code === 'bpmn-no-process');
  });

  it('a sequence flow to a missing element', async () => {
    const xml = `<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
      <bpmn:process id="p"><bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="ghost"/></bpmn:process></bpmn:definitions>`;
    await expect(parseBpmn(xml, 'ghost.bpmn')).rejects.toSatisfy(
      (e: unknown) => e instanceof InputError && e.code === 'bpmn-missing-element' && e.message.includes('ghost'),
    );
  });

  it('never expands an external entity', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><bpmn:process id="p"><bpmn:task id="t" name="&x;"/></bpmn:process></bpmn:definitions>`;
    const outcome = await parseBpmn(xml, 'xxe.bpmn').then((d) => bpmnTaskLabels(d.processes[0]).join(), (e: Error) => e.message);
    expect(outcome).not.toMatch(/root:/);
  });
});

describe('a real BPMN model', () => {
  it("the running example's BPMN accepts every trace of its log", async () => {
    const doc = await readBpmn(join(projectRoot, 'fixtures', 'models', 'running-example.bpmn'));
    const { net, warnings } = convertBpmnToPetri(doc.processes[0]);
    expect(warnings).toEqual([]);
    const log = await readLog(join(projectRoot, 'fixtures', 'logs', 'running-example.xes'), { lifecycle: 'all' });
    for (let c = 0; c < log.caseIds.length; c++) expect(netAccepts(net, caseTrace(log, c)), log.caseIds[c]).toBe(true);
  });
});
