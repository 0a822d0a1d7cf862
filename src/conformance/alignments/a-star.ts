/**
 * Optimal alignment of one trace: A* over the synchronous product (Adriansyah 2014) with the marking-equation
 * heuristic, derived from the parent's LP solution while that solution stays valid and re-solved when a state
 * whose estimate is not exact comes first in the queue (the scheme of pm4py's state_equation_a_star and of
 * van Dongen 2018, without split points). Two partial-order reductions prune the successors of a state: a
 * silent transition that must fire fires alone (silent-reduction.ts), else only the moves of a strong stubborn
 * set are expanded (stubborn-sets.ts). Markings are byte vectors in one pool, keyed by an open-addressing hash.
 */
import type { IndexedNet } from '../indexed-net.js';
import type { MarkingEquation } from './marking-equation.js';
import { forcedSilent, lastPositions, type SilentReduction } from './silent-reduction.js';
import { KEEP_MODEL, KEEP_SYNC, type StubbornSets } from './stubborn-sets.js';
import { logMoveCode, syncMoveCode, type SynchronousProduct } from './synchronous-product.js';

export type SearchStatus = 'optimal' | 'timeout' | 'unreachable' | 'too-many-tokens';

export interface SearchResult {
  status: SearchStatus;
  /** the alignment's cost (NaN when there is none). */
  cost: number;
  /** move codes (see synchronous-product.ts), in order. */
  moves: Int32Array;
  expanded: number;
  queued: number;
  lpSolves: number;
  /** the furthest trace position of an expanded state (how far the search got). */
  furthest: number;
  /** the search stopped at its effort budget (status 'timeout'); `AlignmentSearch.run` may go on with it. */
  budgetExhausted?: boolean;
}

export interface SearchOptions {
  /** `performance.now()` after which the search gives up. */
  deadline?: number;
  /** costs are integers, so estimates may be rounded up (default true). */
  integerCosts?: boolean;
  /** silent transitions that may fire alone (see silent-reduction.ts); none when absent. */
  reduction?: SilentReduction;
  /** the partial-order reduction of stubborn-sets.ts; none when absent. */
  stubborn?: StubbornSets;
}

const TRUSTED = 1;
const CLOSED = 2;
const HAS_X = 4;
const EPS = 1e-6;

/**
 * Searches an optimal alignment of one trace.
 *
 * @example
 * const sp = buildSynchronousProduct(net, trace, COST_MODELS.standard);
 * const r = searchAlignment(sp, lp);
 * r.cost; // 0 when the model can replay the trace
 */
export function searchAlignment(sp: SynchronousProduct, lp: MarkingEquation, options: SearchOptions = {}): SearchResult {
  return new AlignmentSearch(sp, lp, options).run();
}

/** Effort of one LP solve, in expansions (measured: about 2 µs per expansion, 3.5 µs per solve). */
const LP_EFFORT = 2;

/** A search's effort so far: expansions + 2 × LP solves. */
export function effortOf(r: Pick<SearchResult, 'expanded' | 'lpSolves'>): number {
  return r.expanded + LP_EFFORT * r.lpSolves;
}

/**
 * A search that can stop at an effort budget (expansions + 2 × LP solves) and go on later where it stopped, with
 * the same result as one uninterrupted run. The LP must not serve another search in between.
 */
export class AlignmentSearch {
  private readonly net: IndexedNet;
  private readonly P: number;
  private readonly T: number;
  private readonly A: number;
  private readonly n: number;
  readonly deadline: number;
  private readonly integer: boolean;
  private started = false;
  private expanded = 0;
  private furthest = 0;
  private done: SearchResult | null = null;
  // states
  private cap = 1024;
  private count = 0;
  private markings: Uint8Array;
  private pos: Int32Array;
  private g: Float64Array;
  private h: Float64Array;
  private parent: Int32Array;
  private move: Int32Array;
  private flags: Uint8Array;
  private hash: Int32Array;
  private xStart: Int32Array;
  private xLen: Int32Array;
  // sparse LP solutions: variable index (z: t, u: T + a, slack: T + A + a) and value
  private xVar = new Int32Array(4096);
  private xVal = new Float64Array(4096);
  private xUsed = 0;
  // hash table of state ids + 1
  private table = new Int32Array(2048);
  // heap
  private heapSize = 0;
  private heapState = new Int32Array(1024);
  private heapF = new Float64Array(1024);
  private heapG = new Float64Array(1024);
  private heapH = new Float64Array(1024);
  private heapTrusted = new Uint8Array(1024);
  // scratch
  private readonly scratch: Uint8Array;
  private readonly remaining: Int32Array;
  /** per trace position and label: the events from there on with the label (the LP's bounds, without a scan per solve). */
  private readonly suffixCounts: Int32Array;
  private readonly current: Int32Array;
  /** the LP solution of the state being expanded, dense (z, u, slack). */
  private readonly dense: Float64Array;
  private queued = 0;
  private lpSolves = 0;
  private readonly reduction: SilentReduction | null;
  private readonly stubborn: StubbornSets | null;
  /** per label: its last position in the trace (for the reduction). */
  private readonly lastAt: Int32Array;

  constructor(private readonly sp: SynchronousProduct, private readonly lp: MarkingEquation, options: SearchOptions) {
    this.net = sp.net;
    this.P = sp.net.placeCount;
    this.T = sp.net.transitionCount;
    this.A = sp.net.labelNames.length;
    this.n = sp.trace.length;
    this.deadline = options.deadline ?? Infinity;
    this.integer = options.integerCosts ?? true;
    this.markings = new Uint8Array(this.cap * this.P);
    this.pos = new Int32Array(this.cap);
    this.g = new Float64Array(this.cap);
    this.h = new Float64Array(this.cap);
    this.parent = new Int32Array(this.cap);
    this.move = new Int32Array(this.cap);
    this.flags = new Uint8Array(this.cap);
    this.hash = new Int32Array(this.cap);
    this.xStart = new Int32Array(this.cap);
    this.xLen = new Int32Array(this.cap);
    this.scratch = new Uint8Array(this.P);
    this.remaining = new Int32Array(this.A);
    this.suffixCounts = new Int32Array((this.n + 1) * this.A);
    for (let i = this.n - 1; i >= 0; i--) {
      this.suffixCounts.copyWithin(i * this.A, (i + 1) * this.A, (i + 2) * this.A);
      if (sp.trace[i] >= 0) this.suffixCounts[i * this.A + sp.trace[i]]++;
    }
    this.current = new Int32Array(this.P);
    this.dense = new Float64Array(this.T + 2 * this.A);
    // the reduction swaps a twin's model move for a silent one, which must not cost more
    const r = options.reduction;
    this.reduction = r && r.candidates.length > 0 && sp.costs.silentMove <= sp.costs.modelMove ? r : null;
    this.stubborn = options.stubborn ?? null;
    this.lastAt = this.reduction || this.stubborn ? lastPositions(sp.trace, this.A) : new Int32Array(0);
  }

  /** Searches on until an optimal alignment, the deadline, or `maxEffort` (counted from the start). */
  run(maxEffort = Infinity): SearchResult {
    if (this.done) return this.done;
    if (!this.started) {
      this.started = true;
      const early = this.start();
      if (early) return (this.done = early);
    }
    let pops = 0;
    while (this.heapSize > 0) {
      if (this.expanded + LP_EFFORT * this.lpSolves >= maxEffort) return { ...this.result('timeout', -1), budgetExhausted: true };
      if ((++pops & 255) === 1 && performance.now() > this.deadline) return (this.done = this.result('timeout', -1));
      const s = this.heapState[0];
      const entryG = this.heapG[0];
      this.pop();
      if (this.flags[s] & CLOSED || entryG > this.g[s]) continue;
      if (!(this.flags[s] & TRUSTED)) {
        if (!this.estimate(s)) {
          this.flags[s] |= CLOSED;
          continue;
        }
        this.push(s);
        continue;
      }
      if (this.isFinal(s)) return (this.done = this.result('optimal', s));
      this.flags[s] |= CLOSED;
      this.expanded++;
      if (this.pos[s] > this.furthest) this.furthest = this.pos[s];
      const overflow = this.expand(s);
      if (overflow) return (this.done = this.result('too-many-tokens', -1));
    }
    return (this.done = this.result('unreachable', -1));
  }

  /** Queues the initial state; a result when the search ends before it begins. */
  private start(): SearchResult | null {
    const net = this.net;
    for (let p = 0; p < this.P; p++) {
      if (net.initialMarking[p] > 255) return this.result('too-many-tokens', -1);
      this.scratch[p] = net.initialMarking[p];
    }
    const s0 = this.intern(this.scratch, 0, this.hashOf(this.scratch, 0));
    this.g[s0] = 0;
    this.parent[s0] = -1;
    this.move[s0] = -1;
    if (!this.estimate(s0)) return this.result('unreachable', -1);
    this.push(s0);
    return null;
  }

  private result(status: SearchStatus, s: number): SearchResult {
    const moves: number[] = [];
    for (let k = s; k >= 0 && this.parent[k] >= 0; k = this.parent[k]) moves.push(this.move[k]);
    moves.reverse();
    return {
      status,
      cost: s >= 0 ? this.g[s] : Number.NaN,
      moves: Int32Array.from(moves),
      expanded: this.expanded,
      queued: this.queued,
      lpSolves: this.lpSolves,
      furthest: this.furthest,
    };
  }

  private isFinal(s: number): boolean {
    if (this.pos[s] !== this.n) return false;
    const base = s * this.P;
    for (let p = 0; p < this.P; p++) if (this.markings[base + p] !== this.net.finalMarking[p]) return false;
    return true;
  }

  /** Solves the LP for state s; false when the final state cannot be reached from it. */
  private estimate(s: number): boolean {
    const base = s * this.P;
    for (let p = 0; p < this.P; p++) this.current[p] = this.markings[base + p];
    const from = this.pos[s] * this.A;
    for (let a = 0; a < this.A; a++) this.remaining[a] = this.suffixCounts[from + a];
    this.lpSolves++;
    const objective = this.lp.solve(this.current, this.remaining);
    if (objective === Infinity) return false;
    let h: number;
    const logCost = this.sp.costs.logMove * (this.n - this.pos[s]);
    if (Number.isNaN(objective)) {
      // the simplex failed: keep the bound derived from the parent, without a solution to derive from
      h = this.h[s];
      this.flags[s] = (this.flags[s] & ~HAS_X) | TRUSTED;
      return true;
    }
    h = logCost + objective;
    if (this.integer) h = Math.ceil(h - EPS);
    this.h[s] = Math.max(0, h, this.h[s]);
    this.storeSolution(s);
    this.flags[s] |= TRUSTED | HAS_X;
    return true;
  }

  private storeSolution(s: number): void {
    const { T, A } = this;
    let len = 0;
    const start = this.xUsed;
    const need = T + 2 * A;
    this.reserveX(need);
    for (let t = 0; t < T; t++) {
      const v = this.lp.z[t];
      if (v > EPS) {
        this.xVar[start + len] = t;
        this.xVal[start + len++] = v;
      }
    }
    for (let a = 0; a < A; a++) {
      const u = this.lp.u[a];
      if (u > EPS) {
        this.xVar[start + len] = T + a;
        this.xVal[start + len++] = u;
      }
      const sl = this.lp.slack[a];
      if (sl > EPS) {
        this.xVar[start + len] = T + A + a;
        this.xVal[start + len++] = sl;
      }
    }
    this.xStart[s] = start;
    this.xLen[s] = len;
    this.xUsed += len;
  }

  private expand(s: number): boolean {
    const { net, P, T, A, sp } = this;
    const base = s * this.P;
    const pos = this.pos[s];
    const gs = this.g[s];
    const hs = this.h[s];
    const hasX = (this.flags[s] & HAS_X) !== 0;
    const xs = this.xStart[s];
    const xl = this.xLen[s];
    const x = this.dense;
    if (hasX) for (let k = 0; k < xl; k++) x[this.xVar[xs + k]] = this.xVal[xs + k];
    const event = pos < this.n ? sp.trace[pos] : -2;
    const forced = this.reduction ? forcedSilent(net, this.reduction, this.lastAt, this.markings, base, pos) : -1;
    const stubborn = forced < 0 ? this.stubborn : null;
    if (stubborn) stubborn.compute(this.markings, base, pos, sp.trace, this.lastAt);
    for (let t = forced < 0 ? 0 : forced; t < T; t++) {
      const keep = stubborn ? stubborn.kept[t] : KEEP_MODEL | KEEP_SYNC;
      if (keep === 0) continue;
      let enabled = true;
      for (let k = net.preStart[t]; k < net.preStart[t + 1]; k++) {
        if (this.markings[base + net.prePlace[k]] < net.preWeight[k]) {
          enabled = false;
          break;
        }
      }
      if (!enabled) continue;
      for (let p = 0; p < P; p++) this.scratch[p] = this.markings[base + p];
      for (let k = net.effectStart[t]; k < net.effectStart[t + 1]; k++) {
        const v = this.scratch[net.effectPlace[k]] + net.effectDelta[k];
        if (v > 255) {
          x.fill(0);
          return true;
        }
        this.scratch[net.effectPlace[k]] = v;
      }
      const label = net.labelOf[t];
      const zt = x[t];
      // model move
      if (keep & KEEP_MODEL) {
        const cost = sp.modelCost[t];
        const trusted = zt >= 1 - EPS && (label < 0 || x[T + A + label] >= 1 - EPS);
        this.offer(s, pos, t, gs + cost, hs - cost, trusted, t, label < 0 ? -1 : T + A + label);
      }
      // synchronous move
      if (label >= 0 && label === event && keep & KEEP_SYNC) {
        const trusted = zt >= 1 - EPS && x[T + label] >= 1 - EPS;
        this.offer(s, pos + 1, syncMoveCode(sp, t), gs + sp.costs.syncMove, hs - sp.costs.syncMove, trusted, t, T + label);
      }
      if (forced >= 0) break;
    }
    if (pos < this.n && forced < 0 && (!stubborn || stubborn.logKept)) {
      for (let p = 0; p < P; p++) this.scratch[p] = this.markings[base + p];
      const cost = sp.costs.logMove;
      const trusted = hasX && (event < 0 || sp.sameLabelFrom[pos] - x[T + event] >= 1 - EPS);
      this.offer(s, pos + 1, logMoveCode(sp), gs + cost, hs - cost, trusted, -1, -1);
    }
    if (hasX) for (let k = 0; k < xl; k++) x[this.xVar[xs + k]] = 0;
    return false;
  }

  /**
   * A successor in `scratch` at position `pos`: new, better, or ignored. When `trusted`, the parent's LP solution
   * minus one unit of variables `d1` and `d2` (-1: none) is an optimal solution for it.
   */
  private offer(from: number, pos: number, move: number, g: number, h: number, trusted: boolean, d1: number, d2: number): void {
    const key = this.hashOf(this.scratch, pos);
    let s = this.find(this.scratch, pos, key);
    if (s >= 0) {
      if (this.flags[s] & CLOSED || g >= this.g[s]) return;
    } else {
      s = this.intern(this.scratch, pos, key);
      this.h[s] = 0;
    }
    this.g[s] = g;
    this.parent[s] = from;
    this.move[s] = move;
    const hd = Math.max(0, h);
    if (trusted) {
      if (!(this.flags[s] & TRUSTED)) {
        this.h[s] = hd;
        this.deriveSolution(from, s, d1, d2);
        this.flags[s] |= TRUSTED | HAS_X;
      }
    } else if (!(this.flags[s] & TRUSTED)) {
      this.h[s] = Math.max(this.h[s], hd);
    }
    this.push(s);
  }

  private deriveSolution(from: number, s: number, d1: number, d2: number): void {
    const len = this.xLen[from];
    this.reserveX(len);
    const src = this.xStart[from];
    const start = this.xUsed;
    let out = 0;
    for (let k = 0; k < len; k++) {
      const v = this.xVar[src + k];
      let val = this.xVal[src + k];
      if (v === d1) val -= 1;
      if (v === d2) val -= 1;
      if (val > EPS) {
        this.xVar[start + out] = v;
        this.xVal[start + out++] = val;
      }
    }
    this.xStart[s] = start;
    this.xLen[s] = out;
    this.xUsed += out;
  }

  private reserveX(extra: number): void {
    if (this.xUsed + extra <= this.xVar.length) return;
    let size = this.xVar.length * 2;
    while (size < this.xUsed + extra) size *= 2;
    const v = new Int32Array(size);
    v.set(this.xVar.subarray(0, this.xUsed));
    const w = new Float64Array(size);
    w.set(this.xVal.subarray(0, this.xUsed));
    this.xVar = v;
    this.xVal = w;
  }

  private hashOf(m: Uint8Array, pos: number): number {
    let h = 0x811c9dc5 ^ pos;
    for (let p = 0; p < m.length; p++) h = Math.imul(h ^ m[p], 0x01000193);
    return h ^ (h >>> 15);
  }

  private find(m: Uint8Array, pos: number, key: number): number {
    const mask = this.table.length - 1;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const id = this.table[slot] - 1;
      if (id < 0) return -1;
      if (this.hash[id] === key && this.pos[id] === pos && this.sameMarking(id, m)) return id;
    }
  }

  private sameMarking(id: number, m: Uint8Array): boolean {
    const base = id * this.P;
    for (let p = 0; p < this.P; p++) if (this.markings[base + p] !== m[p]) return false;
    return true;
  }

  private intern(m: Uint8Array, pos: number, key: number): number {
    if (this.count === this.cap) this.grow();
    const id = this.count++;
    this.markings.set(m, id * this.P);
    this.pos[id] = pos;
    this.hash[id] = key;
    this.flags[id] = 0;
    this.h[id] = 0;
    if (this.count * 2 > this.table.length) this.rehash();
    const mask = this.table.length - 1;
    let slot = key & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = id + 1;
    return id;
  }

  private grow(): void {
    const cap = this.cap * 2;
    const m = new Uint8Array(cap * this.P);
    m.set(this.markings);
    this.markings = m;
    this.pos = growInt(this.pos, cap);
    this.g = growFloat(this.g, cap);
    this.h = growFloat(this.h, cap);
    this.parent = growInt(this.parent, cap);
    this.move = growInt(this.move, cap);
    const f = new Uint8Array(cap);
    f.set(this.flags);
    this.flags = f;
    this.hash = growInt(this.hash, cap);
    this.xStart = growInt(this.xStart, cap);
    this.xLen = growInt(this.xLen, cap);
    this.cap = cap;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let id = 0; id < this.count; id++) {
      let slot = this.hash[id] & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
    this.table = table;
  }

  // binary heap ordered by f, then trusted first, then smaller h (deeper states first), then further in the trace
  private less(i: number, j: number): boolean {
    const fi = this.heapF[i];
    const fj = this.heapF[j];
    if (fi !== fj) return fi < fj;
    const ti = this.heapTrusted[i];
    const tj = this.heapTrusted[j];
    if (ti !== tj) return ti > tj;
    const hi = this.heapH[i];
    const hj = this.heapH[j];
    if (hi !== hj) return hi < hj;
    return this.pos[this.heapState[i]] > this.pos[this.heapState[j]];
  }

  private push(s: number): void {
    if (this.heapSize === this.heapState.length) {
      const size = this.heapSize * 2;
      this.heapState = growInt(this.heapState, size);
      this.heapF = growFloat(this.heapF, size);
      this.heapG = growFloat(this.heapG, size);
      this.heapH = growFloat(this.heapH, size);
      const t = new Uint8Array(size);
      t.set(this.heapTrusted);
      this.heapTrusted = t;
    }
    this.queued++;
    let i = this.heapSize++;
    this.heapState[i] = s;
    this.heapG[i] = this.g[s];
    this.heapH[i] = this.h[s];
    this.heapF[i] = this.g[s] + this.h[s];
    this.heapTrusted[i] = this.flags[s] & TRUSTED ? 1 : 0;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private pop(): void {
    const last = --this.heapSize;
    if (last === 0) return;
    this.swap(0, last);
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= last) break;
      const r = l + 1;
      const c = r < last && this.less(r, l) ? r : l;
      if (!this.less(c, i)) break;
      this.swap(i, c);
      i = c;
    }
  }

  private swap(i: number, j: number): void {
    let t = this.heapState[i];
    this.heapState[i] = this.heapState[j];
    this.heapState[j] = t;
    let f = this.heapF[i];
    this.heapF[i] = this.heapF[j];
    this.heapF[j] = f;
    f = this.heapG[i];
    this.heapG[i] = this.heapG[j];
    this.heapG[j] = f;
    f = this.heapH[i];
    this.heapH[i] = this.heapH[j];
    this.heapH[j] = f;
    t = this.heapTrusted[i];
    this.heapTrusted[i] = this.heapTrusted[j];
    this.heapTrusted[j] = t;
  }
}

function growInt(a: Int32Array, size: number) {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function growFloat(a: Float64Array, size: number) {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}
