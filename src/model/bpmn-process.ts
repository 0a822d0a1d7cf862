/**
 * A BPMN process as read from a file, reduced to what its behaviour needs: flow nodes by kind (tasks,
 * events, gateways, embedded subprocesses with their own nodes, boundary events) and sequence flows. Names and
 * ids are kept so that conformance results and warnings can point at the diagram.
 */
import { UsageError } from '../errors.js';

export type BpmnElementKind =
  | 'task'
  | 'start'
  | 'end'
  | 'intermediate'
  | 'boundary'
  | 'exclusive'
  | 'parallel'
  | 'inclusive'
  | 'event-based'
  | 'complex'
  | 'subprocess';

export interface BpmnProcessNode {
  id: string;
  kind: BpmnElementKind;
  /** the BPMN element type, e.g. `bpmn:UserTask`. */
  type: string;
  name?: string;
  /** boundary events: the activity they are attached to, and whether they interrupt it. */
  attachedTo?: string;
  cancelActivity?: boolean;
  /** end events: a terminate end event ends the whole (sub)process, whatever else is still running. */
  terminate?: boolean;
  /** activities with a loop marker. */
  loop?: 'standard' | 'multi-instance';
  /** embedded subprocesses: their inner process. */
  inner?: BpmnProcess;
}

export interface BpmnProcessFlow {
  id: string;
  source: string;
  target: string;
}

export interface BpmnProcess {
  id: string;
  name?: string;
  nodes: BpmnProcessNode[];
  flows: BpmnProcessFlow[];
}

/**
 * The activity a task stands for: its name with line breaks and runs of spaces read as one space (modelling
 * tools wrap long names inside the shape, e.g. "Check\ncredit", while the log says "Check credit"), or its id when
 * it has no name.
 */
export function bpmnTaskLabel(n: BpmnProcessNode): string {
  const name = n.name?.replace(/\s+/g, ' ').trim();
  return name ? name : n.id;
}

/** The task labels of a process and its subprocesses. */
export function bpmnTaskLabels(process: BpmnProcess): string[] {
  const out = new Set<string>();
  const walk = (p: BpmnProcess) => {
    for (const n of p.nodes) {
      if (n.kind === 'task') out.add(bpmnTaskLabel(n));
      if (n.inner) walk(n.inner);
    }
  };
  walk(process);
  return [...out].sort();
}

/**
 * The process to check a log against: the one named by `id` (process id or pool name), else the one whose task
 * labels cover most of the log's activities (ties: the first in the file).
 */
export function chooseBpmnProcess(processes: BpmnProcess[], options: { id?: string; activities?: string[] } = {}): BpmnProcess {
  if (options.id !== undefined) {
    const found = processes.find((p) => p.id === options.id || p.name === options.id);
    if (!found) {
      throw new UsageError('bpmn-unknown-process', `the model has no process '${options.id}'`, {
        hint: `processes: ${processes.map((p) => (p.name ? `${p.id} (${p.name})` : p.id)).join(', ')}`,
      });
    }
    return found;
  }
  if (processes.length === 1 || !options.activities) return processes[0];
  const wanted = new Set(options.activities);
  let best = processes[0];
  let bestScore = -1;
  for (const p of processes) {
    const score = bpmnTaskLabels(p).filter((l) => wanted.has(l)).length;
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}
