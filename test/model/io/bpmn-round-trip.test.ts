/**
 * Property: a discovered tree exported as BPMN (with layout) and read back through bpmn-moddle and the BPMN →
 * workflow-net translation accepts the same traces as the tree: every trace of the log, and, on random traces
 * over the same activities, exactly those the tree accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discoverInductiveFromVariants } from '../../../src/discovery/inductive/index.js';
import { convertTreeToBpmn } from '../../../src/model/convert/tree-to-bpmn.js';
import { convertBpmnToPetri } from '../../../src/model/convert/bpmn-to-petri.js';
import { writeBpmn } from '../../../src/model/io/write-bpmn.js';
import { parseBpmn } from '../../../src/model/io/read-bpmn.js';
import { formatTree } from '../../../src/model/process-tree.js';
import { TreeLanguage } from '../../helpers/tree-language.js';
import { netAccepts } from '../../helpers/net-language.js';
import { variantLogOf } from '../../discovery/inductive/mini-log.js';

const letters = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const trace = fc.array(letters, { maxLength: 6 });
const log = fc.array(trace.map((t) => t.join(' ')), { minLength: 1, maxLength: 8 });

describe('BPMN export → import', () => {
  it('keeps the language of the discovered tree', async () => {
    await fc.assert(
      fc.asyncProperty(log, fc.array(trace, { minLength: 10, maxLength: 10 }), async (traces, probes) => {
        const tree = discoverInductiveFromVariants(variantLogOf(...traces), { variant: 'im' });
        const xml = await writeBpmn(convertTreeToBpmn(tree));
        const doc = await parseBpmn(xml, 'round-trip.bpmn');
        const { net } = convertBpmnToPetri(doc.processes[0]);
        const lang = new TreeLanguage(tree);
        for (const t of traces) expect(netAccepts(net, t.split(' ').filter(Boolean)), `${formatTree(tree)} ⟨${t}⟩`).toBe(true);
        for (const p of probes) expect(netAccepts(net, p), `${formatTree(tree)} ⟨${p.join(' ')}⟩`).toBe(lang.accepts(p));
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
