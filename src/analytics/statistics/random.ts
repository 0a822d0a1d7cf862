/**
 * A small seeded pseudo-random generator (mulberry32, 32-bit state): the same seed gives the same stream on
 * every machine, which is what makes bootstrap intervals reproducible byte for byte. Not for cryptography.
 */

export interface Random {
  /** a float in [0, 1). */
  next(): number;
  /** an integer in [0, n). */
  below(n: number): number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const nextUint = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    next: () => nextUint() / 4294967296,
    below: (n) => Math.floor((nextUint() / 4294967296) * n),
  };
}
