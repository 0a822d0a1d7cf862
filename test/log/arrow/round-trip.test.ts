/**
 * Property tier: any log written as Arrow (in small record batches, so dictionaries span batches) and read back
 * has the same cases, events, start times, resources and attribute values, and every column keeps its type.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readArrow } from '../../../src/log/arrow/read-arrow.js';
import { writeArrow } from '../../../src/log/arrow/write-arrow.js';
import { readLog, writeLog } from '../../../src/log/read-log.js';
import { plainLog } from '../../helpers/log-equal.js';
import { columnTypes, randomLog } from '../../helpers/random-log.js';

const dir = mkdtempSync(join(tmpdir(), 'procmine-arrow-rt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Arrow round trip', () => {
  it('write → read keeps every value and column type', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(randomLog, fc.integer({ min: 1, max: 7 }), async (log, batchRows) => {
        const file = join(dir, `${n++}.arrow`);
        await writeArrow(log, file, { batchRows });
        const back = await readArrow(file, { lifecycle: 'all' });
        expect(plainLog(back)).toEqual(plainLog(log));
        expect(columnTypes(back)).toEqual(columnTypes(log));
        expect(back.caseIds).toEqual(log.caseIds);
      }),
      { numRuns: 150 },
    );
  });

  it('Arrow → Parquet → Arrow through readLog/writeLog keeps every value and column type', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(randomLog, async (log) => {
        let current = log;
        for (const ext of ['.arrow', '.parquet', '.arrows']) {
          const file = join(dir, `chain-${n++}${ext}`);
          await writeLog(current, file);
          current = await readLog(file, { lifecycle: 'all' });
        }
        expect(plainLog(current)).toEqual(plainLog(log));
        expect(columnTypes(current)).toEqual(columnTypes(log));
      }),
      { numRuns: 60 },
    );
  });
});
