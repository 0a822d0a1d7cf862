/**
 * A small mutable Petri net for converters that build a net and then rewrite it (pm4py-style BPMN translation and
 * its silent-transition reductions). Arcs are kept on both ends as lists, so a repeated arc is a weight above 1.
 * Elements remember their creation order, and the finished net lists them in that order: the same input always
 * gives the same net.
 */
import { PetriNetBuilder, type AcceptingPetriNet, type Marking, type PetriNet } from '../petri-net.js';

export interface DraftPlace {
  readonly name: string;
  readonly order: number;
  /** producing transitions, one entry per arc. */
  readonly producers: DraftTransition[];
  /** consuming transitions, one entry per arc. */
  readonly consumers: DraftTransition[];
}

export interface DraftTransition {
  readonly name: string;
  readonly label: string | null;
  readonly order: number;
  readonly inputs: DraftPlace[];
  readonly outputs: DraftPlace[];
}

export class NetDraft {
  readonly places = new Set<DraftPlace>();
  readonly transitions = new Set<DraftTransition>();
  private counter = 0;

  addPlace(name: string): DraftPlace {
    const p: DraftPlace = { name, order: this.counter++, producers: [], consumers: [] };
    this.places.add(p);
    return p;
  }

  addTransition(name: string, label: string | null): DraftTransition {
    const t: DraftTransition = { name, label, order: this.counter++, inputs: [], outputs: [] };
    this.transitions.add(t);
    return t;
  }

  arc(from: DraftPlace | DraftTransition, to: DraftPlace | DraftTransition): void {
    if ('producers' in from && 'inputs' in to) {
      from.consumers.push(to);
      to.inputs.push(from);
    } else if ('inputs' in from && 'producers' in to) {
      from.outputs.push(to);
      to.producers.push(from);
    } else {
      throw new Error(`an arc joins a place and a transition (${from.name} → ${to.name})`);
    }
  }

  removeTransition(t: DraftTransition): void {
    for (const p of t.inputs) removeOne(p.consumers, t);
    for (const p of t.outputs) removeOne(p.producers, t);
    this.transitions.delete(t);
  }

  removePlace(p: DraftPlace): void {
    for (const t of p.producers) removeOne(t.outputs, p);
    for (const t of p.consumers) removeOne(t.inputs, p);
    this.places.delete(p);
  }

  /** A draft of an accepting net (weighted arcs become repeated arcs), with its markings by draft place. */
  static fromNet(accepting: AcceptingPetriNet): { draft: NetDraft; initial: Map<DraftPlace, number>; final: Map<DraftPlace, number> } {
    const draft = new NetDraft();
    const places = new Map<string, DraftPlace>();
    const transitions = new Map<string, DraftTransition>();
    for (const p of accepting.net.places) places.set(p.id, draft.addPlace(p.name ?? p.id));
    for (const t of accepting.net.transitions) transitions.set(t.id, draft.addTransition(t.name ?? t.id, t.label));
    for (const a of accepting.net.arcs) {
      const from = places.get(a.source) ?? transitions.get(a.source)!;
      const to = places.get(a.target) ?? transitions.get(a.target)!;
      for (let i = 0; i < a.weight; i++) draft.arc(from, to);
    }
    const byPlace = (m: Marking) => new Map([...m].map(([id, n]) => [places.get(id)!, n]));
    return { draft, initial: byPlace(accepting.initialMarking), final: byPlace(accepting.finalMarking) };
  }

  /** The net, elements in creation order; arcs repeated between the same two ends become one weighted arc. */
  build(name?: string): { net: PetriNet; placeId: Map<DraftPlace, string> } {
    const b = new PetriNetBuilder();
    const placeId = new Map<DraftPlace, string>();
    for (const p of [...this.places].sort(byOrder)) placeId.set(p, b.addPlace(p.name));
    for (const t of [...this.transitions].sort(byOrder)) {
      const id = b.addTransition(t.label, t.name);
      for (const [p, w] of counted(t.inputs)) b.addArc(placeId.get(p)!, id, w);
      for (const [p, w] of counted(t.outputs)) b.addArc(id, placeId.get(p)!, w);
    }
    return { net: b.build(name), placeId };
  }
}

function byOrder(a: { order: number }, b: { order: number }): number {
  return a.order - b.order;
}

function removeOne<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}

function counted(places: DraftPlace[]): Map<DraftPlace, number> {
  const out = new Map<DraftPlace, number>();
  for (const p of [...places].sort(byOrder)) out.set(p, (out.get(p) ?? 0) + 1);
  return out;
}
