/**
 * Reference tier: token replay, alignments (pm4py's costs) and both precisions against pm4py 2.7.14's figures,
 * within 1e-6 (the refs are rounded to 6 decimals). Conformance is computed on pm4py's own variant lists from
 * the refs, so that reader differences (refs/README.md) do not blur the comparison; one test goes through readLog.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignLog } from '../../src/conformance/alignments/align-log.js';
import { indexNet } from '../../src/conformance/indexed-net.js';
import { measurePrecision } from '../../src/conformance/precision.js';
import { replayTokens } from '../../src/conformance/token-replay.js';
import { readLog } from '../../src/log/read-log.js';
import { computeVariantLog, type VariantLog } from '../../src/log/variant-log.js';
import { fixtureLogs, fixtureRefs, hasShared, pm4pyReadOptions, projectRoot, sharedLogs, sharedRefs } from '../helpers/pm4py-refs.js';
import { readModel } from '../../src/model/io/read-model.js';
import { readPnml } from '../../src/model/io/read-pnml.js';
import type { IndexedNet } from '../../src/conformance/indexed-net.js';
import { refPairs, type FitnessFigures, type RefPair } from './helpers/ref-pairs.js';
import { variantLogFromRef } from './helpers/ref-variants.js';

const TOLERANCE = 1e-6;
const fixtureModels = join(projectRoot, 'fixtures', 'conformance', 'models');
const fixtureModelDirs = [fixtureModels, join(projectRoot, 'fixtures', 'models')];
const sharedModels = join(sharedRefs, 'models');
const sharedCheckedModels = join(projectRoot, '..', 'shared', 'data', 'models');

/**
 * Token replay pairs where pm4py's result hangs on the iteration order of Python sets of arcs (hashed by memory
 * address): several silent paths of equal length tie, and pm4py keeps whichever its set yields first. We follow
 * arc order; on these nets the tie goes the other way for some traces. The difference stays below 0.01.
 */
const TBR_SET_ORDER_TIES = new Set([
  '16_bpic2019_1t_per_variant.xes.gz|noise_0.0',
  '16_bpic2019_1t_per_variant.xes.gz|noise_0.2',
  'a12f0n20.xes.gz|noise_0.2',
  'pdc_2019_10.xes|noise_0.2',
  'pdc_2019_8.xes|noise_0.0',
  'pdc_2019_8.xes|noise_0.2',
]);

function expectFitness(
  ours: { fitness: number; averageTraceFitness: number; fittingShare: number },
  theirs: FitnessFigures,
  tolerance = TOLERANCE,
): void {
  expect(Math.abs(ours.fitness - theirs.log_fitness)).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(ours.averageTraceFitness - theirs.average_trace_fitness)).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(ours.fittingShare * 100 - theirs.percentage_of_fitting_traces) / 100).toBeLessThanOrEqual(tolerance);
}

const variantCache = new Map<string, Promise<VariantLog | null>>();
function variantsOf(pair: RefPair, logDir: string): Promise<VariantLog | null> {
  let v = variantCache.get(pair.log);
  if (!v) {
    const fromRef = variantLogFromRef(pair.ref.variants);
    const file = join(logDir, pair.log);
    v = fromRef
      ? Promise.resolve(fromRef)
      : existsSync(file)
        ? readLog(file, pm4pyReadOptions(pair.ref)).then(computeVariantLog)
        : Promise.resolve(null);
    variantCache.set(pair.log, v);
  }
  return v;
}

/**
 * BPMN models pm4py misreads, so that its figures are not BPMN's: its importer flattens a subprocess by joining
 * the subprocess's own start and end events to the process's source and sink (the subprocess can be entered or
 * left on its own), and it ignores boundary events and terminate end events. These models' semantics are tested
 * by hand in bpmn-alignments.test.ts and bpmn-to-petri.test.ts instead.
 */
const PM4PY_MISREADS = new Set(['Subprocess1.bpmn', 'Subprocess3.bpmn']);

type BpmnTranslation = 'standard' | 'pm4py';
const netCache = new Map<string, Promise<IndexedNet>>();
function netOf(pair: RefPair, bpmnTranslation: BpmnTranslation = 'standard'): Promise<IndexedNet> {
  const key = `${pair.file}|${bpmnTranslation}`;
  let net = netCache.get(key);
  if (!net) {
    // PNML through readPnml: pm4py computes on nets readModel refuses (SampleNet.pnml is unbounded)
    net = (pair.file.endsWith('.pnml') ? readPnml(pair.file) : readModel(pair.file, { bpmnTranslation }).then((m) => m.net)).then(indexNet);
    netCache.set(key, net);
  }
  return net;
}

function referenceSuite(allPairs: RefPair[], logDir: string, bpmnTranslation: BpmnTranslation = 'standard'): void {
  const pairs = allPairs.filter((p) => !PM4PY_MISREADS.has(basename(p.file)));
  const name = (p: RefPair) => `${p.log} × ${p.model}${p.file.endsWith('.bpmn') ? ` (${bpmnTranslation} translation)` : ''}`;
  const withTbr = pairs.filter((p) => p.figures.tbr_fitness);
  const withAlignments = pairs.filter((p) => p.figures.alignment_fitness);
  const withEtc = pairs.filter((p) => typeof p.figures.etc_precision === 'number');
  const withAlignPrecision = pairs.filter((p) => typeof p.figures.alignment_precision === 'number');

  it.each(withTbr.map((p) => [name(p), p] as const))('token-replay fitness: %s', async (_, pair) => {
    const variants = await variantsOf(pair, logDir);
    if (!variants) return;
    const r = replayTokens(variants, await netOf(pair, bpmnTranslation));
    const tie = TBR_SET_ORDER_TIES.has(`${pair.log}|${pair.model}`);
    expectFitness(r, pair.figures.tbr_fitness!, tie ? 0.01 : TOLERANCE);
  });

  it.each(withAlignments.map((p) => [name(p), p] as const))('alignment fitness (pm4py costs): %s', async (_, pair) => {
    const variants = await variantsOf(pair, logDir);
    if (!variants) return;
    const r = alignLog(variants, await netOf(pair, bpmnTranslation), { costModel: 'pm4py', maxSecondsPerTrace: 30 });
    expect(r.notAlignedVariants).toBe(0);
    expectFitness(r, pair.figures.alignment_fitness!);
  });

  it.each(withEtc.map((p) => [name(p), p] as const))('ETC precision (token replay): %s', async (_, pair) => {
    const variants = await variantsOf(pair, logDir);
    if (!variants) return;
    const r = measurePrecision(variants, await netOf(pair, bpmnTranslation), { method: 'token' });
    expect(Math.abs(r.precision - pair.figures.etc_precision!)).toBeLessThanOrEqual(TOLERANCE);
  });

  it.each(withAlignPrecision.map((p) => [name(p), p] as const))('alignment-based precision: %s', async (_, pair) => {
    const variants = await variantsOf(pair, logDir);
    if (!variants) return;
    const r = measurePrecision(variants, await netOf(pair, bpmnTranslation), { method: 'alignments' });
    expect(Math.abs(r.precision - pair.figures.alignment_precision!)).toBeLessThanOrEqual(TOLERANCE);
  });
}

describe('conformance vs pm4py on the committed fixtures', () => {
  // PTML pairs are checked on the shared refs (below), where ties in token replay are counted
  const pairs = refPairs(fixtureRefs, fixtureModelDirs).filter((p) => !p.file.endsWith('.ptml'));
  it('finds the fixture pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(55);
    expect(pairs.filter((p) => p.file.endsWith('.bpmn')).length).toBeGreaterThanOrEqual(15);
  });
  referenceSuite(pairs, fixtureLogs);
  describe('BPMN models through pm4py\'s translation', () => referenceSuite(pairs.filter((p) => p.file.endsWith('.bpmn')), fixtureLogs, 'pm4py'));

  it('gives pm4py\'s figures from a log read with readLog', async () => {
    const log = await readLog(join(fixtureLogs, '01_running-example.xes.gz'), { lifecycle: 'all' });
    const net = indexNet((await readModel(join(fixtureModels, '01_running-example.xes.gz.im_noise_0.0.pnml'))).net);
    expect(replayTokens(log, net).fitness).toBe(1);
    expect(alignLog(log, net, { costModel: 'pm4py' }).fitness).toBeCloseTo(0.999979, 6);
    expect(measurePrecision(log, net, { method: 'token' }).precision).toBeCloseTo(0.753086, 6);
  });
});

const sharedPairs = hasShared ? refPairs(sharedRefs, [sharedModels, sharedCheckedModels]) : [];

describe.skipIf(!hasShared)('conformance vs pm4py on every log/model pair of the shared refs (PNML, BPMN)', () => {
  referenceSuite(
    sharedPairs.filter((p) => p.file.endsWith('.pnml') || p.file.endsWith('.bpmn')),
    sharedLogs,
  );
  describe('BPMN models through pm4py\'s translation', () => referenceSuite(sharedPairs.filter((p) => p.file.endsWith('.bpmn')), sharedLogs, 'pm4py'));
});

/**
 * pm4py also exported its IM and IMf models as BPMN (`<log>.im_<key>.bpmn`). Read back and translated, each must
 * have the language of the net pm4py computed its figures on: the share of fitting traces and the average trace
 * fitness of alignments depend on the language only (pm4py counts whole deviations), so they must match.
 */
function exportedBpmnSuite(refDir: string, modelDirs: string[], logDir: string): void {
  const pairs: RefPair[] = [];
  for (const pair of refPairs(refDir, modelDirs)) {
    if (!pair.file.endsWith('.pnml') || !/\.im_noise_0\.[02]\.pnml$/.test(pair.file)) continue;
    const bpmn = pair.file.replace(/\.pnml$/, '.bpmn');
    if (existsSync(bpmn) && pair.figures.alignment_fitness) pairs.push({ ...pair, file: bpmn });
  }
  it.each(pairs.map((p) => [`${p.log} × ${p.model}`, p] as const))('alignments on pm4py\'s exported BPMN: %s', async (_, pair) => {
    const variants = await variantsOf(pair, logDir);
    if (!variants) return;
    const r = alignLog(variants, await netOf(pair), { costModel: 'pm4py', maxSecondsPerTrace: 30 });
    expect(r.notAlignedVariants).toBe(0);
    const theirs = pair.figures.alignment_fitness!;
    expect(Math.abs(r.averageTraceFitness - theirs.average_trace_fitness)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(r.fittingShare * 100 - theirs.percentage_of_fitting_traces) / 100).toBeLessThanOrEqual(TOLERANCE);
  });
}

describe('pm4py\'s exported BPMN models have the language of its nets (fixtures)', () => exportedBpmnSuite(fixtureRefs, [fixtureModels], fixtureLogs));
describe.skipIf(!hasShared)('pm4py\'s exported BPMN models have the language of its nets (shared refs)', () => exportedBpmnSuite(sharedRefs, [sharedModels], sharedLogs));

/**
 * PTML models go through the tree converter first. PTML nets come out as pm4py's (same places, transitions,
 * arcs), so alignment fitness must match; token replay and ETC precision also break ties by transition name and
 * arc-set order, and pm4py names visible transitions with random UUIDs, so some pairs differ (counted here
 * against a floor).
 */
describe.skipIf(!hasShared)('conformance vs pm4py on PTML models', () => {
  const ptml = sharedPairs.filter((p) => p.file.endsWith('.ptml'));

  it.each(ptml.filter((p) => p.figures.alignment_fitness).map((p) => [`${p.log} × ${p.model}`, p] as const))(
    'alignment fitness (pm4py costs): %s',
    async (_, pair) => {
      const variants = await variantsOf(pair, sharedLogs);
      if (!variants) return;
      const r = alignLog(variants, await netOf(pair), { costModel: 'pm4py', maxSecondsPerTrace: 30 });
      expectFitness(r, pair.figures.alignment_fitness!);
    },
  );

  it('token replay and ETC precision match on most PTML pairs', async () => {
    const count = { tbr: 0, etc: 0 };
    for (const pair of ptml) {
      const variants = await variantsOf(pair, sharedLogs);
      if (!variants) continue;
      const net = await netOf(pair);
      const tbr = pair.figures.tbr_fitness;
      if (tbr) {
        const r = replayTokens(variants, net);
        if (Math.abs(r.fitness - tbr.log_fitness) <= TOLERANCE && Math.abs(r.averageTraceFitness - tbr.average_trace_fitness) <= TOLERANCE) count.tbr++;
      }
      if (typeof pair.figures.etc_precision === 'number') {
        const r = measurePrecision(variants, net, { method: 'token' });
        if (Math.abs(r.precision - pair.figures.etc_precision) <= TOLERANCE) count.etc++;
      }
    }
    // measured when written: 100 of 107 (token replay) and 91 of 105 (ETC)
    expect(count.tbr).toBeGreaterThanOrEqual(100);
    expect(count.etc).toBeGreaterThanOrEqual(91);
  }, 300_000);
});
