/**
 * A small BPMN process model: tasks, start and end events, exclusive / parallel / inclusive gateways and the
 * sequence flows between them, with deterministic ids (`Task_1`, `Gateway_2`, `Flow_3`, …) in creation order.
 */

export type BpmnNodeKind = 'startEvent' | 'endEvent' | 'task' | 'exclusiveGateway' | 'parallelGateway' | 'inclusiveGateway';

export type GatewayDirection = 'Unspecified' | 'Diverging' | 'Converging';

export interface BpmnNode {
  readonly id: string;
  readonly kind: BpmnNodeKind;
  /** a task's activity; events and gateways may have none. */
  readonly name?: string;
  /** gateways only. */
  readonly direction?: GatewayDirection;
}

export interface BpmnFlow {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

export interface Bpmn {
  /** the process id. */
  readonly id: string;
  readonly name?: string;
  readonly nodes: readonly BpmnNode[];
  readonly flows: readonly BpmnFlow[];
}

export function isGateway(kind: BpmnNodeKind): boolean {
  return kind === 'exclusiveGateway' || kind === 'parallelGateway' || kind === 'inclusiveGateway';
}

// pm4py's class names, as its references count node types (a start event made by a conversion is `StartEvent`).
const PM4PY_NODE_TYPE: Record<BpmnNodeKind, string> = {
  startEvent: 'StartEvent',
  endEvent: 'NormalEndEvent',
  task: 'Task',
  exclusiveGateway: 'ExclusiveGateway',
  parallelGateway: 'ParallelGateway',
  inclusiveGateway: 'InclusiveGateway',
};

/** Node and flow counts and nodes per type, in pm4py's vocabulary. */
export function bpmnSize(bpmn: Bpmn): { nodes: number; flows: number; nodeTypes: Record<string, number> } {
  const nodeTypes: Record<string, number> = {};
  for (const n of bpmn.nodes) nodeTypes[PM4PY_NODE_TYPE[n.kind]] = (nodeTypes[PM4PY_NODE_TYPE[n.kind]] ?? 0) + 1;
  return { nodes: bpmn.nodes.length, flows: bpmn.flows.length, nodeTypes };
}

const ID_PREFIX: Record<BpmnNodeKind, string> = {
  startEvent: 'StartEvent',
  endEvent: 'EndEvent',
  task: 'Task',
  exclusiveGateway: 'Gateway',
  parallelGateway: 'Gateway',
  inclusiveGateway: 'Gateway',
};

/** Builds a BPMN model with ids numbered per prefix in creation order. */
export class BpmnBuilder {
  private readonly nodes: BpmnNode[] = [];
  private readonly flows: BpmnFlow[] = [];
  private readonly counters = new Map<string, number>();

  private nextId(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}_${n}`;
  }

  addNode(kind: BpmnNodeKind, options: { name?: string; direction?: GatewayDirection } = {}): string {
    const id = this.nextId(ID_PREFIX[kind]);
    const node: BpmnNode = { id, kind, ...(options.name !== undefined ? { name: options.name } : {}), ...(options.direction ? { direction: options.direction } : {}) };
    this.nodes.push(node);
    return id;
  }

  addFlow(source: string, target: string): string {
    const id = this.nextId('Flow');
    this.flows.push({ id, source, target });
    return id;
  }

  build(id = 'Process_1', name?: string): Bpmn {
    return { id, ...(name !== undefined ? { name } : {}), nodes: this.nodes.slice(), flows: this.flows.slice() };
  }
}
