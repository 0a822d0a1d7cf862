/**
 * Process tree → accepting Petri net (a workflow net: source place with one token, sink place in the final
 * marking), built block by block as pm4py 2.7.14 does (`to_petri_net.py`), followed by its simple reduction of
 * silent transitions, so that place, transition and arc counts equal pm4py's. Ids are deterministic.
 */
import type { AcceptingPetriNet, Arc, Place, Transition } from '../petri-net.js';
import type { ProcessTree } from '../process-tree.js';

interface PlaceNode {
  readonly kind: 'place';
  readonly id: string;
  readonly ins: Set<ArcNode>;
  readonly outs: Set<ArcNode>;
  removed: boolean;
}

interface TransitionNode {
  readonly kind: 'transition';
  readonly id: string;
  readonly label: string | null;
  readonly ins: Set<ArcNode>;
  readonly outs: Set<ArcNode>;
  removed: boolean;
}

type NetNode = PlaceNode | TransitionNode;

interface ArcNode {
  readonly source: NetNode;
  readonly target: NetNode;
}

/** A mutable net with pm4py's semantics: arcs are objects, so two arcs may join the same pair of nodes. */
class WorkNet {
  readonly places: PlaceNode[] = [];
  readonly transitions: TransitionNode[] = [];
  private hidden = 0;
  private visible = 0;
  private placeCount = 0;

  addPlace(id?: string): PlaceNode {
    this.placeCount++;
    const place: PlaceNode = { kind: 'place', id: id ?? `p_${this.placeCount}`, ins: new Set(), outs: new Set(), removed: false };
    this.places.push(place);
    return place;
  }

  addHidden(kind: string): TransitionNode {
    this.hidden++;
    return this.pushTransition(`${kind}_${this.hidden}`, null);
  }

  addVisible(label: string): TransitionNode {
    this.visible++;
    return this.pushTransition(`t_${this.visible}`, label);
  }

  private pushTransition(id: string, label: string | null): TransitionNode {
    const t: TransitionNode = { kind: 'transition', id, label, ins: new Set(), outs: new Set(), removed: false };
    this.transitions.push(t);
    return t;
  }

  connect(source: NetNode, target: NetNode): void {
    const arc: ArcNode = { source, target };
    source.outs.add(arc);
    target.ins.add(arc);
  }

  remove(node: NetNode): void {
    node.removed = true;
    for (const arc of node.ins) arc.source.outs.delete(arc);
    for (const arc of node.outs) arc.target.ins.delete(arc);
    node.ins.clear();
    node.outs.clear();
  }
}

/** Where a block starts or ends: an existing place, or a transition that a fresh place must be attached to. */
type Entity = PlaceNode | TransitionNode | null;

function children(tree: ProcessTree): readonly ProcessTree[] {
  return tree.kind === 'node' ? tree.children : [];
}

function isOperator(tree: ProcessTree | undefined, operator?: string): boolean {
  return tree !== undefined && tree.kind === 'node' && (operator === undefined || tree.operator === operator);
}

// pm4py's tests for a silent transition between the source place and the first block (and, mirrored, before the
// sink). Its left-hand check descends through `check_terminal_loop`, which looks at last children; kept as is.
function endsWithLoop(tree: ProcessTree): boolean {
  const kids = children(tree);
  if (kids.length === 0) return false;
  const last = kids[kids.length - 1];
  if (!isOperator(last)) return false;
  return isOperator(last, '*') || endsWithLoop(last);
}

function startsWithLoopPm4py(tree: ProcessTree): boolean {
  const kids = children(tree);
  if (kids.length === 0 || !isOperator(kids[0])) return false;
  return isOperator(kids[0], '*') || endsWithLoop(kids[0]);
}

function loopOnEdge(tree: ProcessTree, pick: (kids: readonly ProcessTree[]) => ProcessTree): boolean {
  if (isOperator(tree, '*')) return true;
  const kids = children(tree);
  if (kids.length === 0) return false;
  return isOperator(pick(kids), '*') || loopOnEdge(pick(kids), pick);
}

function needsInitialTau(tree: ProcessTree): boolean {
  return startsWithLoopPm4py(tree) || loopOnEdge(tree, (k) => k[0]) || isOperator(tree, 'X') || isOperator(tree, '+');
}

function needsFinalTau(tree: ProcessTree): boolean {
  return endsWithLoop(tree) || loopOnEdge(tree, (k) => k[k.length - 1]) || isOperator(tree, 'X') || isOperator(tree, '+');
}

const SILENT_LEAF: ProcessTree = { kind: 'leaf', label: null };

/** Adds the block of `tree` between `initial` and `final`; returns the block's final place. */
function addBlock(net: WorkNet, tree: ProcessTree, initialEntity: Entity, finalEntity: Entity): PlaceNode {
  let initial: PlaceNode;
  if (initialEntity !== null && initialEntity.kind === 'transition') {
    initial = net.addPlace();
    net.connect(initialEntity, initial);
  } else initial = initialEntity as PlaceNode;

  let final: PlaceNode;
  if (finalEntity !== null && finalEntity.kind === 'place') final = finalEntity;
  else {
    final = net.addPlace();
    if (finalEntity !== null) net.connect(final, finalEntity);
  }

  if (tree.kind === 'leaf') {
    const t = tree.label === null ? net.addHidden('skip') : net.addVisible(tree.label);
    net.connect(initial, t);
    net.connect(t, final);
    return final;
  }

  const kids = tree.children;
  switch (tree.operator) {
    case 'X':
      for (const kid of kids) addBlock(net, kid, initial, final);
      break;
    case '+': {
      const split = net.addHidden('tauSplit');
      net.connect(initial, split);
      const join = net.addHidden('tauJoin');
      net.connect(join, final);
      for (const kid of kids) addBlock(net, kid, split, join);
      break;
    }
    case 'O':
      addInclusiveBlock(net, kids, initial, final);
      break;
    case '->': {
      let at: PlaceNode = initial;
      kids.forEach((kid, i) => {
        at = addBlock(net, kid, at, i === kids.length - 1 ? final : null);
      });
      break;
    }
    case '*': {
      const loopStart = net.addPlace();
      const enter = net.addHidden('init_loop');
      net.connect(initial, enter);
      net.connect(enter, loopStart);
      const back = net.addHidden('loop');
      if (kids.length === 1) {
        addBlock(net, kids[0], loopStart, final);
        net.connect(final, back);
        net.connect(back, loopStart);
      } else {
        const afterBody = addBlock(net, kids[0], loopStart, null);
        let afterRedo: PlaceNode | null = null;
        for (const redo of kids.slice(1)) afterRedo = addBlock(net, redo, afterBody, afterRedo);
        addBlock(net, SILENT_LEAF, afterBody, final);
        net.connect(afterRedo as PlaceNode, back);
        net.connect(back, loopStart);
      }
      break;
    }
  }
  return final;
}

/** pm4py's inclusive-choice (O) block: each child is started, started later, or skipped. */
function addInclusiveBlock(net: WorkNet, kids: readonly ProcessTree[], initial: PlaceNode, final: PlaceNode): void {
  const split = net.addHidden('tauSplit');
  net.connect(initial, split);
  const join = net.addHidden('tauJoin');
  net.connect(join, final);
  const terminal = net.addPlace();
  net.connect(terminal, join);
  const first = net.addPlace();
  net.connect(split, first);
  for (const kid of kids) {
    const kidInit = net.addPlace();
    net.connect(split, kidInit);
    const kidStart = net.addPlace();
    const kidEnd = net.addPlace();
    const start = net.addHidden('inclusiveStart');
    const later = net.addHidden('inclusiveLater');
    const skip = net.addHidden('inclusiveSkip');
    net.connect(first, start);
    net.connect(kidInit, start);
    net.connect(start, kidStart);
    net.connect(start, terminal);
    net.connect(terminal, later);
    net.connect(kidInit, later);
    net.connect(later, kidStart);
    net.connect(later, terminal);
    net.connect(terminal, skip);
    net.connect(kidInit, skip);
    net.connect(skip, terminal);
    net.connect(skip, kidEnd);
    net.connect(kidEnd, join);
    addBlock(net, kid, kidStart, kidEnd);
  }
}

function only<T>(set: Set<T>): T {
  return set.values().next().value as T;
}

/**
 * pm4py's `apply_simple_reduction`: a silent transition with one input place that has no other arcs is merged
 * into the transition before that place; then, mirrored, one with one output place into the transition after it.
 */
function reduceSilentTransitions(net: WorkNet): void {
  const merge = (forward: boolean) => {
    for (let changed = true; changed; ) {
      changed = false;
      for (const t of net.transitions) {
        if (t.removed || t.label !== null) continue;
        const near = forward ? t.ins : t.outs;
        if (near.size !== 1) continue;
        const arc = only(near);
        const place = (forward ? arc.source : arc.target) as PlaceNode;
        if (place.ins.size !== 1 || place.outs.size !== 1) continue;
        const neighbour = forward ? only(place.ins).source : only(place.outs).target;
        if (neighbour === t) continue;
        const far = [...(forward ? t.outs : t.ins)].map((a) => (forward ? a.target : a.source));
        net.remove(t);
        net.remove(place);
        for (const p of far) {
          if (forward) net.connect(neighbour, p);
          else net.connect(p, neighbour);
        }
        changed = true;
      }
    }
  };
  merge(true);
  merge(false);
}

/**
 * Converts a process tree to a sound workflow net with pm4py's construction and reduction.
 *
 * @example
 * const { net, initialMarking, finalMarking } = convertTreeToPetri(parseTree("->( 'a', X( 'b', tau ) )"));
 */
export function convertTreeToPetri(tree: ProcessTree): AcceptingPetriNet {
  const net = new WorkNet();
  const source = net.addPlace('source');
  const sink = net.addPlace('sink');
  let initial = source;
  let final = sink;
  if (needsInitialTau(tree)) {
    initial = net.addPlace();
    const tau = net.addHidden('tau');
    net.connect(source, tau);
    net.connect(tau, initial);
  }
  if (needsFinalTau(tree)) {
    final = net.addPlace();
    const tau = net.addHidden('tau');
    net.connect(final, tau);
    net.connect(tau, sink);
  }
  addBlock(net, tree, initial, final);
  reduceSilentTransitions(net);

  for (const p of net.places) {
    if (p.removed) continue;
    if ((p.outs.size === 0 && p !== sink) || (p.ins.size === 0 && p !== source)) net.remove(p);
  }

  const places: Place[] = net.places.filter((p) => !p.removed).map((p) => ({ id: p.id }));
  const transitions: Transition[] = net.transitions
    .filter((t) => !t.removed)
    .map((t) => (t.label === null ? { id: t.id, label: null } : { id: t.id, label: t.label, name: t.label }));
  const arcs: Arc[] = [];
  for (const t of net.transitions) {
    if (t.removed) continue;
    for (const a of t.ins) arcs.push({ source: a.source.id, target: t.id, weight: 1 });
    for (const a of t.outs) arcs.push({ source: t.id, target: a.target.id, weight: 1 });
  }
  return {
    net: { places, transitions, arcs },
    initialMarking: new Map([['source', 1]]),
    finalMarking: new Map([['sink', 1]]),
  };
}
