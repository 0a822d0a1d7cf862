/**
 * BPMN process → workflow net, after Dijkman, Dumas & Ouyang (2008, "Semantics and analysis of business process
 * models in BPMN"): a place per sequence flow, a labelled transition per task, silent transitions for events and
 * gateways. Exclusive and event-based gateways are choices between silent transitions, parallel gateways one
 * silent transition; an inclusive split offers every non-empty subset of its branches, and an inclusive join
 * synchronises with its matching split (the split leaves a token naming the subset it chose, which the join
 * consumes: the common synchronising approximation); an inclusive join without a matching split fires on any
 * non-empty subset of its inputs (and may fire early: a warning says so). Embedded subprocesses are flattened,
 * boundary events become alternatives to the activity (interrupting) or an optional parallel branch
 * (non-interrupting, at most once). Several end events are joined into one sink by exploring which end places
 * can be marked together when the fragment has finished; a terminate end event ends its (sub)process with every
 * token left; several start events are alternatives.
 */
import { bpmnTaskLabel, type BpmnProcessFlow, type BpmnProcessNode, type BpmnProcess } from '../bpmn-process.js';
import { PetriNetBuilder, type AcceptingPetriNet } from '../petri-net.js';
import { NetDraft, type DraftPlace } from './net-draft.js';
import { reduceSilentChains } from './reduce-silent-chains.js';
import { checkSoundness } from '../soundness.js';

export interface BpmnToPetriOptions {
  /** states to explore when joining end events (default 50 000). */
  stateLimit?: number;
  /** inclusive gateways with more branches than this are approximated (default 8: 255 subsets). */
  maxInclusiveBranches?: number;
  /** leave chains of silent transitions as translated (default: merged, see reduce-silent-chains.ts). */
  keepSilentChains?: boolean;
}

export interface BpmnToPetriResult {
  net: AcceptingPetriNet;
  warnings: string[];
}

interface TransitionInfo {
  pre: Map<string, number>;
  post: Map<string, number>;
}

/**
 * @example
 * const { processes } = await readBpmn('model.bpmn');
 * const { net, warnings } = convertBpmnToPetri(processes[0]);
 */
export function convertBpmnToPetri(process: BpmnProcess, options: BpmnToPetriOptions = {}): BpmnToPetriResult {
  const t = new Translator(options);
  const source = t.b.addPlace('source');
  const sink = t.translateFragment(process, source, '');
  const translated: AcceptingPetriNet = {
    net: t.b.build(process.name ?? process.id),
    initialMarking: new Map([[source, 1]]),
    finalMarking: new Map([[sink, 1]]),
  };
  const warnings = [...t.warnings, ...looseJoinWarnings(translated, t.looseJoins)];
  return { net: options.keepSilentChains ? translated : shortenSilentChains(translated), warnings };
}

/**
 * An inclusive join without a matching split is exact when no two of its inputs are ever marked together (it
 * merges exclusive paths, as in many drawn models): then none of its synchronising transitions can fire, and its
 * warning would only alarm. Decided on the reachability graph when that is small enough; otherwise it warns.
 */
function looseJoinWarnings(net: AcceptingPetriNet, joins: { warning: string; synchronising: string[] }[]): string[] {
  if (joins.length === 0) return [];
  const soundness = checkSoundness(net, { maxStates: 50_000 });
  const dead = new Set(soundness.decided && soundness.bounded ? soundness.deadTransitions : []);
  return joins.filter((j) => !j.synchronising.every((id) => dead.has(id))).map((j) => j.warning);
}

/**
 * The translation leaves chains of silent steps (flow → gateway → flow); merging them keeps the language and
 * makes alignments several times faster (fewer states to search).
 */
function shortenSilentChains(accepting: AcceptingPetriNet): AcceptingPetriNet {
  const { draft, initial, final } = NetDraft.fromNet(accepting);
  reduceSilentChains(draft);
  const { net, placeId } = draft.build(accepting.net.name);
  const marking = (m: Map<DraftPlace, number>) => new Map([...m].map(([p, n]) => [placeId.get(p)!, n]));
  return { net, initialMarking: marking(initial), finalMarking: marking(final) };
}

class Translator {
  readonly b = new PetriNetBuilder();
  readonly warnings: string[] = [];
  /** inclusive joins without a matching split: their warning, and the transitions that join two inputs or more. */
  readonly looseJoins: { warning: string; synchronising: string[] }[] = [];
  /** every transition's pre- and post-set, in creation order (for the end-event analysis). */
  private readonly transitions: TransitionInfo[] = [];
  private readonly stateLimit: number;
  private readonly maxInclusive: number;

  constructor(options: BpmnToPetriOptions) {
    this.stateLimit = options.stateLimit ?? 50_000;
    this.maxInclusive = options.maxInclusiveBranches ?? 8;
  }

  private transition(label: string | null, name: string, pre: string[], post: string[]): string {
    const id = this.b.addTransition(label, name);
    const info: TransitionInfo = { pre: new Map(), post: new Map() };
    for (const p of pre) {
      this.b.addArc(p, id);
      info.pre.set(p, (info.pre.get(p) ?? 0) + 1);
    }
    for (const p of post) {
      this.b.addArc(id, p);
      info.post.set(p, (info.post.get(p) ?? 0) + 1);
    }
    this.transitions.push(info);
    return id;
  }

  /** Translates a process (or subprocess body) entered through `entry`; returns the place marking its end. */
  translateFragment(process: BpmnProcess, entry: string, prefix: string): string {
    const firstTransition = this.transitions.length;
    const byId = new Map(process.nodes.map((n) => [n.id, n]));
    const incoming = new Map<string, BpmnProcessFlow[]>();
    const outgoing = new Map<string, BpmnProcessFlow[]>();
    const flowPlace = new Map<string, string>();
    for (const f of process.flows) {
      if (!byId.has(f.source) || !byId.has(f.target)) {
        this.warnings.push(`sequence flow '${f.id}' connects an element that is not translated; it is left out`);
        continue;
      }
      flowPlace.set(f.id, this.b.addPlace(`${prefix}${f.id}`));
      push(outgoing, f.source, f);
      push(incoming, f.target, f);
    }
    const ins = (n: BpmnProcessNode) => incoming.get(n.id) ?? [];
    const outs = (n: BpmnProcessNode) => outgoing.get(n.id) ?? [];
    const endPlaces: string[] = [];
    const terminatePlaces = new Set<string>();
    const initialInputs: string[] = [];
    const boundaries = new Map<string, BpmnProcessNode[]>();
    for (const n of process.nodes) {
      if (n.kind !== 'boundary') continue;
      if (!n.attachedTo || !byId.has(n.attachedTo)) {
        this.warnings.push(`boundary event '${n.id}' is attached to nothing that is translated; it is left out`);
        continue;
      }
      push(boundaries, n.attachedTo, n);
    }

    /** The place a node consumes from: its flow, a merge place for several flows, or a place fed at start. */
    const inputOf = (n: BpmnProcessNode): string => {
      const list = ins(n);
      if (list.length === 1) return flowPlace.get(list[0].id)!;
      const p = this.b.addPlace(`${prefix}${n.id}:in`);
      if (list.length === 0) initialInputs.push(p);
      for (const f of list) this.transition(null, `${prefix}${f.id}:merge`, [flowPlace.get(f.id)!], [p]);
      return p;
    };
    /** The places a node produces into: all outgoing flows (an implicit parallel split), or an end place. */
    const outputsOf = (n: BpmnProcessNode): string[] => {
      const list = outs(n);
      if (list.length > 0) return list.map((f) => flowPlace.get(f.id)!);
      const p = this.b.addPlace(`${prefix}${n.id}:end`);
      endPlaces.push(p);
      if (n.terminate) terminatePlaces.add(p);
      return [p];
    };

    const starts = process.nodes.filter((n) => n.kind === 'start');
    for (const n of process.nodes) {
      switch (n.kind) {
        case 'start':
          break; // below, once the elements without incoming flow are known
        case 'end':
        case 'intermediate':
          this.transition(null, `${prefix}${n.id}`, [inputOf(n)], outputsOf(n));
          break;
        case 'boundary':
          break; // with its activity
        case 'task':
        case 'subprocess':
          this.translateActivity(n, inputOf(n), outputsOf(n), boundaries.get(n.id) ?? [], outputsOf, prefix);
          break;
        case 'exclusive':
        case 'event-based':
        case 'complex': {
          if (n.kind === 'complex') this.warnings.push(`complex gateway '${n.id}' is read as an exclusive gateway`);
          const p = inputOf(n);
          const targets = outs(n);
          if (targets.length === 0) this.transition(null, `${prefix}${n.id}`, [p], outputsOf(n));
          for (const f of targets) this.transition(null, `${prefix}${n.id}:${f.id}`, [p], [flowPlace.get(f.id)!]);
          break;
        }
        case 'parallel': {
          const pre = ins(n).length > 0 ? ins(n).map((f) => flowPlace.get(f.id)!) : [inputOf(n)];
          this.transition(null, `${prefix}${n.id}`, pre, outputsOf(n));
          break;
        }
        case 'inclusive':
          break; // after the loop, once every split is known
      }
    }
    this.translateInclusiveGateways(process, ins, outs, flowPlace, inputOf, outputsOf, prefix);

    // Start events are alternatives. Elements without incoming flow are instantiated when the process starts
    // (BPMN 2.0 §13.2.2): with each start event, or on their own when there is none.
    if (starts.length === 0) {
      if (initialInputs.length === 0) this.warnings.push(`${process.id}: no start event and no element without incoming flow`);
      this.transition(null, `${prefix}${process.id}:start`, [entry], initialInputs);
    } else {
      if (initialInputs.length > 0) {
        this.warnings.push(`${process.id}: ${initialInputs.length} element(s) without incoming flow start together with the start event`);
      }
      for (const s of starts) this.transition(null, `${prefix}${s.id}`, [entry], [...outputsOf(s), ...initialInputs]);
    }
    return this.joinEnds(entry, endPlaces, terminatePlaces, firstTransition, prefix || `${process.id}:`);
  }

  private translateActivity(
    n: BpmnProcessNode,
    input: string,
    outputs: string[],
    boundaries: BpmnProcessNode[],
    outputsOf: (n: BpmnProcessNode) => string[],
    prefix: string,
  ): void {
    const label = n.kind === 'task' ? bpmnTaskLabel(n) : null;
    if (n.kind === 'task' && !n.name?.trim()) this.warnings.push(`task '${n.id}' has no name; it is labelled by its id`);
    // With a loop marker the activity may run again: it ends in a decision place.
    let done = outputs;
    let after: string | null = null;
    if (n.loop) {
      after = this.b.addPlace(`${prefix}${n.id}:after`);
      done = [after];
    }
    const body = (from: string, copy: string) => {
      if (n.kind === 'task') {
        this.transition(label, `${prefix}${n.id}${copy}`, [from], done);
      } else {
        const innerEntry = this.b.addPlace(`${prefix}${n.id}${copy}:entry`);
        this.transition(null, `${prefix}${n.id}${copy}:enter`, [from], [innerEntry]);
        const innerEnd = this.translateFragment(n.inner!, innerEntry, `${prefix}${n.id}${copy}/`);
        this.transition(null, `${prefix}${n.id}${copy}:exit`, [innerEnd], done);
      }
    };
    body(input, '');
    for (const boundary of boundaries) {
      const branch = outputsOf(boundary);
      if (boundary.cancelActivity !== false) {
        // Interrupting: the event happens instead of the activity completing (for a subprocess: before it
        // starts, as nets cannot cancel a running region).
        if (n.kind === 'subprocess') {
          this.warnings.push(`interrupting boundary event '${boundary.id}' on subprocess '${n.id}' is modelled as happening before the subprocess starts`);
        }
        this.transition(null, `${prefix}${boundary.id}`, [input], branch);
      } else {
        // Non-interrupting: at most once, it starts its branch in parallel with the activity.
        const again = this.b.addPlace(`${prefix}${boundary.id}:activity`);
        this.transition(null, `${prefix}${boundary.id}`, [input], [again, ...branch]);
        body(again, `#${boundary.id}`);
      }
    }
    if (after !== null) {
      this.transition(null, `${prefix}${n.id}:continue`, [after], outputs);
      this.transition(null, `${prefix}${n.id}:repeat`, [after], [input]);
    }
  }

  private translateInclusiveGateways(
    process: BpmnProcess,
    ins: (n: BpmnProcessNode) => BpmnProcessFlow[],
    outs: (n: BpmnProcessNode) => BpmnProcessFlow[],
    flowPlace: Map<string, string>,
    inputOf: (n: BpmnProcessNode) => string,
    outputsOf: (n: BpmnProcessNode) => string[],
    prefix: string,
  ): void {
    const gateways = process.nodes.filter((n) => n.kind === 'inclusive');
    const splits = gateways.filter((g) => outs(g).length > 1);
    const joins = gateways.filter((g) => ins(g).length > 1);
    // join id → { split, branch index → incoming flow of the join }
    const matched = new Map<string, { split: BpmnProcessNode; inputForBranch: BpmnProcessFlow[] }>();
    const memory = new Map<string, Map<number, string>>(); // split id → subset mask → place
    for (const j of joins) {
      for (const s of splits) {
        if (outs(s).length !== ins(j).length) continue;
        const inputForBranch = matchBranches(process, s, j, outs(s), ins(j));
        if (inputForBranch) {
          matched.set(j.id, { split: s, inputForBranch });
          memory.set(s.id, new Map());
          break;
        }
      }
    }
    const subsets = (k: number) => {
      const out: number[] = [];
      for (let mask = 1; mask < 1 << k; mask++) out.push(mask);
      return out;
    };
    for (const g of gateways) {
      const gIns = ins(g);
      const gOuts = outs(g);
      // the place between a join part and a split part of a mixed gateway
      let middle: string | null = null;
      if (gIns.length > 1) {
        middle = gOuts.length === 1 ? flowPlace.get(gOuts[0].id)! : this.b.addPlace(`${prefix}${g.id}:mid`);
        const m = matched.get(g.id);
        if (gIns.length > this.maxInclusive) {
          this.warnings.push(`inclusive join '${g.id}' has ${gIns.length} inputs; read as an exclusive join`);
          for (const f of gIns) this.transition(null, `${prefix}${g.id}:${f.id}`, [flowPlace.get(f.id)!], [middle]);
        } else if (m) {
          const places = memory.get(m.split.id)!;
          for (const mask of subsets(gIns.length)) {
            let mem = places.get(mask);
            if (!mem) places.set(mask, (mem = this.b.addPlace(`${prefix}${m.split.id}:chose${mask}`)));
            const pre = m.inputForBranch.filter((_, i) => mask & (1 << i)).map((f) => flowPlace.get(f.id)!);
            this.transition(null, `${prefix}${g.id}:join${mask}`, [...pre, mem], [middle]);
          }
        } else {
          const synchronising: string[] = [];
          for (const mask of subsets(gIns.length)) {
            const pre = gIns.filter((_, i) => mask & (1 << i)).map((f) => flowPlace.get(f.id)!);
            const id = this.transition(null, `${prefix}${g.id}:join${mask}`, pre, [middle]);
            if (pre.length > 1) synchronising.push(id);
          }
          this.looseJoins.push({
            warning: `inclusive join '${g.id}' has no matching inclusive split; it fires on any non-empty subset of its inputs and may fire before every active branch arrives`,
            synchronising,
          });
        }
        if (gOuts.length <= 1) {
          if (gOuts.length === 0) this.transition(null, `${prefix}${g.id}:end`, [middle], outputsOf(g));
          continue;
        }
      }
      const input = middle ?? inputOf(g);
      if (gOuts.length <= 1) {
        this.transition(null, `${prefix}${g.id}`, [input], outputsOf(g));
        continue;
      }
      if (gOuts.length > this.maxInclusive) {
        this.warnings.push(`inclusive split '${g.id}' has ${gOuts.length} branches; read as an exclusive split`);
        for (const f of gOuts) this.transition(null, `${prefix}${g.id}:${f.id}`, [input], [flowPlace.get(f.id)!]);
        continue;
      }
      const places = memory.get(g.id);
      for (const mask of subsets(gOuts.length)) {
        const post = gOuts.filter((_, i) => mask & (1 << i)).map((f) => flowPlace.get(f.id)!);
        if (places) {
          let mem = places.get(mask);
          if (!mem) places.set(mask, (mem = this.b.addPlace(`${prefix}${g.id}:chose${mask}`)));
          post.push(mem);
        }
        this.transition(null, `${prefix}${g.id}:split${mask}`, [input], post);
      }
    }
  }

  /**
   * One sink for a fragment: explores the markings reachable from `entry` with the fragment's transitions, and
   * for every marking in which nothing can fire and only end places hold tokens, adds a silent transition
   * consuming exactly those tokens into the sink. A marking in which a terminate end event has fired ends the
   * fragment at once: its finishing transition takes every token left. Falls back to "end events are
   * alternatives" when the state space is too large.
   */
  private joinEnds(entry: string, endPlaces: string[], terminate: Set<string>, firstTransition: number, name: string): string {
    const sink = this.b.addPlace(`${name}sink`);
    const ends = new Set(endPlaces);
    if (endPlaces.length === 1 && terminate.size === 0) {
      this.transition(null, `${name}end`, [endPlaces[0]], [sink]);
      return sink;
    }
    const local = this.transitions.slice(firstTransition);
    const combos = new Map<string, Map<string, number>>();
    let deadlocks = 0;
    const seen = new Set<string>();
    const queue: Map<string, number>[] = [new Map([[entry, 1]])];
    seen.add(markingKey(queue[0]));
    let exhausted = false;
    while (queue.length > 0) {
      if (seen.size > this.stateLimit) {
        exhausted = true;
        break;
      }
      const m = queue.pop()!;
      if ([...m.keys()].some((p) => terminate.has(p))) {
        combos.set(markingKey(m), m);
        continue;
      }
      let enabledAny = false;
      for (const tr of local) {
        let enabled = true;
        for (const [p, w] of tr.pre) if ((m.get(p) ?? 0) < w) enabled = false;
        if (!enabled) continue;
        enabledAny = true;
        const next = new Map(m);
        for (const [p, w] of tr.pre) {
          const v = next.get(p)! - w;
          if (v === 0) next.delete(p);
          else next.set(p, v);
        }
        let unbounded = false;
        for (const [p, w] of tr.post) {
          const v = (next.get(p) ?? 0) + w;
          if (v > 8) unbounded = true;
          next.set(p, v);
        }
        if (unbounded) {
          exhausted = true;
          break;
        }
        const key = markingKey(next);
        if (!seen.has(key)) {
          seen.add(key);
          queue.push(next);
        }
      }
      if (exhausted) break;
      if (!enabledAny && m.size > 0) {
        if ([...m.keys()].every((p) => ends.has(p))) combos.set(markingKey(m), m);
        else deadlocks++;
      }
    }
    if (exhausted || combos.size === 0) {
      if (exhausted) this.warnings.push(`${name} too many states to join its end events exactly; each end event ends the process on its own`);
      else this.warnings.push(`${name} the process can never finish cleanly; each end event ends it on its own`);
      for (const p of endPlaces) this.transition(null, `${name}end`, [p], [sink]);
      return sink;
    }
    if (deadlocks > 0) this.warnings.push(`${name} ${deadlocks} reachable state(s) can get stuck before an end event`);
    for (const m of [...combos.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v)) {
      const pre: string[] = [];
      for (const [p, w] of m) for (let i = 0; i < w; i++) pre.push(p);
      this.transition(null, `${name}end`, pre, [sink]);
    }
    return sink;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function markingKey(m: Map<string, number>): string {
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, n]) => `${p}:${n}`).join(',');
}

/**
 * Whether each branch leaving `split` reaches `join` through its own incoming flow (a bijection), following
 * sequence flows forward without passing the split again. Returns, per branch, the join input it reaches.
 */
function matchBranches(process: BpmnProcess, split: BpmnProcessNode, join: BpmnProcessNode, branches: BpmnProcessFlow[], inputs: BpmnProcessFlow[]): BpmnProcessFlow[] | null {
  const out = new Map<string, BpmnProcessFlow[]>();
  for (const f of process.flows) push(out, f.source, f);
  const result: BpmnProcessFlow[] = [];
  const used = new Set<string>();
  for (const branch of branches) {
    const reached = new Set<string>();
    const seen = new Set<string>();
    const stack = [branch];
    while (stack.length > 0) {
      const f = stack.pop()!;
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      if (f.target === join.id) {
        reached.add(f.id);
        continue;
      }
      if (f.target === split.id) continue;
      for (const g of out.get(f.target) ?? []) stack.push(g);
    }
    if (reached.size !== 1) return null;
    const id = [...reached][0];
    if (used.has(id)) return null;
    used.add(id);
    result.push(inputs.find((f) => f.id === id)!);
  }
  return result;
}
