/**
 * Alignments against BPMN models, costs worked out by hand: a model with an exclusive choice, a parallel block,
 * an inclusive split/join, a boundary event, a subprocess and a loop, each deviation costing 1 (standard costs).
 */
import { describe, expect, it } from 'vitest';
import { parseBpmn } from '../../src/model/io/read-bpmn.js';
import { convertBpmnToPetri } from '../../src/model/convert/bpmn-to-petri.js';
import { alignLog } from '../../src/conformance/alignments/align-log.js';
import { logOf } from '../helpers/log-of.js';

// start → Register → XOR(Approve | Reject) → AND(Bill, Ship) → OR(Mail, Call) → Sub[Check (loop)] → end,
// with an interrupting boundary event on Approve leading to Refund → end.
const XML = `<?xml version="1.0"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs"><bpmn:process id="p">
<bpmn:startEvent id="s"/><bpmn:task id="reg" name="Register"/>
<bpmn:exclusiveGateway id="x"/><bpmn:userTask id="ok" name="Approve"/><bpmn:userTask id="no" name="Reject"/><bpmn:exclusiveGateway id="xj"/>
<bpmn:parallelGateway id="and"/><bpmn:serviceTask id="bill" name="Bill"/><bpmn:task id="ship" name="Ship"/><bpmn:parallelGateway id="andj"/>
<bpmn:boundaryEvent id="late" attachedToRef="ok"/><bpmn:task id="refund" name="Refund"/><bpmn:endEvent id="e2"/>
<bpmn:inclusiveGateway id="or"/><bpmn:sendTask id="mail" name="Mail"/><bpmn:task id="call" name="Call"/><bpmn:inclusiveGateway id="orj"/>
<bpmn:subProcess id="sub" name="Checks"><bpmn:startEvent id="ss"/><bpmn:task id="chk" name="Check"><bpmn:standardLoopCharacteristics/></bpmn:task><bpmn:endEvent id="se"/>
<bpmn:sequenceFlow id="i1" sourceRef="ss" targetRef="chk"/><bpmn:sequenceFlow id="i2" sourceRef="chk" targetRef="se"/></bpmn:subProcess>
<bpmn:endEvent id="e"/>
<bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="reg"/><bpmn:sequenceFlow id="f2" sourceRef="reg" targetRef="x"/>
<bpmn:sequenceFlow id="f3" sourceRef="x" targetRef="ok"/><bpmn:sequenceFlow id="f4" sourceRef="x" targetRef="no"/>
<bpmn:sequenceFlow id="f5" sourceRef="ok" targetRef="xj"/><bpmn:sequenceFlow id="f6" sourceRef="no" targetRef="xj"/>
<bpmn:sequenceFlow id="f7" sourceRef="xj" targetRef="and"/><bpmn:sequenceFlow id="f8" sourceRef="and" targetRef="bill"/>
<bpmn:sequenceFlow id="f9" sourceRef="and" targetRef="ship"/><bpmn:sequenceFlow id="f10" sourceRef="bill" targetRef="andj"/>
<bpmn:sequenceFlow id="f11" sourceRef="ship" targetRef="andj"/><bpmn:sequenceFlow id="f12" sourceRef="late" targetRef="refund"/>
<bpmn:sequenceFlow id="f13" sourceRef="refund" targetRef="e2"/><bpmn:sequenceFlow id="f14" sourceRef="andj" targetRef="or"/>
<bpmn:sequenceFlow id="f15" sourceRef="or" targetRef="mail"/><bpmn:sequenceFlow id="f16" sourceRef="or" targetRef="call"/>
<bpmn:sequenceFlow id="f17" sourceRef="mail" targetRef="orj"/><bpmn:sequenceFlow id="f18" sourceRef="call" targetRef="orj"/>
<bpmn:sequenceFlow id="f19" sourceRef="orj" targetRef="sub"/><bpmn:sequenceFlow id="f20" sourceRef="sub" targetRef="e"/>
</bpmn:process></bpmn:definitions>`;

describe('alignments against a BPMN model', () => {
  it('costs 1 per inserted or skipped activity', async () => {
    const { processes } = await parseBpmn(XML, 'shop.bpmn');
    const { net } = convertBpmnToPetri(processes[0]);
    const traces = [
      'Register Approve Bill Ship Mail Check', // fits
      'Register Reject Ship Bill Call Mail Check Check Check', // fits: parallel order, both OR branches, loop
      'Register Refund', // fits: Approve interrupted by its boundary event
      'Register Approve Ship Mail Check', // Bill skipped: 1
      'Register Approve Reject Bill Ship Mail Check', // one of Approve/Reject inserted: 1
      'Register Approve Bill Ship Check', // no OR branch: Mail or Call skipped: 1
      'Register Approve Bill Ship Mail', // Check skipped: 1
      'Approve Bill Ship Mail Check Fax', // Register skipped and Fax inserted: 2
    ];
    const r = alignLog(logOf(...traces), net);
    const cost = new Map(r.variants.map((v) => [v.activities.join(' '), v.cost]));
    expect(traces.map((t) => cost.get(t))).toEqual([0, 0, 0, 1, 1, 1, 1, 2]);
    expect(r.traces.fitting).toBe(3);
    const bill = r.variants.find((v) => v.activities.join(' ') === traces[3])!;
    expect(bill.moves!.filter((m) => m.kind === 'model').map((m) => m.label)).toEqual(['Bill']);
    expect(r.unmatchedLabels.logOnly).toEqual(['Fax']);
  });

  it('a terminate end event ends the process with other branches still running', async () => {
    // Ship may be cancelled by a boundary event inside the parallel block; Refund then ends the case through a
    // terminate end event, although the Bill branch never reaches the join.
    const withTerminate = XML.replace('attachedToRef="ok"', 'attachedToRef="ship"')
      .replace('<bpmn:endEvent id="e2"/>', '<bpmn:endEvent id="e2"><bpmn:terminateEventDefinition/></bpmn:endEvent>');
    const { processes } = await parseBpmn(withTerminate, 'shop.bpmn');
    const { net } = convertBpmnToPetri(processes[0]);
    const r = alignLog(logOf('Register Approve Bill Refund', 'Register Approve Refund', 'Register Approve Bill Ship Mail Check'), net);
    expect(r.variants.map((v) => v.cost)).toEqual([0, 0, 0]);
    // without the terminate definition the Bill branch would wait at the join forever: the refund path cannot end
    const { processes: plain } = await parseBpmn(XML.replace('attachedToRef="ok"', 'attachedToRef="ship"'), 'shop.bpmn');
    const stuck = alignLog(logOf('Register Approve Bill Refund'), convertBpmnToPetri(plain[0]).net);
    expect(stuck.variants[0].cost).toBeGreaterThan(0);
  });
});
