/**
 * BPMN process → Petri net the way pm4py 2.7 translates it (pm4py.objects.conversion.bpmn.variants.to_petri_net),
 * so that token replay and pm4py-cost alignments on a BPMN model give pm4py's numbers: `--bpmn-translation pm4py`.
 *
 * pm4py gives every sequence flow a place and every node an entry place, a transition (labelled by the task name,
 * silent otherwise) and an exit place; silent transitions connect flows to nodes; a parallel or inclusive gateway
 * with several outgoing (incoming) flows gets one more silent transition that fills (empties) them all. A start
 * event is fed from the source place and an end event feeds the sink. Each flow leaving an inclusive split can
 * be skipped by a silent transition to the nearest flow entering an inclusive join. Chains of silent steps are
 * then shortened (reduce-silent-chains.ts).
 *
 * Where pm4py's reading differs from BPMN's semantics, this follows pm4py and says so in a warning: several
 * outgoing flows of a task or event are a choice (BPMN: parallel); an inclusive split may take no branch at all;
 * several end events each put a token in the sink. Elements pm4py cannot translate faithfully (subprocesses,
 * boundary events, loop markers, terminate end events) are not imitated: {@link pm4pyTranslationGaps} names
 * them, and the caller falls back to procmine's own translation.
 */
import type { BpmnProcess, BpmnProcessFlow, BpmnProcessNode } from '../bpmn-process.js';
import type { AcceptingPetriNet } from '../petri-net.js';
import type { BpmnToPetriResult } from './bpmn-to-petri.js';
import { NetDraft, type DraftPlace, type DraftTransition } from './net-draft.js';
import { reduceSilentChains } from './reduce-silent-chains.js';

/** The elements of a process that pm4py's translation does not handle as BPMN means them (empty: none). */
export function pm4pyTranslationGaps(process: BpmnProcess): string[] {
  const gaps: string[] = [];
  for (const n of process.nodes) {
    if (n.kind === 'subprocess') gaps.push(`subprocess '${n.id}'`);
    else if (n.kind === 'boundary') gaps.push(`boundary event '${n.id}'`);
    else if (n.terminate) gaps.push(`terminate end event '${n.id}'`);
    else if (n.loop) gaps.push(`loop marker on '${n.id}'`);
  }
  return gaps;
}

/**
 * @example
 * const { net, warnings } = convertBpmnToPetriPm4py(process); // only when pm4pyTranslationGaps(process) is empty
 */
export function convertBpmnToPetriPm4py(process: BpmnProcess): BpmnToPetriResult {
  const warnings: string[] = [];
  const draft = new NetDraft();
  const source = draft.addPlace('source');
  const sink = draft.addPlace('sink');
  const byId = new Map(process.nodes.map((n) => [n.id, n]));
  const flows = process.flows.filter((f) => {
    if (byId.has(f.source) && byId.has(f.target)) return true;
    warnings.push(`sequence flow '${f.id}' connects an element that is not translated; it is left out`);
    return false;
  });
  const outCount = countBy(flows, (f) => f.source);
  const inCount = countBy(flows, (f) => f.target);
  const flowPlace = new Map<BpmnProcessFlow, DraftPlace>();
  for (const f of flows) flowPlace.set(f, draft.addPlace(f.id));

  // where each node is entered and left: a place, or (gateways that split or join) a transition
  const entering = new Map<string, DraftPlace | DraftTransition>();
  const exiting = new Map<string, DraftPlace | DraftTransition>();
  let endEvents = 0;
  for (const n of process.nodes) {
    const entry = draft.addPlace(`ent_${n.id}`);
    const exit = draft.addPlace(`exi_${n.id}`);
    const t = draft.addTransition(n.id, taskLabel(n, warnings));
    draft.arc(entry, t);
    draft.arc(t, exit);
    entering.set(n.id, entry);
    exiting.set(n.id, exit);
    if (n.kind === 'parallel' || n.kind === 'inclusive') {
      if ((outCount.get(n.id) ?? 0) > 1) {
        const split = draft.addTransition(`${n.id}:split`, null);
        draft.arc(exit, split);
        exiting.set(n.id, split);
      }
      if ((inCount.get(n.id) ?? 0) > 1) {
        const join = draft.addTransition(`${n.id}:join`, null);
        draft.arc(join, entry);
        entering.set(n.id, join);
      }
    } else if (n.kind !== 'exclusive' && n.kind !== 'event-based' && n.kind !== 'complex' && (outCount.get(n.id) ?? 0) > 1) {
      warnings.push(`pm4py reads the ${outCount.get(n.id)} outgoing flows of '${n.id}' as a choice (BPMN starts them all)`);
    }
    if (n.kind === 'start') {
      const start = draft.addTransition(`${n.id}:start`, null);
      draft.arc(source, start);
      draft.arc(start, entry);
    } else if (n.kind === 'end') {
      const end = draft.addTransition(`${n.id}:end`, null);
      draft.arc(exit, end);
      draft.arc(end, sink);
      endEvents++;
    }
  }
  if (endEvents > 1) warnings.push(`pm4py lets each of the ${endEvents} end events put a token in the sink; a run that reaches two of them does not end cleanly`);

  for (const f of flows) {
    let from = exiting.get(f.source)!;
    if (isPlace(from)) {
      const t = draft.addTransition(`sfl_${f.id}`, null);
      draft.arc(from, t);
      from = t;
    }
    let to = entering.get(f.target)!;
    if (isPlace(to)) {
      const t = draft.addTransition(`tfl_${f.id}`, null);
      draft.arc(t, to);
      to = t;
    }
    draft.arc(from, flowPlace.get(f)!);
    draft.arc(flowPlace.get(f)!, to);
  }
  addInclusiveSkips(draft, process, flows, flowPlace, outCount, inCount, warnings);
  reduceSilentChains(draft);

  const { net, placeId } = draft.build(process.name ?? process.id);
  const accepting: AcceptingPetriNet = {
    net,
    initialMarking: new Map([[placeId.get(source)!, 1]]),
    finalMarking: new Map([[placeId.get(sink)!, 1]]),
  };
  return { net: accepting, warnings };
}

/** pm4py labels a task by its name with line breaks removed; an unnamed task becomes silent. */
function taskLabel(n: BpmnProcessNode, warnings: string[]): string | null {
  if (n.kind !== 'task') return null;
  const name = (n.name ?? '').replace(/[\r\n]/g, '');
  if (name === '') {
    warnings.push(`task '${n.id}' has no name; pm4py makes it a silent step`);
    return null;
  }
  return name;
}

/**
 * pm4py's inclusive gateways: each flow leaving an inclusive split (that does not also enter an inclusive join)
 * gets a silent transition to the flow entering an inclusive join that is nearest to it in the net, so that the
 * branch can be skipped. Distances are counted in places, as pm4py's shortest paths over its place graph do.
 */
function addInclusiveSkips(
  draft: NetDraft,
  process: BpmnProcess,
  flows: BpmnProcessFlow[],
  flowPlace: Map<BpmnProcessFlow, DraftPlace>,
  outCount: Map<string, number>,
  inCount: Map<string, number>,
  warnings: string[],
): void {
  const kind = new Map(process.nodes.map((n) => [n.id, n.kind]));
  const exits = new Set<DraftPlace>();
  const entries = new Set<DraftPlace>();
  for (const f of flows) {
    if (kind.get(f.source) === 'inclusive' && (outCount.get(f.source) ?? 0) > 1) exits.add(flowPlace.get(f)!);
    else if (kind.get(f.target) === 'inclusive' && (inCount.get(f.target) ?? 0) > 1) entries.add(flowPlace.get(f)!);
  }
  if (exits.size === 0 || entries.size === 0) return;
  warnings.push('pm4py lets an inclusive split take no branch at all (BPMN: at least one)');
  const next = (p: DraftPlace): DraftPlace[] => p.consumers.flatMap((t) => t.outputs);
  const skips: [DraftPlace, DraftPlace][] = [];
  for (const start of exits) {
    // breadth-first: the first entry place met is a nearest one
    const seen = new Set<DraftPlace>([start]);
    let frontier = [start];
    let found: DraftPlace | undefined;
    while (frontier.length > 0 && !found) {
      const following: DraftPlace[] = [];
      for (const p of frontier) {
        for (const q of next(p)) {
          if (seen.has(q)) continue;
          seen.add(q);
          if (entries.has(q) && !found) found = q;
          following.push(q);
        }
      }
      frontier = following;
    }
    if (found) skips.push([start, found]);
  }
  for (const [from, to] of skips) {
    const t = draft.addTransition(`skip_${from.name}`, null);
    draft.arc(from, t);
    draft.arc(t, to);
  }
}

function isPlace(x: DraftPlace | DraftTransition): x is DraftPlace {
  return 'producers' in x;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}
