/** Disjoint sets over 0..n-1, for the connected-component style cuts. */
export class UnionFind {
  private readonly parent: Int32Array;

  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }

  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** The sets, each sorted, ordered by their smallest element. */
  groups(members?: Iterable<number>): number[][] {
    const byRoot = new Map<number, number[]>();
    const all = members ?? Array.from({ length: this.parent.length }, (_, i) => i);
    for (const x of all) {
      const r = this.find(x);
      let g = byRoot.get(r);
      if (!g) byRoot.set(r, (g = []));
      g.push(x);
    }
    return [...byRoot.values()].map((g) => g.sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);
  }
}
