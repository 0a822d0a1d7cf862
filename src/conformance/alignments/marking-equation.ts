/**
 * The marking-equation heuristic of A* alignments (Adriansyah 2014; van Dongen 2018): the LP relaxation of
 * "which multiset of moves of the synchronous product leads from this state to the final one". The trace part of
 * the product is a chain, so the LP folds into one over model firings z (C·z = m_f − m) and, per label, the number
 * u of remaining events matched synchronously (u ≤ remaining events with the label, u ≤ firings of its
 * transitions): min Σ c_t z_t − Σ (c_log + c_model − c_sync) u + c_log · remaining events. Solved by a bounded
 * dual simplex that keeps its basis from one state to the next (only the right-hand side and u's bounds change).
 */
import type { IndexedNet } from '../indexed-net.js';

const FEASIBILITY = 1e-9;
const PIVOT = 1e-9;
const RESET_AFTER_PIVOTS = 20_000;

/** The LP of one net and cost function, re-solved for many states. */
export class MarkingEquation {
  /** per transition: its firings in the last solution. */
  readonly z: Float64Array;
  /** per label: remaining events matched synchronously in the last solution. */
  readonly u: Float64Array;
  /** per label: firings of its transitions not matched to events (Σz − u) in the last solution. */
  readonly slack: Float64Array;
  /** LP solves and simplex pivots so far (for reports and tests). */
  solves = 0;
  pivots = 0;

  private readonly P: number;
  private readonly T: number;
  private readonly A: number;
  private readonly rows: number;
  private readonly cols: number;
  private readonly original: Float64Array;
  private readonly tab: Float64Array;
  private readonly reduced: Float64Array;
  private readonly cost: Float64Array;
  private readonly basis: Int32Array;
  private readonly atUpper: Uint8Array;
  private readonly upper: Float64Array;
  private readonly value: Float64Array;
  private readonly rhs: Float64Array;
  private readonly rowNonzero: Int32Array;
  private readonly rhsNonzero: Int32Array;
  private readonly inBasis: Uint8Array;
  private readonly residual: Float64Array;
  private pivotsSinceReset = 0;
  /** b − N·x_N that the basic values were last computed for; `fresh` when they must be computed from scratch. */
  private readonly rhsBefore: Float64Array;
  private readonly rhsDelta: Float64Array;
  /** the changed rows' first-basis columns and changes, packed for the update loop. */
  private readonly deltaColumn: Int32Array;
  private readonly deltaAmount: Float64Array;
  private fresh = true;
  private solvesSinceCheck = 0;

  /**
   * @param modelCost per transition: the cost of firing it alone (model move)
   * @param matchGain per label: what a synchronous move saves over a log move plus a model move
   */
  constructor(private readonly net: IndexedNet, modelCost: Float64Array, matchGain: number) {
    const P = (this.P = net.placeCount);
    const T = (this.T = net.transitionCount);
    const A = (this.A = net.labelNames.length);
    this.rows = P + A;
    this.cols = T + 2 * A + P;
    const cols = this.cols;
    // columns: z_t [0,T) · u_a [T,T+A) · artificial_p [T+A, T+A+P) · slack_a [T+A+P, T+2A+P)
    const a = new Float64Array(this.rows * cols);
    for (let t = 0; t < T; t++) {
      for (let k = net.effectStart[t]; k < net.effectStart[t + 1]; k++) a[net.effectPlace[k] * cols + t] = net.effectDelta[k];
      if (net.labelOf[t] >= 0) a[(P + net.labelOf[t]) * cols + t] = -1;
    }
    for (let l = 0; l < A; l++) {
      a[(P + l) * cols + T + l] = 1;
      a[(P + l) * cols + T + A + P + l] = 1;
    }
    for (let p = 0; p < P; p++) a[p * cols + T + A + p] = 1;
    this.original = a;
    this.tab = new Float64Array(a.length);
    this.cost = new Float64Array(cols);
    for (let t = 0; t < T; t++) this.cost[t] = modelCost[t];
    for (let l = 0; l < A; l++) this.cost[T + l] = -matchGain;
    this.reduced = new Float64Array(cols);
    this.basis = new Int32Array(this.rows);
    this.atUpper = new Uint8Array(cols);
    this.upper = new Float64Array(cols).fill(Infinity);
    for (let p = 0; p < P; p++) this.upper[T + A + p] = 0;
    this.value = new Float64Array(cols);
    this.rhs = new Float64Array(this.rows);
    this.rowNonzero = new Int32Array(cols);
    this.rhsNonzero = new Int32Array(this.rows);
    this.rhsBefore = new Float64Array(this.rows);
    this.rhsDelta = new Float64Array(this.rows);
    this.deltaColumn = new Int32Array(this.rows);
    this.deltaAmount = new Float64Array(this.rows);
    this.inBasis = new Uint8Array(cols);
    this.residual = new Float64Array(P);
    this.z = new Float64Array(T);
    this.u = new Float64Array(A);
    this.slack = new Float64Array(A);
    this.reset();
  }

  /**
   * The LP optimum for model marking `marking` with `remaining[a]` events of label a still to align (the constant
   * for log moves is the caller's). Infinity when the final marking cannot be reached; NaN when the simplex
   * failed numerically (the caller then falls back on a weaker bound).
   */
  solve(marking: ArrayLike<number>, remaining: Int32Array): number {
    this.solves++;
    let result = this.attempt(marking, remaining);
    if (Number.isNaN(result)) {
      this.reset();
      result = this.attempt(marking, remaining);
    }
    return result;
  }

  /**
   * Back to the first basis and fresh drift checks, so that what follows depends only on the states solved from
   * here on: each trace then gets the same heuristic values (and the same alignment) whichever thread aligns it
   * and whatever it aligned before.
   */
  restart(): void {
    this.reset();
    this.solvesSinceCheck = 0;
  }

  private attempt(marking: ArrayLike<number>, remaining: Int32Array): number {
    const { P, T, A, rows, cols, tab, value, basis, atUpper, upper, reduced } = this;
    if (this.pivotsSinceReset > RESET_AFTER_PIVOTS) this.reset();
    for (let l = 0; l < A; l++) {
      upper[T + l] = remaining[l];
      // a bounded nonbasic variable is dual feasible at the bound its reduced cost points to; while it was
      // fixed (no events left) the ratio tests did not look after its sign
      if (!this.inBasis[T + l]) atUpper[T + l] = reduced[T + l] < 0 ? 1 : 0;
    }
    // nonbasic variables sit at a bound; only u at its upper bound is non-zero. The right-hand side less the nonbasic columns (b − N·x_N); u_a has a single 1 in its label row and the
    // other nonbasic variables are 0 (artificials are fixed at 0)
    const rhs = this.rhs;
    for (let p = 0; p < P; p++) rhs[p] = this.net.finalMarking[p] - marking[p];
    for (let l = 0; l < A; l++) {
      const j = T + l;
      if (this.inBasis[j]) {
        rhs[P + l] = 0;
        continue;
      }
      value[j] = atUpper[j] ? upper[j] : 0;
      rhs[P + l] = -value[j];
    }
    // basic values: B⁻¹·rhs, where B⁻¹'s columns are the tableau columns of the first basis (artificials,
    // slacks). Consecutive states differ in a few places and labels, so after the first solve on a basis only
    // the change of the right-hand side is applied (drift is caught by the consistency check, which resets).
    let nnz = 0;
    const prev = this.rhsBefore;
    if (this.fresh) {
      for (let i = 0; i < rows; i++) {
        prev[i] = 0;
        value[basis[i]] = 0;
      }
      this.fresh = false;
    }
    const delta = this.rhsDelta;
    for (let i = 0; i < rows; i++) {
      const d = rhs[i] - prev[i];
      if (d !== 0) {
        delta[i] = d;
        this.rhsNonzero[nnz++] = i;
        prev[i] = rhs[i];
      }
    }
    if (nnz > 0) {
      const column = this.deltaColumn;
      const amount = this.deltaAmount;
      for (let k = 0; k < nnz; k++) {
        const i = this.rhsNonzero[k];
        column[k] = this.initialColumn(i);
        amount[k] = delta[i];
      }
      for (let r = 0; r < rows; r++) {
        let s = 0;
        const row = r * cols;
        for (let k = 0; k < nnz; k++) s += tab[row + column[k]] * amount[k];
        if (s !== 0) value[basis[r]] += s;
      }
    }
    const limit = 50 * (rows + cols);
    const pivotsBefore = this.pivots;
    for (let iteration = 0; ; iteration++) {
      if (iteration > limit) return Number.NaN;
      // leaving row: the most infeasible basic variable
      let r = -1;
      let worst = FEASIBILITY;
      let below = false;
      for (let i = 0; i < rows; i++) {
        const j = basis[i];
        const v = value[j];
        if (-v > worst) {
          worst = -v;
          r = i;
          below = true;
        } else if (v - upper[j] > worst) {
          worst = v - upper[j];
          r = i;
          below = false;
        }
      }
      if (r < 0) break;
      // entering column: dual ratio test
      const row = r * cols;
      let enter = -1;
      let best = Infinity;
      let bestAlpha = 0;
      for (let j = 0; j < cols; j++) {
        if (upper[j] === 0) continue;
        const alpha = tab[row + j];
        if (alpha > -PIVOT && alpha < PIVOT) continue;
        if (this.inBasis[j]) continue;
        const up = atUpper[j] === 1;
        const eligible = below ? (up ? alpha > 0 : alpha < 0) : up ? alpha < 0 : alpha > 0;
        if (!eligible) continue;
        const ratio = Math.abs(reduced[j]) / Math.abs(alpha);
        if (ratio < best - 1e-12 || (ratio <= best + 1e-12 && Math.abs(alpha) > Math.abs(bestAlpha))) {
          best = ratio;
          enter = j;
          bestAlpha = alpha;
        }
      }
      if (enter < 0) {
        // the pivots so far changed which u are basic: recompute the basic values next time
        this.fresh = true;
        return Infinity;
      }
      const leaving = basis[r];
      const target = below ? 0 : upper[leaving];
      const delta = (value[leaving] - target) / bestAlpha;
      for (let i = 0; i < rows; i++) {
        const a = tab[i * cols + enter];
        if (a !== 0) value[basis[i]] -= a * delta;
      }
      value[enter] += delta;
      value[leaving] = target;
      atUpper[leaving] = below ? 0 : 1;
      atUpper[enter] = 0;
      basis[r] = enter;
      this.inBasis[leaving] = 0;
      this.inBasis[enter] = 1;
      this.pivot(r, enter);
    }
    // pivots moved u's in and out of the basis: b − N·x_N changed in their label rows
    if (this.pivots !== pivotsBefore) {
      for (let l = 0; l < A; l++) this.rhsBefore[P + l] = this.inBasis[T + l] ? 0 : -value[T + l];
    }
    for (let t = 0; t < T; t++) this.z[t] = value[t];
    for (let l = 0; l < A; l++) {
      this.u[l] = value[T + l];
      this.slack[l] = value[T + A + P + l];
    }
    // drift comes from pivots: check after each solve that pivoted, and now and then otherwise
    if (this.pivots !== pivotsBefore || ++this.solvesSinceCheck >= 64) {
      this.solvesSinceCheck = 0;
      if (!this.consistent(marking, remaining)) return Number.NaN;
    }
    let objective = 0;
    for (let j = 0; j < T + A; j++) objective += this.cost[j] * value[j];
    return objective;
  }

  private pivot(r: number, enter: number): void {
    const { rows, cols, tab, reduced } = this;
    this.pivots++;
    this.pivotsSinceReset++;
    const row = r * cols;
    const inv = 1 / tab[row + enter];
    let nnz = 0;
    for (let j = 0; j < cols; j++) {
      const v = tab[row + j];
      if (v !== 0) {
        tab[row + j] = v * inv;
        this.rowNonzero[nnz++] = j;
      }
    }
    tab[row + enter] = 1;
    const nz = this.rowNonzero;
    for (let i = 0; i < rows; i++) {
      if (i === r) continue;
      const base = i * cols;
      const f = tab[base + enter];
      if (f === 0) continue;
      for (let k = 0; k < nnz; k++) {
        const j = nz[k];
        tab[base + j] -= f * tab[row + j];
      }
      tab[base + enter] = 0;
    }
    const f = reduced[enter];
    if (f !== 0) {
      for (let k = 0; k < nnz; k++) {
        const j = nz[k];
        reduced[j] -= f * tab[row + j];
      }
      reduced[enter] = 0;
    }
  }

  /** Back to the first basis (artificials and slacks; every u at its upper bound), which is dual feasible. */
  private reset(): void {
    this.tab.set(this.original);
    this.reduced.set(this.cost);
    this.atUpper.fill(0);
    this.inBasis.fill(0);
    for (let i = 0; i < this.rows; i++) {
      this.basis[i] = this.initialColumn(i);
      this.inBasis[this.basis[i]] = 1;
    }
    for (let l = 0; l < this.A; l++) this.atUpper[this.T + l] = this.cost[this.T + l] < 0 ? 1 : 0;
    this.pivotsSinceReset = 0;
    this.value.fill(0);
    this.fresh = true;
  }

  private initialColumn(row: number): number {
    return row < this.P ? this.T + this.A + row : this.T + this.A + this.P + (row - this.P);
  }

  /** Guards against numerical drift: the solution must satisfy the equations and bounds, the basis be dual feasible. */
  private consistent(marking: ArrayLike<number>, remaining: Int32Array): boolean {
    const net = this.net;
    for (let j = 0; j < this.cols; j++) {
      if (this.inBasis[j] || this.upper[j] === 0) continue;
      const d = this.reduced[j];
      if (this.atUpper[j] ? d > 1e-7 : d < -1e-7) return false;
    }
    const residual = this.residual;
    residual.fill(0);
    for (let t = 0; t < this.T; t++) {
      const zt = this.z[t];
      if (zt < -1e-6) return false;
      if (zt === 0) continue;
      for (let k = net.effectStart[t]; k < net.effectStart[t + 1]; k++) residual[net.effectPlace[k]] += net.effectDelta[k] * zt;
    }
    for (let p = 0; p < this.P; p++) if (Math.abs(residual[p] - (net.finalMarking[p] - marking[p])) > 1e-6) return false;
    for (let l = 0; l < this.A; l++) {
      if (this.u[l] < -1e-6 || this.u[l] > remaining[l] + 1e-6 || this.slack[l] < -1e-6) return false;
      let fired = 0;
      for (let k = net.labelStart[l]; k < net.labelStart[l + 1]; k++) fired += this.z[net.labelTransitions[k]];
      if (Math.abs(this.u[l] - fired + this.slack[l]) > 1e-6) return false;
    }
    return true;
  }
}
