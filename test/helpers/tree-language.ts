/**
 * Whether a trace is in the language of a process tree, by derivatives of residual terms (what is left to do):
 * concurrency expands only the child that moves, so interleavings cost nothing up front; τ, skips and loop
 * restarts live in `nullable` and the loop restart rules. Handles ->, X, +, * (any redo count), O, duplicate labels.
 */
import type { ProcessTree } from '../../src/model/process-tree.js';

type Residual =
  | { k: 'done' }
  | { k: 'start'; n: number }
  | { k: 'seq'; n: number; r: Residual; next: number }
  | { k: 'par'; n: number; rs: (Residual | null)[] }
  | { k: 'body' | 'redo'; n: number; r: Residual };

const DONE: Residual = { k: 'done' };

export class TreeLanguage {
  private readonly nodes: ProcessTree[] = [];
  private readonly kids: number[][] = [];
  private readonly startNullable: boolean[] = [];
  private readonly root: number;

  constructor(tree: ProcessTree) {
    this.root = this.index(tree);
    for (let n = this.nodes.length - 1; n >= 0; n--) this.startNullable[n] = this.computeStartNullable(n);
  }

  /** Whether the tree can produce exactly this sequence of activities. */
  accepts(trace: readonly string[]): boolean {
    let states = new Map<string, Residual>([[key({ k: 'start', n: this.root }), { k: 'start', n: this.root }]]);
    for (const a of trace) {
      const next = new Map<string, Residual>();
      for (const s of states.values()) for (const d of this.derive(s, a, new Set())) next.set(key(d), d);
      if (next.size === 0) return false;
      states = next;
    }
    for (const s of states.values()) if (this.nullable(s)) return true;
    return false;
  }

  private index(tree: ProcessTree): number {
    const id = this.nodes.length;
    this.nodes.push(tree);
    this.kids.push([]);
    if (tree.kind === 'node') this.kids[id] = tree.children.map((c) => this.index(c));
    return id;
  }

  private computeStartNullable(n: number): boolean {
    const t = this.nodes[n];
    if (t.kind === 'leaf') return t.label === null;
    const kids = this.kids[n].map((c) => this.startNullable[c]);
    switch (t.operator) {
      case '->':
      case '+':
        return kids.every(Boolean);
      case 'X':
      case 'O':
        return kids.some(Boolean);
      case '*':
        return kids[0];
    }
  }

  private nullable(r: Residual): boolean {
    switch (r.k) {
      case 'done':
        return true;
      case 'start':
        return this.startNullable[r.n];
      case 'seq':
        return this.nullable(r.r) && this.kids[r.n].slice(r.next).every((c) => this.startNullable[c]);
      case 'par': {
        const or = this.operator(r.n) === 'O';
        return r.rs.every((x) => (x === null ? or : this.nullable(x)));
      }
      case 'body':
        return this.nullable(r.r);
      case 'redo':
        return this.nullable(r.r) && this.startNullable[this.kids[r.n][0]];
    }
  }

  private operator(n: number): string | null {
    const t = this.nodes[n];
    return t.kind === 'node' ? t.operator : null;
  }

  /** The residuals after doing `a` from `r`; `restarts` cuts loops that could restart silently forever. */
  private derive(r: Residual, a: string, restarts: Set<string>): Residual[] {
    switch (r.k) {
      case 'done':
        return [];
      case 'start':
        return this.deriveStart(r.n, a, restarts);
      case 'seq': {
        const out = this.derive(r.r, a, restarts).map((x) => seqOf(r.n, x, r.next));
        if (this.nullable(r.r)) out.push(...this.deriveSeqFrom(r.n, r.next, a, restarts));
        return out;
      }
      case 'par': {
        const out: Residual[] = [];
        r.rs.forEach((x, i) => {
          const moved = x === null ? this.deriveStart(this.kids[r.n][i], a, restarts) : this.derive(x, a, restarts);
          for (const y of moved) out.push({ k: 'par', n: r.n, rs: r.rs.map((z, j) => (j === i ? y : z)) });
        });
        return out;
      }
      case 'body': {
        const out = this.derive(r.r, a, restarts).map((x): Residual => ({ k: 'body', n: r.n, r: x }));
        if (this.nullable(r.r)) out.push(...this.deriveRedoStart(r.n, a, restarts));
        return out;
      }
      case 'redo': {
        const out = this.derive(r.r, a, restarts).map((x): Residual => ({ k: 'redo', n: r.n, r: x }));
        if (this.nullable(r.r)) out.push(...this.deriveBodyStart(r.n, a, restarts));
        return out;
      }
    }
  }

  private deriveStart(n: number, a: string, restarts: Set<string>): Residual[] {
    const t = this.nodes[n];
    if (t.kind === 'leaf') return t.label === a ? [DONE] : [];
    const kids = this.kids[n];
    switch (t.operator) {
      case '->':
        return this.deriveSeqFrom(n, 0, a, restarts);
      case 'X':
        return kids.flatMap((c) => this.deriveStart(c, a, restarts));
      case '+':
        return this.derive({ k: 'par', n, rs: kids.map((c): Residual => ({ k: 'start', n: c })) }, a, restarts);
      case 'O':
        return this.derive({ k: 'par', n, rs: kids.map(() => null) }, a, restarts);
      case '*':
        return this.deriveBodyStart(n, a, restarts);
    }
  }

  /** Derivatives of the sequence `n` from child `from` on (skipping nullable children). */
  private deriveSeqFrom(n: number, from: number, a: string, restarts: Set<string>): Residual[] {
    const kids = this.kids[n];
    const out: Residual[] = [];
    for (let i = from; i < kids.length; i++) {
      for (const x of this.deriveStart(kids[i], a, restarts)) out.push(seqOf(n, x, i + 1));
      if (!this.startNullable[kids[i]]) break;
    }
    return out;
  }

  // A loop whose body and a redo part are both silent could restart forever without an event: `restarts` marks
  // the restarts under way, and meeting one again adds nothing new.
  private deriveBodyStart(n: number, a: string, restarts: Set<string>): Residual[] {
    const mark = `${n}:body`;
    if (restarts.has(mark)) return [];
    restarts.add(mark);
    const body = this.kids[n][0];
    const out = this.deriveStart(body, a, restarts).map((x): Residual => ({ k: 'body', n, r: x }));
    if (this.startNullable[body]) out.push(...this.deriveRedoStart(n, a, restarts));
    restarts.delete(mark);
    return out;
  }

  private deriveRedoStart(n: number, a: string, restarts: Set<string>): Residual[] {
    const mark = `${n}:redo`;
    if (restarts.has(mark)) return [];
    restarts.add(mark);
    const out: Residual[] = [];
    for (const redo of this.kids[n].slice(1)) {
      out.push(...this.deriveStart(redo, a, restarts).map((x): Residual => ({ k: 'redo', n, r: x })));
      if (this.startNullable[redo]) out.push(...this.deriveBodyStart(n, a, restarts));
    }
    restarts.delete(mark);
    return out;
  }
}

function seqOf(n: number, r: Residual, next: number): Residual {
  return { k: 'seq', n, r, next };
}

function key(r: Residual): string {
  switch (r.k) {
    case 'done':
      return 'D';
    case 'start':
      return `S${r.n}`;
    case 'seq':
      return `Q${r.n}.${r.next}(${key(r.r)})`;
    case 'par':
      return `P${r.n}(${r.rs.map((x) => (x === null ? '-' : key(x))).join(',')})`;
    case 'body':
    case 'redo':
      return `${r.k === 'body' ? 'B' : 'R'}${r.n}(${key(r.r)})`;
  }
}

/**
 * Whether `trace` is in the language of `tree`.
 *
 * @example
 * acceptsTrace(parseTree("*( 'a', 'b' )"), ['a', 'b', 'a']) // true
 */
export function acceptsTrace(tree: ProcessTree, trace: readonly string[]): boolean {
  return new TreeLanguage(tree).accepts(trace);
}
