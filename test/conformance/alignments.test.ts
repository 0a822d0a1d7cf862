import { describe, expect, it } from 'vitest';
import { alignLog } from '../../src/conformance/alignments/align-log.js';
import { logOf } from '../helpers/log-of.js';
import { CHOICE, LOOP, PARALLEL, SEQUENCE, SILENT_PARALLEL, SKIP } from './helpers/nets.js';

const kinds = (r: ReturnType<typeof alignLog>, v = 0) => r.variants[v].moves!.map((m) => `${m.kind}:${m.activity ?? m.label ?? m.transition}`);

describe('alignLog (standard costs: 1 per log or model move, 0 per silent move)', () => {
  it('aligns a fitting trace at cost 0', () => {
    const r = alignLog(logOf('a b c'), SEQUENCE());
    expect(r.variants[0]).toMatchObject({ cost: 0, fitness: 1, fitting: true, status: 'optimal' });
    expect(kinds(r)).toEqual(['sync:a', 'sync:b', 'sync:c']);
    expect(r.cheapestRunCost).toBe(3);
  });

  it('reads a skipped activity as a model move', () => {
    const r = alignLog(logOf('a c'), SEQUENCE());
    // worst cost: 2 log moves + the cheapest run (3 model moves) = 5
    expect(r.variants[0]).toMatchObject({ cost: 1, worstCost: 5, fitting: false });
    expect(r.variants[0].fitness).toBeCloseTo(0.8, 12);
    expect(kinds(r)).toEqual(['sync:a', 'model:b', 'sync:c']);
  });

  it('reads an extra event as a log move', () => {
    const r = alignLog(logOf('a x b c'), SEQUENCE());
    expect(r.variants[0]).toMatchObject({ cost: 1, worstCost: 7 });
    expect(kinds(r)).toEqual(['sync:a', 'log:x', 'sync:b', 'sync:c']);
  });

  it('takes one branch of a choice', () => {
    const r = alignLog(logOf('a b c d'), CHOICE());
    expect(r.variants[0].cost).toBe(1);
    expect(r.variants[0].worstCost).toBe(7);
  });

  it('interleaves concurrent branches freely', () => {
    expect(alignLog(logOf('a c b d', 'a b c d'), PARALLEL()).fitness).toBe(1);
  });

  it('repeats a loop and misses its redo', () => {
    const r = alignLog(logOf('a b c b c b d', 'a b c d'), LOOP());
    expect(r.variants[0].cost).toBe(0);
    // after c the loop needs b again: one move (model move b, or log move c)
    expect(r.variants[1].cost).toBe(1);
    // Σcost = 1, Σworst = (7 + 3) + (4 + 3)
    expect(r.fitness).toBeCloseTo(1 - 1 / 17, 12);
  });

  it('costs nothing for silent moves', () => {
    const r = alignLog(logOf('a c', 'b a'), SKIP());
    expect(r.variants[0]).toMatchObject({ cost: 0, fitting: true });
    expect(kinds(r)).toEqual(['sync:a', 'silent:skip', 'sync:c']);
    // b a: b cannot come first — log move b, sync a, then skip silently and model move c (or similar): cost 2
    expect(r.variants[1].cost).toBe(2);
  });

  it('averages per case and counts fitting cases', () => {
    const r = alignLog(logOf('a b c', 'a c', 'a b c', 'a b c'), SEQUENCE());
    expect(r.traces).toEqual({ total: 4, fitting: 3, aligned: 4, notAligned: 0 });
    expect(r.averageTraceFitness).toBeCloseTo((3 * 1 + 0.8) / 4, 12);
    // Σcost 1 over Σworst (3 × 6 + 5)
    expect(r.fitness).toBeCloseTo(1 - 1 / 23, 12);
  });

  it('aligns the empty trace to the cheapest run', () => {
    const r = alignLog(logOf('a b c', ''), SEQUENCE());
    const empty = r.variants.find((v) => v.activities.length === 0);
    // the builder skips empty cases; when a log has one, it costs the cheapest run
    if (empty) expect(empty.cost).toBe(3);
    expect(r.variants[0].cost).toBe(0);
  });
});

describe('alignLog with pm4py\'s costs (10000 per log or model move, 1 per silent move)', () => {
  it('charges silent moves 1, so a fitting trace scores just below 1', () => {
    const r = alignLog(logOf('a c'), SKIP(), { costModel: 'pm4py' });
    // cheapest run a, skip, c = 20001; worst = 2 × 10000 + 20001
    expect(r.cheapestRunCost).toBe(20001);
    expect(r.variants[0]).toMatchObject({ cost: 1, worstCost: 40001, fitness: 1, fitting: true });
    expect(r.fitness).toBeCloseTo(1 - 1 / 40001, 15);
  });

  it('counts whole deviations for the trace fitness, as pm4py', () => {
    const r = alignLog(logOf('a c'), SEQUENCE(), { costModel: 'pm4py' });
    // cost 10000 (model move b); worst 20000 + 30000; 1 − ⌊10000/10000⌋ / ⌊50000/10000⌋
    expect(r.variants[0]).toMatchObject({ cost: 10000, worstCost: 50000, fitting: false });
    expect(r.variants[0].fitness).toBeCloseTo(0.8, 12);
  });

  it('pays for silent splits and joins', () => {
    const r = alignLog(logOf('b a'), SILENT_PARALLEL(), { costModel: 'pm4py' });
    expect(r.variants[0].cost).toBe(2);
  });
});

describe('alignLog time budget', () => {
  it('reports a trace whose search runs out of time instead of counting it as fitting', () => {
    const r = alignLog(logOf('a b c', 'a c', 'a c'), SEQUENCE(), { maxSecondsPerTrace: -1 });
    expect(r.variants.map((v) => [v.status, v.fitness, v.fitting])).toEqual([
      ['timeout', null, false],
      ['timeout', null, false],
    ]);
    expect(r.traces).toEqual({ total: 3, fitting: 0, aligned: 0, notAligned: 3 });
    expect(r.notAlignedVariants).toBe(2);
  });
});
