/**
 * Reads a process model for conformance checking, whatever its format (by extension): BPMN (through
 * bpmn-moddle, translated to a workflow net), PNML (with its final marking, or the sink of a workflow net) or
 * PTML (a process tree, converted as pm4py does). Warnings from the translation come back with the net.
 */
import { InputError } from '../../errors.js';
import type { AcceptingPetriNet } from '../petri-net.js';
import { chooseBpmnProcess, type BpmnProcess } from '../bpmn-process.js';
import { convertBpmnToPetri, type BpmnToPetriResult } from '../convert/bpmn-to-petri.js';
import { convertBpmnToPetriPm4py, pm4pyTranslationGaps } from '../convert/bpmn-to-petri-pm4py.js';
import { convertTreeToPetri } from '../convert/tree-to-petri.js';
import { checkSoundness } from '../soundness.js';
import { describeWorkflowProblems } from '../workflow-net.js';

export type ModelFormat = 'bpmn' | 'pnml' | 'ptml';

export interface LoadedModel {
  net: AcceptingPetriNet;
  format: ModelFormat;
  /** the BPMN process used, when the file had several. */
  process?: string;
  /** BPMN: the translation used (`pm4py` falls back to `standard` on elements pm4py misreads). */
  bpmnTranslation?: BpmnTranslation;
  warnings: string[];
}

export interface ReadModelOptions {
  /** BPMN: the process (id or pool name) to use. */
  process?: string;
  /** BPMN: the log's activities, to pick the process whose labels match best. */
  activities?: string[];
  /**
   * BPMN: `standard` (default) translates by BPMN's semantics; `pm4py` builds the net pm4py builds, so that token
   * replay and pm4py-cost alignments give pm4py's numbers (falling back, with a warning, on elements pm4py
   * misreads).
   */
  bpmnTranslation?: BpmnTranslation;
}

export type BpmnTranslation = 'standard' | 'pm4py';

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
      const { net, warnings, translation } = translateBpmn(process, options.bpmnTranslation ?? 'standard');
      const chosen = doc.processes.length > 1 ? [`the file has ${doc.processes.length} processes; using '${process.name ?? process.id}' (choose with --process)`] : [];
      return { net, format, process: process.id, bpmnTranslation: translation, warnings: [...chosen, ...doc.warnings, ...warnings] };
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

function translateBpmn(process: BpmnProcess, translation: BpmnTranslation): BpmnToPetriResult & { translation: BpmnTranslation } {
  if (translation === 'pm4py') {
    const gaps = pm4pyTranslationGaps(process);
    if (gaps.length === 0) return { ...convertBpmnToPetriPm4py(process), translation };
    const { net, warnings } = convertBpmnToPetri(process);
    const shown = gaps.slice(0, 3).join(', ') + (gaps.length > 3 ? `, and ${gaps.length - 3} more` : '');
    const fallback = `pm4py's translation misreads ${shown}; the model is translated by BPMN's semantics instead`;
    return { net, warnings: [fallback, ...warnings], translation: 'standard' };
  }
  return { ...convertBpmnToPetri(process), translation };
}
