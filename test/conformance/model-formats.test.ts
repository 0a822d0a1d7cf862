/**
 * The same process drawn as BPMN and as a Petri net must give the same alignments: fitness with standard costs
 * depends on the model's language only, so the BPMN translation is checked here against nets made independently
 * (the a32 generating net, and the Petri-net exports that ship with the BPMN models of shared/data/pairs).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignLog } from '../../src/conformance/alignments/align-log.js';
import { readLog } from '../../src/log/read-log.js';
import { readModel } from '../../src/model/io/read-model.js';
import { projectRoot } from '../helpers/pm4py-refs.js';

const fixtures = join(projectRoot, 'fixtures');
const pairs = join(projectRoot, '..', 'shared', 'data', 'pairs');

const cases: [name: string, log: string, bpmn: string, pnml: string][] = [
  ['a32 (fixtures)', join(fixtures, 'logs', 'a32f0n50.xes.gz'), join(fixtures, 'conformance', 'models', 'a32f0n00.bpmn'), join(fixtures, 'conformance', 'models', 'a32.pnml')],
  ['running example (fixtures)', join(fixtures, 'logs', 'running_example_broken.csv'), join(fixtures, 'models', 'running-example.bpmn'), join(fixtures, 'conformance', 'models', 'running-example.pnml')],
  ['running example (shared pair)', join(pairs, 'running-example', 'running-example.xes'), join(pairs, 'running-example', 'running-example.bpmn'), join(pairs, 'running-example', 'running-example.pnml')],
  ['BPI 2020 domestic, IM model (shared pair)', join(pairs, 'bpic2020-domestic-im', 'DomesticDeclarations.xes.gz'), join(pairs, 'bpic2020-domestic-im', 'domestic_inductive.bpmn'), join(pairs, 'bpic2020-domestic-im', 'domestic_inductive.pnml')],
];

describe('a BPMN model and the same model as a Petri net align alike', () => {
  it.each(cases.filter(([, log]) => existsSync(log)))('%s', async (_, logFile, bpmnFile, pnmlFile) => {
    const log = await readLog(logFile);
    const bpmn = await readModel(bpmnFile);
    const pnml = await readModel(pnmlFile);
    const a = alignLog(log, bpmn.net);
    const b = alignLog(log, pnml.net);
    expect(a.notAlignedVariants + b.notAlignedVariants).toBe(0);
    expect(a.fitness).toBeCloseTo(b.fitness, 12);
    expect(a.traces.fitting).toBe(b.traces.fitting);
    expect(a.variants.map((v) => v.cost)).toEqual(b.variants.map((v) => v.cost));
    expect(a.cheapestRunCost).toBe(b.cheapestRunCost);
  });
});
