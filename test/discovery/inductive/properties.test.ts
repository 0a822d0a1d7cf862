/** Invariants of the miners on random logs (fast-check). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { discoverInductiveFromVariants } from '../../../src/discovery/inductive/index.js';
import { formatTree, treeActivities } from '../../../src/model/process-tree.js';
import { TreeLanguage } from '../../helpers/tree-language.js';
import { variantLogOf } from './mini-log.js';

const trace = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 8 }).map((t) => t.join(' '));
const log = fc.array(trace, { minLength: 1, maxLength: 12 });

const activitiesOf = (traces: string[]) => [...new Set(traces.flatMap((t) => t.split(' ').filter(Boolean)))].sort();

describe('inductive miner properties', () => {
  it('the IM tree accepts every trace of its log', () => {
    fc.assert(
      fc.property(log, (traces) => {
        const tree = discoverInductiveFromVariants(variantLogOf(...traces), { variant: 'im' });
        const lang = new TreeLanguage(tree);
        for (const t of traces) expect(lang.accepts(t.split(' ').filter(Boolean)), `${formatTree(tree)} rejects ⟨${t}⟩`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('the IM tree mentions exactly the activities of its log', () => {
    fc.assert(
      fc.property(log, (traces) => {
        expect(treeActivities(discoverInductiveFromVariants(variantLogOf(...traces), { variant: 'im' }))).toEqual(activitiesOf(traces));
      }),
      { numRuns: 300 },
    );
  });

  it('IMf with noise 0 is IM', () => {
    fc.assert(
      fc.property(log, (traces) => {
        const v = variantLogOf(...traces);
        expect(formatTree(discoverInductiveFromVariants(v, { variant: 'imf', noiseThreshold: 0 }))).toBe(
          formatTree(discoverInductiveFromVariants(v, { variant: 'im' })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('IMf and IMd trees only mention activities of the log', () => {
    fc.assert(
      fc.property(log, fc.constantFrom(0.1, 0.2, 0.5), (traces, noise) => {
        const v = variantLogOf(...traces);
        const all = activitiesOf(traces);
        for (const tree of [
          discoverInductiveFromVariants(v, { variant: 'imf', noiseThreshold: noise }),
          discoverInductiveFromVariants(v, { variant: 'imd' }),
        ]) {
          for (const a of treeActivities(tree)) expect(all).toContain(a);
        }
      }),
      { numRuns: 300 },
    );
  });
});
