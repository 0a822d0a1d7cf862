/**
 * Reads BPMN 2.0 XML through bpmn-moddle (the bpmn.io meta-model library) into {@link BpmnProcess} values, one per
 * process (pools of a collaboration included). Malformed XML, references to missing elements and files without
 * a process are InputErrors; elements that have no behaviour (lanes, data objects, annotations) are skipped, and
 * behavioural elements procmine does not translate are returned as warnings naming them. No DTD or external
 * entity is ever processed (moddle's XML reader does not expand them).
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import type { BpmnProcessNode, BpmnElementKind, BpmnProcess } from '../bpmn-process.js';

export interface BpmnDocument {
  processes: BpmnProcess[];
  /** behavioural elements left out or approximated, with their ids. */
  warnings: string[];
}

const TASKS = new Set([
  'bpmn:Task', 'bpmn:UserTask', 'bpmn:ServiceTask', 'bpmn:ScriptTask', 'bpmn:ManualTask', 'bpmn:BusinessRuleTask',
  'bpmn:SendTask', 'bpmn:ReceiveTask', 'bpmn:CallActivity',
]);
const KIND: Record<string, BpmnElementKind> = {
  'bpmn:StartEvent': 'start',
  'bpmn:EndEvent': 'end',
  'bpmn:IntermediateCatchEvent': 'intermediate',
  'bpmn:IntermediateThrowEvent': 'intermediate',
  'bpmn:BoundaryEvent': 'boundary',
  'bpmn:ExclusiveGateway': 'exclusive',
  'bpmn:ParallelGateway': 'parallel',
  'bpmn:InclusiveGateway': 'inclusive',
  'bpmn:EventBasedGateway': 'event-based',
  'bpmn:ComplexGateway': 'complex',
  'bpmn:SubProcess': 'subprocess',
  'bpmn:Transaction': 'subprocess',
  'bpmn:AdHocSubProcess': 'subprocess',
};
/** Elements with no behaviour of their own. */
const INERT = new Set(['bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:TextAnnotation', 'bpmn:Association', 'bpmn:Group']);

// bpmn-moddle ships no types for its element objects; this is the part we read.
interface ModdleElement {
  $type: string;
  id: string;
  eventDefinitions?: { $type: string }[];
  name?: string;
  flowElements?: ModdleElement[];
  sourceRef?: ModdleElement;
  targetRef?: ModdleElement;
  attachedToRef?: ModdleElement;
  cancelActivity?: boolean;
  triggeredByEvent?: boolean;
  loopCharacteristics?: { $type: string };
  rootElements?: ModdleElement[];
  participants?: { processRef?: ModdleElement; name?: string }[];
}

export async function readBpmn(file: string): Promise<BpmnDocument> {
  let xml: string;
  try {
    xml = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError('file-not-found', 'cannot read the model file', { file, cause: error });
  }
  return parseBpmn(xml, file);
}

export async function parseBpmn(xml: string, file: string): Promise<BpmnDocument> {
  const { BpmnModdle } = await import('bpmn-moddle');
  const moddle = new BpmnModdle();
  let result: { rootElement: ModdleElement; warnings: { message: string }[] };
  try {
    result = (await moddle.fromXML(xml)) as unknown as typeof result;
  } catch (error) {
    throw xmlError(error instanceof Error ? error.message : String(error), file);
  }
  for (const w of result.warnings) {
    const missing = /unresolved reference <([^>]*)>/.exec(w.message);
    if (missing) {
      throw new InputError('bpmn-missing-element', `a reference points to '${missing[1]}', which is not in the model`, {
        file,
        hint: 'fix the sequence flow or association that names this id',
      });
    }
    if (/unparsable content|non-whitespace|closing tag|unexpected/.test(w.message)) throw xmlError(w.message, file);
  }
  const definitions = result.rootElement;
  if (!definitions || definitions.$type !== 'bpmn:Definitions') {
    throw new InputError('bpmn-malformed', 'not a BPMN 2.0 document (no bpmn:definitions root)', { file });
  }
  const warnings: string[] = result.warnings.map((w) => `bpmn-moddle: ${w.message.split('\n')[0]}`);
  const names = new Map<string, string>();
  for (const root of definitions.rootElements ?? []) {
    if (root.$type === 'bpmn:Collaboration') {
      for (const p of root.participants ?? []) if (p.processRef && p.name) names.set(p.processRef.id, p.name);
    }
  }
  const processes = (definitions.rootElements ?? [])
    .filter((e) => e.$type === 'bpmn:Process')
    .map((p) => toProcess(p, names.get(p.id) ?? p.name, warnings));
  if (processes.length === 0) {
    throw new InputError('bpmn-no-process', 'the BPMN file has no process', {
      file,
      hint: 'export the diagram with its process (a collaboration alone has no behaviour to check)',
    });
  }
  return { processes, warnings };
}

function toProcess(element: ModdleElement, name: string | undefined, warnings: string[]): BpmnProcess {
  const nodes: BpmnProcessNode[] = [];
  const flows: BpmnProcess['flows'] = [];
  for (const e of element.flowElements ?? []) {
    if (e.$type === 'bpmn:SequenceFlow') {
      flows.push({ id: e.id, source: e.sourceRef!.id, target: e.targetRef!.id });
      continue;
    }
    if (INERT.has(e.$type)) continue;
    const kind: BpmnElementKind | undefined = TASKS.has(e.$type) ? 'task' : KIND[e.$type];
    if (kind === undefined) {
      warnings.push(`${e.$type} '${e.id}'${e.name ? ` (${e.name})` : ''} is not translated: it has no place in the workflow net`);
      continue;
    }
    if (kind === 'subprocess' && e.triggeredByEvent) {
      warnings.push(`event subprocess '${e.id}'${e.name ? ` (${e.name})` : ''} is left out: its triggering is not modelled`);
      continue;
    }
    const node: BpmnProcessNode = { id: e.id, kind, type: e.$type };
    if (e.name) node.name = e.name;
    if (kind === 'end' && e.eventDefinitions?.some((d) => d.$type === 'bpmn:TerminateEventDefinition')) node.terminate = true;
    if (kind === 'boundary') {
      node.attachedTo = e.attachedToRef?.id;
      node.cancelActivity = e.cancelActivity !== false;
    }
    if (e.loopCharacteristics) {
      node.loop = e.loopCharacteristics.$type === 'bpmn:StandardLoopCharacteristics' ? 'standard' : 'multi-instance';
    }
    if (kind === 'subprocess') {
      node.inner = toProcess(e, e.name, warnings);
      if (e.$type === 'bpmn:AdHocSubProcess') {
        warnings.push(`ad-hoc subprocess '${e.id}' is read as its inner flow; its free ordering is not modelled`);
      }
    }
    nodes.push(node);
  }
  return name === undefined ? { id: element.id, nodes, flows } : { id: element.id, name, nodes, flows };
}

/** moddle's messages carry `line: N` (0-based) and `column: M`. */
function xmlError(message: string, file: string): InputError {
  const line = /line: (\d+)/.exec(message);
  const column = /column: (\d+)/.exec(message);
  return new InputError('bpmn-malformed', `malformed XML: ${message.split('\n')[0]}${/nested error: (.*)/.exec(message)?.[1] ? ` (${/nested error: (.*)/.exec(message)![1]})` : ''}`, {
    file,
    line: line ? Number(line[1]) + 1 : undefined,
    column: column ? Number(column[1]) + 1 : undefined,
  });
}
