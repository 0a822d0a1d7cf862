/**
 * Property tier: any log written as Parquet (in small row groups) and read back
 * has the same cases, events, start times, resources and attribute values, and every column keeps its type.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readParquet } from '../../../src/log/parquet/read-parquet.js';
import { writeParquet } from '../../../src/log/parquet/write-parquet.js';
import { plainLog } from '../../helpers/log-equal.js';
import { columnTypes, randomLog } from '../../helpers/random-log.js';

const dir = mkdtempSync(join(tmpdir(), 'procmine-parquet-rt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Parquet round trip', () => {
  it('write → read keeps every value and column type', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(randomLog, fc.integer({ min: 1, max: 7 }), async (log, groupRows) => {
        const file = join(dir, `${n++}.parquet`);
        await writeParquet(log, file, { groupRows });
        const back = await readParquet(file, { lifecycle: 'all' });
        expect(plainLog(back)).toEqual(plainLog(log));
        expect(columnTypes(back)).toEqual(columnTypes(log));
        expect(back.caseIds).toEqual(log.caseIds);
      }),
      { numRuns: 150 },
    );
  });
});
