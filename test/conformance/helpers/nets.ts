/**
 * Small accepting Petri nets for tests, written one transition a line:
 *
 *   netOf(`
 *     a: i -> p1
 *     tau skip: p1 -> p2      (a silent transition, id "skip")
 *     b: p1 -> p2
 *   `, 'i', 'p2')
 *
 * The word before the colon is the label (and the id); `tau ID` makes a silent transition. Places are created as
 * they are named, in order.
 */
import type { AcceptingPetriNet, Arc, Place, Transition } from '../../../src/model/petri-net.js';

export function netOf(spec: string, initial: string | Record<string, number>, final: string | Record<string, number>): AcceptingPetriNet {
  const places: Place[] = [];
  const seen = new Set<string>();
  const transitions: Transition[] = [];
  const arcs: Arc[] = [];
  const place = (id: string) => {
    if (!seen.has(id)) {
      seen.add(id);
      places.push({ id });
    }
    return id;
  };
  const used = new Map<string, number>();
  for (const raw of spec.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(tau\s+)?(\S+):\s*(.*?)\s*->\s*(.*)$/.exec(line);
    if (!m) throw new Error(`bad net line: ${line}`);
    const silent = Boolean(m[1]);
    const name = m[2];
    const n = (used.get(name) ?? 0) + 1;
    used.set(name, n);
    const id = n === 1 ? name : `${name}#${n}`;
    transitions.push({ id, label: silent ? null : name });
    for (const p of m[3].split(/\s+/).filter(Boolean)) arcs.push({ source: place(p), target: id, weight: 1 });
    for (const p of m[4].split(/\s+/).filter(Boolean)) arcs.push({ source: id, target: place(p), weight: 1 });
  }
  const marking = (m: string | Record<string, number>) =>
    new Map(Object.entries(typeof m === 'string' ? { [m]: 1 } : m).map(([p, k]) => [place(p), k] as [string, number]));
  return { net: { places, transitions, arcs }, initialMarking: marking(initial), finalMarking: marking(final) };
}

/** a → b → c */
export const SEQUENCE = () =>
  netOf(
    `
    a: i -> p1
    b: p1 -> p2
    c: p2 -> o
  `,
    'i',
    'o',
  );

/** a → (b | c) → d */
export const CHOICE = () =>
  netOf(
    `
    a: i -> p1
    b: p1 -> p2
    c: p1 -> p2
    d: p2 -> o
  `,
    'i',
    'o',
  );

/** a → (b ∥ c) → d */
export const PARALLEL = () =>
  netOf(
    `
    a: i -> p1 p2
    b: p1 -> p3
    c: p2 -> p4
    d: p3 p4 -> o
  `,
    'i',
    'o',
  );

/** a → b → (c → b)* → d : b repeats after each c */
export const LOOP = () =>
  netOf(
    `
    a: i -> p1
    b: p1 -> p2
    c: p2 -> p1
    d: p2 -> o
  `,
    'i',
    'o',
  );

/** a → (b | τ) → c : b may be skipped silently */
export const SKIP = () =>
  netOf(
    `
    a: i -> p1
    b: p1 -> p2
    tau skip: p1 -> p2
    c: p2 -> o
  `,
    'i',
    'o',
  );

/** τ split → (a ∥ b) → τ join, as inductive-miner nets make them */
export const SILENT_PARALLEL = () =>
  netOf(
    `
    tau split: i -> p1 p2
    a: p1 -> p3
    b: p2 -> p4
    tau join: p3 p4 -> o
  `,
    'i',
    'o',
  );
