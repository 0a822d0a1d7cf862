import type { BpmnProcess } from '../../../src/model/bpmn-process.js';
import type { AcceptingPetriNet } from '../../../src/model/petri-net.js';
import { parseBpmn } from '../../../src/model/io/read-bpmn.js';
import { netAccepts } from '../../helpers/net-language.js';

/**
 * Test helper: a BPMN 2.0 document from a compact description of one process (nodes by BPMN element type,
 * sequence flows as pairs), so that translation tests read as the diagram they draw. Flows are named `f0`, `f1`, …
 * in order (`<subprocess id>_f0` inside a subprocess).
 */
export type NodeSpec = [id: string, type: string, name?: string, attrs?: Record<string, string>, inner?: ProcessSpec];
export interface ProcessSpec {
  nodes: NodeSpec[];
  flows: [from: string, to: string][];
}

function body(p: ProcessSpec, prefix: string): string {
  const nodes = p.nodes.map(([id, type, name, attrs, inner]) => {
    const a = Object.entries(attrs ?? {}).map(([k, v]) => ` ${k}="${v}"`).join('');
    const n = name ? ` name="${name}"` : '';
    const loop = attrs?.loop === 'standard' ? '<bpmn:standardLoopCharacteristics/>' : '';
    const content = inner ? body(inner, `${id}_`) : loop;
    return `<bpmn:${type} id="${id}"${n}${a.replace(/ loop="[^"]*"/, '')}>${content}</bpmn:${type}>`;
  });
  const flows = p.flows.map(([f, t], i) => `<bpmn:sequenceFlow id="${prefix}f${i}" sourceRef="${f}" targetRef="${t}"/>`);
  return [...nodes, ...flows].join('\n');
}

export function bpmnXml(p: ProcessSpec): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://example.org">
<bpmn:process id="p">${body(p, '')}</bpmn:process></bpmn:definitions>`;
}

/** The process a description draws, read back through bpmn-moddle. */
export async function parseSpec(p: ProcessSpec): Promise<BpmnProcess> {
  return (await parseBpmn(bpmnXml(p), 'test.bpmn')).processes[0];
}

/** Whether a translated net accepts a trace written as space-separated activities. */
export function acceptsTrace(r: { net: AcceptingPetriNet }, trace: string): boolean {
  return netAccepts(r.net, trace.split(' ').filter(Boolean));
}
