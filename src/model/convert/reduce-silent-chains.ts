/**
 * pm4py's "simple reduction" of silent transitions (pm4py.objects.petri_net.utils.reduction.apply_simple_reduction),
 * which its BPMN translation applies: a silent transition that is the only way out of a place fed by a single
 * transition is merged into that transition (single entry), and then a silent transition that is the only way
 * into a place read by a single transition is merged into that transition (single exit). Both rules only shorten
 * chains of silent steps, so the net's language is unchanged. The result does not depend on the order in which
 * candidates are taken (each merge keeps the chain's outermost transition), so taking them in creation order
 * gives pm4py's net whatever order its sets happen to iterate in.
 */
import type { DraftTransition, NetDraft } from './net-draft.js';

export function reduceSilentChains(draft: NetDraft): void {
  reduceUntilStable(draft, mergeIntoProducer);
  reduceUntilStable(draft, mergeIntoConsumer);
}

function reduceUntilStable(draft: NetDraft, rule: (draft: NetDraft, t: DraftTransition) => boolean): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const t of [...draft.transitions]) {
      if (draft.transitions.has(t) && rule(draft, t)) changed = true;
    }
  }
}

/** Single entry: `s → p → t → outputs` with p only between s and t becomes `s → outputs`. */
function mergeIntoProducer(draft: NetDraft, t: DraftTransition): boolean {
  if (t.label !== null || t.inputs.length !== 1) return false;
  const p = t.inputs[0];
  if (p.producers.length !== 1 || p.consumers.length !== 1) return false;
  const s = p.producers[0];
  if (s === t) return false;
  const outputs = [...t.outputs];
  draft.removeTransition(t);
  draft.removePlace(p);
  for (const q of outputs) draft.arc(s, q);
  return true;
}

/** Single exit: `inputs → t → p → u` with p only between t and u becomes `inputs → u`. */
function mergeIntoConsumer(draft: NetDraft, t: DraftTransition): boolean {
  if (t.label !== null || t.outputs.length !== 1) return false;
  const p = t.outputs[0];
  if (p.producers.length !== 1 || p.consumers.length !== 1) return false;
  const u = p.consumers[0];
  if (u === t) return false;
  const inputs = [...t.inputs];
  draft.removeTransition(t);
  draft.removePlace(p);
  for (const q of inputs) draft.arc(q, u);
  return true;
}
