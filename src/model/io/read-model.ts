/**
 * Reads a process model for conformance checking, whatever its format (by extension): BPMN (through
 * bpmn-moddle, translated to a workflow net), PNML (with its final marking, or the sink of a workflow net) or
 * PTML (a process tree, converted as pm4py does). Warnings from the translation come back with the net.
 */
import { InputError } from '../../errors.js';
import type { AcceptingPetriNet } from '../petri-net.js';
import { chooseBpmnProcess } from '../bpmn-process.js';
import { convertBpmnToPetri } from '../convert/bpmn-to-petri.js';
import { convertTreeToPetri } from '../convert/tree-to-petri.js';
import { checkSoundness } from '../soundness.js';
import { describeWorkflowProblems } from '../workflow-net.js';

export type ModelFormat = 'bpmn' | 'pnml' | 'ptml';

export interface LoadedModel {
  net: AcceptingPetriNet;
  format: ModelFormat;
  /** the BPMN process used, when the file had several. */
  process?: string;
  warnings: string[];
}

export interface ReadModelOptions {
  /** BPMN: the process (id or pool name) to use. */
  process?: string;
  /** BPMN: the log's activities, to pick the process whose labels match best. */
  activities?: string[];
}

export function modelFormatOf(file: string): ModelFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.bpmn') || lower.endsWith('.bpmn20.xml') || lower.endsWith('.bpmn2')) return 'bpmn';
  if (lower.endsWith('.pnml')) return 'pnml';
  if (lower.endsWith('.ptml')) return 'ptml';
  return undefined;
}

/**
 * @example
 * const { net, warnings } = await readModel('to-be.bpmn', { activities: log.activityNames });
 */
export async function readModel(file: string, options: ReadModelOptions = {}): Promise<LoadedModel> {
  const format = modelFormatOf(file);
  switch (format) {
    case 'bpmn': {
      const { readBpmn } = await import('./read-bpmn.js');
      const doc = await readBpmn(file);
      const process = chooseBpmnProcess(doc.processes, { id: options.process, activities: options.activities });
      const { net, warnings } = convertBpmnToPetri(process);
      const chosen = doc.processes.length > 1 ? [`the file has ${doc.processes.length} processes; using '${process.name ?? process.id}' (choose with --process)`] : [];
      return { net, format, process: process.id, warnings: [...chosen, ...doc.warnings, ...warnings] };
    }
    case 'pnml': {
      const { readPnml } = await import('./read-pnml.js');
      const net = await readPnml(file);
      const soundness = checkSoundness(net, { maxStates: 20_000 });
      if (soundness.decided && !soundness.bounded) {
        throw new InputError('pnml-unbounded', 'the Petri net is unbounded: some place can collect tokens without limit', {
          file,
          hint: 'conformance checking needs a bounded net; check arcs that put tokens back without taking any',
        });
      }
      const problems = describeWorkflowProblems(net).map((p) => `not a workflow net: ${p}`);
      return { net, format, warnings: problems };
    }
    case 'ptml': {
      const { readPtml } = await import('./read-ptml.js');
      return { net: convertTreeToPetri(await readPtml(file)), format, warnings: [] };
    }
    default:
      throw new InputError('unsupported-model', 'unknown model format', {
        file,
        hint: 'use a .bpmn, .pnml or .ptml file',
      });
  }
}
