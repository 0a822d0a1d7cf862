/**
 * The process trees in pm4py's reference files with the Petri net and BPMN sizes pm4py derived from them:
 * discovered trees (`inductive.*`) and trees of the PTML models it loaded (`models.checked.*`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface NetSize {
  places: number;
  transitions: number;
  visible_transitions: number;
  invisible_transitions: number;
  arcs: number;
}

export interface BpmnSize {
  nodes: number;
  flows: number;
  node_types: Record<string, number>;
}

export interface TreeRef {
  /** `<ref file> <key>`, for test names. */
  name: string;
  tree: string;
  petriNet?: NetSize;
  bpmn?: BpmnSize;
}

interface RefFile {
  inductive?: Record<string, { tree?: string; petri_net?: NetSize; bpmn?: BpmnSize }>;
  models?: { checked?: Record<string, { kind?: string; tree?: string; petri_net?: NetSize }> };
}

/** Every tree with a size in the reference files of `dir` (none when it does not exist). */
export function treeRefs(dir: string): TreeRef[] {
  if (!existsSync(dir)) return [];
  const out: TreeRef[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const ref = JSON.parse(readFileSync(join(dir, file), 'utf8')) as RefFile;
    for (const [key, run] of Object.entries(ref.inductive ?? {})) {
      if (run.tree && (run.petri_net || run.bpmn)) out.push({ name: `${file} ${key}`, tree: run.tree, petriNet: run.petri_net, bpmn: run.bpmn });
    }
    for (const [key, model] of Object.entries(ref.models?.checked ?? {})) {
      if (model.kind === 'ptml' && model.tree && model.petri_net) out.push({ name: `${file} ${key}`, tree: model.tree, petriNet: model.petri_net });
    }
  }
  return out;
}
