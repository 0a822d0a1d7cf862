import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignLog } from '../../src/conformance/alignments/align-log.js';
import { indexNet, isEnabled, sameMarking } from '../../src/conformance/indexed-net.js';
import { measurePrecision } from '../../src/conformance/precision.js';
import { logOf } from '../helpers/log-of.js';
import { playOut, treeArbitrary, treeToNet } from './helpers/random-nets.js';

/** A random net with a few of its runs, some of them then disturbed. */
const scenario = fc
  .record({
    tree: treeArbitrary(),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
    edits: fc.array(fc.record({ kind: fc.constantFrom('insert', 'delete', 'swap'), at: fc.nat(), label: fc.constantFrom('a', 'b', 'z') }), { maxLength: 3 }),
  })
  .map(({ tree, seed, edits }) => {
    const apn = treeToNet(tree);
    let s = seed;
    const random = () => (s = (s * 16807) % 2147483647) / 2147483647;
    const runs: string[][] = [];
    for (let k = 0; k < 4; k++) {
      const run = playOut(apn, random);
      if (run && run.length > 0) runs.push(run);
    }
    const disturbed = runs.map((run) => {
      const t = run.slice();
      for (const e of edits) {
        const at = t.length === 0 ? 0 : e.at % t.length;
        if (e.kind === 'insert') t.splice(at, 0, e.label);
        else if (e.kind === 'delete' && t.length > 1) t.splice(at, 1);
        else if (e.kind === 'swap' && t.length > 1) [t[at], t[(at + 1) % t.length]] = [t[(at + 1) % t.length], t[at]];
      }
      return t;
    });
    return { apn, runs, disturbed };
  })
  .filter(({ runs }) => runs.length > 0);

describe('alignment properties', () => {
  it('costs 0 exactly for traces the model can replay (runs of the net)', () => {
    fc.assert(
      fc.property(scenario, ({ apn, runs }) => {
        const r = alignLog(logOf(...runs.map((t) => t.join(' '))), apn);
        for (const v of r.variants) expect(v.cost).toBe(0);
        expect(r.fitness).toBe(1);
        expect(r.traces.fitting).toBe(runs.length);
      }),
      { numRuns: 150 },
    );
  });

  it('projects onto a firing sequence of the net from the initial to the final marking', () => {
    fc.assert(
      fc.property(scenario, ({ apn, disturbed }) => {
        const net = indexNet(apn);
        const r = alignLog(logOf(...disturbed.map((t) => t.join(' '))), net);
        for (const v of r.variants) {
          const m = net.initialMarking.slice();
          const log: string[] = [];
          for (const move of v.moves!) {
            if (move.activity !== null) log.push(move.activity);
            if (move.transition === null) continue;
            const t = net.transitionIds.indexOf(move.transition);
            expect(isEnabled(net, m, t)).toBe(true);
            for (let k = net.effectStart[t]; k < net.effectStart[t + 1]; k++) m[net.effectPlace[k]] += net.effectDelta[k];
            if (move.kind === 'sync') expect(move.label).toBe(move.activity);
          }
          expect(sameMarking(m, net.finalMarking)).toBe(true);
          // the log projection is the trace itself
          expect(log).toEqual(v.activities);
          // the cost is what the moves cost
          const cost = v.moves!.filter((mv) => mv.kind === 'log' || mv.kind === 'model').length;
          expect(v.cost).toBe(cost);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never costs more than the trace length plus the cheapest run', () => {
    fc.assert(
      fc.property(scenario, ({ apn, disturbed }) => {
        for (const costModel of ['standard', 'pm4py'] as const) {
          const r = alignLog(logOf(...disturbed.map((t) => t.join(' '))), apn, { costModel });
          for (const v of r.variants) {
            expect(v.cost!).toBeLessThanOrEqual(v.worstCost);
            expect(v.fitness!).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('has the same optimal cost as a search without heuristic', () => {
    fc.assert(
      fc.property(scenario, ({ apn, disturbed }) => {
        const traces = disturbed.map((t) => t.join(' '));
        const r = alignLog(logOf(...traces), apn, { costModel: 'pm4py' });
        for (const v of r.variants) expect(v.cost).toBe(bruteForceCost(apn, v.activities));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps precision within [0, 1]', () => {
    fc.assert(
      fc.property(scenario, ({ apn, runs }) => {
        const log = logOf(...runs.map((t) => t.join(' ')));
        for (const method of ['token', 'alignments'] as const) {
          const p = measurePrecision(log, apn, { method }).precision;
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 80 },
    );
  });
});

/** Dijkstra over (marking, position) with pm4py's costs: the reference optimum. */
function bruteForceCost(apn: Parameters<typeof indexNet>[0], trace: string[]): number {
  const net = indexNet(apn);
  const key = (m: Int32Array, pos: number) => `${pos}|${Array.from(m).join(',')}`;
  const dist = new Map<string, number>();
  const queue: [number, Int32Array, number][] = [[0, net.initialMarking.slice(), 0]];
  while (queue.length > 0) {
    queue.sort((a, b) => a[0] - b[0]);
    const [g, m, pos] = queue.shift()!;
    const k = key(m, pos);
    if (dist.has(k)) continue;
    dist.set(k, g);
    if (pos === trace.length && sameMarking(m, net.finalMarking)) return g;
    if (g > 200000) continue;
    if (pos < trace.length) queue.push([g + 10000, m, pos + 1]);
    for (let t = 0; t < net.transitionCount; t++) {
      if (!isEnabled(net, m, t)) continue;
      const next = m.slice();
      for (let j = net.effectStart[t]; j < net.effectStart[t + 1]; j++) next[net.effectPlace[j]] += net.effectDelta[j];
      if (next.some((x) => x > 3)) continue;
      const label = net.labels[t];
      queue.push([g + (label === null ? 1 : 10000), next, pos]);
      if (label !== null && pos < trace.length && trace[pos] === label) queue.push([g, next, pos + 1]);
    }
  }
  return Number.NaN;
}
