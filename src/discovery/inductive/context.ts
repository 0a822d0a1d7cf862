/**
 * What every step of the inductive miner shares: the activity names and their rank in pm4py's sorted order
 * (Python compares strings by code point, which JavaScript's `<` does not do beyond the BMP), so that candidate
 * and group orders are the ones pm4py uses.
 */

export interface MinerContext {
  readonly names: readonly string[];
  /** `rank[code]`: position of the activity's name in code-point order. */
  readonly rank: Int32Array;
}

export function createContext(names: readonly string[]): MinerContext {
  const order = names.map((_, i) => i).sort((a, b) => compareCodePoints(names[a], names[b]) || a - b);
  const rank = new Int32Array(names.length);
  order.forEach((code, r) => (rank[code] = r));
  return { names, rank };
}

/** Python's `str` ordering: lexicographic by code point. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
