/**
 * Petri nets and accepting (workflow) nets: places, transitions (a label, or null for a silent transition),
 * weighted arcs, and the initial and final markings. Ids are strings as in PNML; algorithms index them.
 */

export interface Place {
  readonly id: string;
  readonly name?: string;
}

export interface Transition {
  readonly id: string;
  /** the activity it stands for; null for a silent (τ) transition. */
  readonly label: string | null;
  readonly name?: string;
}

export interface Arc {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

/** place id → tokens (places with 0 tokens are left out). */
export type Marking = ReadonlyMap<string, number>;

export interface PetriNet {
  readonly name?: string;
  readonly places: readonly Place[];
  readonly transitions: readonly Transition[];
  readonly arcs: readonly Arc[];
}

export interface AcceptingPetriNet {
  readonly net: PetriNet;
  readonly initialMarking: Marking;
  readonly finalMarking: Marking;
}

/** Sizes as pm4py reports them. */
export function petriNetSize(net: PetriNet): {
  places: number;
  transitions: number;
  visibleTransitions: number;
  invisibleTransitions: number;
  arcs: number;
} {
  const visible = net.transitions.filter((t) => t.label !== null).length;
  return {
    places: net.places.length,
    transitions: net.transitions.length,
    visibleTransitions: visible,
    invisibleTransitions: net.transitions.length - visible,
    arcs: net.arcs.length,
  };
}

/**
 * Builds nets with fresh ids (`p1`, `t1`, …) in creation order, so that the same input always gives the same
 * net (and byte-identical exports).
 */
export class PetriNetBuilder {
  private readonly places: Place[] = [];
  private readonly transitions: Transition[] = [];
  private readonly arcs: Arc[] = [];

  addPlace(name?: string): string {
    const id = `p${this.places.length + 1}`;
    this.places.push(name === undefined ? { id } : { id, name });
    return id;
  }

  addTransition(label: string | null, name?: string): string {
    const id = `t${this.transitions.length + 1}`;
    this.transitions.push(name === undefined ? { id, label } : { id, label, name });
    return id;
  }

  addArc(source: string, target: string, weight = 1): void {
    this.arcs.push({ source, target, weight });
  }

  build(name?: string): PetriNet {
    return { name, places: this.places.slice(), transitions: this.transitions.slice(), arcs: this.arcs.slice() };
  }
}
