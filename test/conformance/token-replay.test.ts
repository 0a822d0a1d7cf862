import { describe, expect, it } from 'vitest';
import { indexNet } from '../../src/conformance/indexed-net.js';
import { computeSilentPaths, replayTokens } from '../../src/conformance/token-replay.js';
import { logOf } from '../helpers/log-of.js';
import { CHOICE, LOOP, PARALLEL, SEQUENCE, SILENT_PARALLEL, SKIP } from './helpers/nets.js';

describe('replayTokens', () => {
  it('replays a fitting trace: every produced token is consumed', () => {
    const r = replayTokens(logOf('a b c'), SEQUENCE());
    // produced: initial 1 + a, b, c one each; consumed: a, b, c one each + the final marking's token
    expect(r.variants[0]).toMatchObject({ produced: 4, consumed: 4, missing: 0, remaining: 0, fitness: 1, fitting: true });
    expect(r.fitness).toBe(1);
  });

  it('counts a skipped activity as one missing and one remaining token', () => {
    const r = replayTokens(logOf('a c'), SEQUENCE());
    // c lacks the token in p2 (missing 1); the token a put in p1 stays (remaining 1); p = c = 3
    expect(r.variants[0]).toMatchObject({ produced: 3, consumed: 3, missing: 1, remaining: 1, fitting: false, underfed: ['c'] });
    expect(r.variants[0].fitness).toBeCloseTo(2 / 3, 12);
  });

  it('aggregates over cases, weighting each variant by its count', () => {
    const r = replayTokens(logOf('a b c', 'a c', 'a b c'), SEQUENCE());
    // Σp = 4 + 3 + 4 = 11, Σc = 11, Σm = 1, Σr = 1
    expect(r.fitness).toBeCloseTo(1 - 1 / 11, 12);
    expect(r.averageTraceFitness).toBeCloseTo((1 + 2 / 3 + 1) / 3, 12);
    expect(r.traces).toEqual({ total: 3, fitting: 2 });
    expect(r.fittingShare).toBeCloseTo(2 / 3, 12);
    expect(r.activities).toEqual([{ activity: 'c', missing: 1, underfedCases: 1 }]);
    expect(r.remainingByPlace).toEqual([{ place: 'p1', tokens: 1 }]);
  });

  it('fires a silent transition to enable the next one', () => {
    const r = replayTokens(logOf('a c'), SKIP());
    // a, skip, c: produced 1 + 3, consumed 3 + 1
    expect(r.variants[0]).toMatchObject({ produced: 4, consumed: 4, missing: 0, remaining: 0, fitting: true });
  });

  it('handles concurrency and a missing branch', () => {
    const r = replayTokens(logOf('a c b d', 'a b d'), PARALLEL());
    expect(r.variants[0]).toMatchObject({ produced: 6, consumed: 6, missing: 0, remaining: 0 });
    // d lacks p4; the token in p2 remains: p = 1 + 2 + 1 + 1, c = 1 + 1 + 2 + 1
    expect(r.variants[1]).toMatchObject({ produced: 5, consumed: 5, missing: 1, remaining: 1 });
    expect(r.variants[1].fitness).toBeCloseTo(0.8, 12);
  });

  it('replays loops', () => {
    expect(replayTokens(logOf('a b c b c b d'), LOOP()).fitness).toBe(1);
  });

  it('reaches the final marking through silent transitions at the end', () => {
    const r = replayTokens(logOf('a b', 'b a'), SILENT_PARALLEL());
    expect(r.variants.map((v) => v.fitting)).toEqual([true, true]);
    // split, a, b, join: produced 1 + 2 + 1 + 1 + 1, consumed 1 + 1 + 1 + 2 + 1
    expect(r.variants[0]).toMatchObject({ produced: 6, consumed: 6 });
  });

  it('skips activities the model does not know, and reports them', () => {
    const r = replayTokens(logOf('a x b c'), SEQUENCE());
    expect(r.variants[0]).toMatchObject({ fitting: true, notInModel: 1 });
    expect(r.unmatchedLabels).toEqual({ logOnly: ['x'], modelOnly: [] });
  });

  it('matches labels ignoring case when asked', () => {
    const r = replayTokens(logOf('A B C'), SEQUENCE(), { labels: { mode: 'ignore-case' } });
    expect(r.fitness).toBe(1);
  });

  it('keeps pm4py\'s silent shortest paths (first found among equals)', () => {
    const net = indexNet(CHOICE());
    const paths = computeSilentPaths(net, 50);
    expect(paths.every((row) => row.every((p) => p === undefined))).toBe(true);
    const skip = indexNet(SKIP());
    const p1 = skip.placeIds.indexOf('p1');
    const p2 = skip.placeIds.indexOf('p2');
    expect(computeSilentPaths(skip, 50)[p1][p2]).toEqual([skip.transitionIds.indexOf('skip')]);
  });
});
