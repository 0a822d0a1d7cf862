/**
 * Regenerates fixtures/arrow (outside `npm test`): the running example, from the pm4py Parquet fixture, as an Arrow
 * file (.arrow) and an Arrow stream (.arrows) written by procmine, and a truncated copy of the file. Run with
 * `npx vite-node test/log/arrow/make-fixtures.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { writeArrow } from '../../../src/log/arrow/write-arrow.js';
import { readParquet } from '../../../src/log/parquet/read-parquet.js';

const log = await readParquet('fixtures/logs/running-example.parquet', { lifecycle: 'all' });
await writeArrow(log, 'fixtures/arrow/running-example.arrow');
await writeArrow(log, 'fixtures/arrow/running-example.arrows');
const bytes = readFileSync('fixtures/arrow/running-example.arrow');
writeFileSync('fixtures/arrow/truncated.arrow', bytes.subarray(0, Math.floor(bytes.length / 2)));
