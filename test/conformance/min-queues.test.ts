/**
 * The priority queues of the graph aligner, against a sorted list: seeded entries and pushes at or above the
 * last key popped (as Dijkstra makes them) come out in key order, each once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BucketQueue, LazyHeap, RadixHeap, type MinQueue } from '../../src/conformance/alignments/min-queues.js';

/** Seeds, then pops everything; each pop may push entries at the popped key plus a step. Returns the keys popped. */
function drain(queue: MinQueue, seeds: number[], steps: number[][]): number[] {
  queue.clear();
  seeds.forEach((key, item) => queue.add(key, item));
  queue.prepare();
  const popped: number[] = [];
  let next = seeds.length;
  while (queue.size > 0) {
    const key = queue.topKey();
    queue.pop();
    popped.push(key);
    for (const step of steps[popped.length - 1] ?? []) queue.push(key + step, next++);
  }
  return popped;
}

const scenario = (maxKey: number, maxStep: number) =>
  fc.record({
    seeds: fc.array(fc.integer({ min: 0, max: maxKey }), { maxLength: 60 }),
    steps: fc.array(fc.array(fc.integer({ min: 0, max: maxStep }), { maxLength: 3 }), { maxLength: 60 }),
  });

describe('min queues', () => {
  const queues: [string, () => MinQueue, number, number][] = [
    ['bucket queue', () => new BucketQueue(), 200, 3],
    ['radix heap', () => new RadixHeap(), 2 ** 30, 10_000],
    ['binary heap', () => new LazyHeap(4), 2 ** 40, 10_000],
  ];
  for (const [name, make, maxKey, maxStep] of queues) {
    it(`${name}: pops every entry once, in key order, also when reused`, () => {
      const queue = make();
      fc.assert(
        fc.property(scenario(maxKey, maxStep), ({ seeds, steps }) => {
          const popped = drain(queue, seeds, steps);
          const pushed = seeds.length + steps.slice(0, popped.length).reduce((s, x) => s + x.length, 0);
          expect(popped.length).toBe(pushed);
          expect(popped).toEqual(popped.slice().sort((a, b) => a - b));
          expect(popped.slice(0, seeds.length > 0 ? 1 : 0)).toEqual(seeds.length > 0 ? [Math.min(...seeds)] : []);
        }),
        { numRuns: 200 },
      );
    });
  }

  it('give the items of equal keys all back', () => {
    for (const queue of [new BucketQueue(), new RadixHeap(), new LazyHeap(2)]) {
      queue.clear();
      for (let i = 0; i < 5; i++) queue.add(7, i);
      queue.prepare();
      const items: number[] = [];
      while (queue.size > 0) items.push(queue.pop());
      expect(items.sort()).toEqual([0, 1, 2, 3, 4]);
    }
  });
});
