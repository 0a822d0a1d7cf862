/**
 * Alignments on worker threads give the same result as on one thread. Workers run the compiled code, so this test
 * runs the build in `dist/` (which `npm test` makes first) on a log with enough variants to start them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/pm4py-refs.js';

const dist = join(projectRoot, 'dist');
const built = existsSync(join(dist, 'conformance', 'alignments', 'align-worker.js'));

describe.skipIf(!built)('alignLog on worker threads (built code in dist/)', () => {
  it('uses the threads and gives the one-thread result, variant by variant', async () => {
    const { readLog } = await import(join(dist, 'log', 'read-log.js'));
    const { readModel } = await import(join(dist, 'model', 'io', 'read-model.js'));
    const { alignLog } = await import(join(dist, 'conformance', 'alignments', 'align-log.js'));
    const { threadCount } = await import(join(dist, 'conformance', 'alignments', 'parallel-align.js'));
    // 1,000 cases, 50 % noise: several hundred variants, most of them deviating
    const log = await readLog(join(projectRoot, 'fixtures', 'logs', 'a32f0n50.xes.gz'));
    const { net } = await readModel(join(projectRoot, 'fixtures', 'conformance', 'models', 'a32.pnml'));
    expect(threadCount(800, 2)).toBe(2);
    const one = alignLog(log, net, { threads: 1 });
    const two = alignLog(log, net, { threads: 2 });
    expect(one.variants.length).toBeGreaterThan(200);
    expect(one.notAlignedVariants).toBe(0);
    expect([one.threads, two.threads]).toEqual([1, 2]);
    expect(JSON.stringify(two.variants)).toBe(JSON.stringify(one.variants));
    expect(two.fitness).toBe(one.fitness);
  });
});
