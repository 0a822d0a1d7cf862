/**
 * Process tree → BPMN as pm4py 2.7.14 does (`to_bpmn.py`): a gateway pair per choice, concurrency, inclusive
 * choice and loop, a task per activity, silent leaves and sequence glue as temporary tasks that are then
 * bypassed. Node and flow counts equal pm4py's. Deliberate difference: a one-child sequence keeps its flow to
 * the end (pm4py drops it and leaves the end event unreachable).
 */
import { BpmnBuilder, type Bpmn, type BpmnNodeKind, type GatewayDirection } from '../bpmn.js';
import type { ProcessTree } from '../process-tree.js';

interface WorkNode {
  readonly kind: BpmnNodeKind;
  readonly name?: string;
  readonly direction?: GatewayDirection;
  readonly silent: boolean;
  readonly ins: WorkFlow[];
  readonly outs: WorkFlow[];
  removed: boolean;
}

interface WorkFlow {
  readonly source: WorkNode;
  readonly target: WorkNode;
  removed: boolean;
}

class WorkDiagram {
  readonly nodes: WorkNode[] = [];
  readonly flows: WorkFlow[] = [];
  readonly silent: WorkNode[] = [];

  add(kind: BpmnNodeKind, extra: { name?: string; direction?: GatewayDirection; silent?: boolean } = {}): WorkNode {
    const node: WorkNode = { kind, name: extra.name, direction: extra.direction, silent: extra.silent ?? false, ins: [], outs: [], removed: false };
    this.nodes.push(node);
    if (node.silent) this.silent.push(node);
    return node;
  }

  connect(source: WorkNode, target: WorkNode): void {
    const flow: WorkFlow = { source, target, removed: false };
    this.flows.push(flow);
    source.outs.push(flow);
    target.ins.push(flow);
  }

  disconnect(flow: WorkFlow): void {
    flow.removed = true;
    flow.source.outs.splice(flow.source.outs.indexOf(flow), 1);
    flow.target.ins.splice(flow.target.ins.indexOf(flow), 1);
  }

  gatewayPair(kind: BpmnNodeKind): [WorkNode, WorkNode] {
    return [this.add(kind, { direction: 'Diverging' }), this.add(kind, { direction: 'Converging' })];
  }
}

const GATEWAY: Record<string, BpmnNodeKind> = { X: 'exclusiveGateway', '+': 'parallelGateway', O: 'inclusiveGateway' };

/** Adds `tree` between `before` and `after`; returns its first and last node. */
function addTree(d: WorkDiagram, tree: ProcessTree, before: WorkNode, after: WorkNode): [WorkNode, WorkNode] {
  if (tree.kind === 'leaf') {
    const task = tree.label === null ? d.add('task', { silent: true }) : d.add('task', { name: tree.label });
    d.connect(before, task);
    d.connect(task, after);
    return [task, task];
  }
  const kids = tree.children;
  switch (tree.operator) {
    case 'X':
    case '+':
    case 'O': {
      const [split, join] = d.gatewayPair(GATEWAY[tree.operator]);
      for (const kid of kids) addTree(d, kid, split, join);
      d.connect(before, split);
      d.connect(join, after);
      return [split, join];
    }
    case '*': {
      const [split, join] = d.gatewayPair('exclusiveGateway');
      addTree(d, kids[0], join, split);
      for (const redo of kids.slice(1)) addTree(d, redo, split, join);
      d.connect(before, join);
      d.connect(split, after);
      return [join, split];
    }
    case '->': {
      // Each child ends in a fresh silent task that the next child ignores: it starts from the child's last node.
      let from = before;
      let first: WorkNode | undefined;
      let last: WorkNode = before;
      kids.forEach((kid, i) => {
        const to = i === kids.length - 1 ? after : d.add('task', { silent: true });
        const [kidFirst, kidLast] = addTree(d, kid, from, to);
        first ??= kidFirst;
        last = kidLast;
        from = kidLast;
      });
      return [first ?? before, last];
    }
  }
}

/** pm4py's `delete_tau_transitions`: a silent task with one way in and out becomes a flow; other ones vanish. */
function bypassSilentTasks(d: WorkDiagram): void {
  for (const tau of d.silent) {
    if (tau.ins.length > 0 && tau.outs.length > 0) {
      const sources = tau.ins.map((f) => f.source);
      const targets = tau.outs.map((f) => f.target);
      for (const f of [...tau.ins, ...tau.outs]) d.disconnect(f);
      // pm4py refuses several ways in or out (it never builds them); joining every pair keeps the behaviour.
      for (const s of sources) for (const t of targets) d.connect(s, t);
    } else for (const f of [...tau.ins, ...tau.outs]) d.disconnect(f);
    tau.removed = true;
  }
}

/**
 * Converts a process tree to a BPMN process with pm4py's construction.
 *
 * @example
 * bpmnSize(convertTreeToBpmn(parseTree("X( 'a', 'b' )"))) // { nodes: 6, flows: 6, … }
 */
export function convertTreeToBpmn(tree: ProcessTree): Bpmn {
  const d = new WorkDiagram();
  const start = d.add('startEvent');
  const end = d.add('endEvent');
  addTree(d, tree, start, end);
  bypassSilentTasks(d);

  const b = new BpmnBuilder();
  const ids = new Map<WorkNode, string>();
  for (const n of d.nodes) {
    if (n.removed) continue;
    ids.set(n, b.addNode(n.kind, { name: n.name, direction: n.direction }));
  }
  for (const f of d.flows) if (!f.removed) b.addFlow(ids.get(f.source)!, ids.get(f.target)!);
  return b.build();
}
