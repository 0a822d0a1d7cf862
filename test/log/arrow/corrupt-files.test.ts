/**
 * Property tier for damaged input: an Arrow or Parquet file with random bytes overwritten or cut off either
 * still reads or fails with an InputError (exit 2), never with an internal error.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readArrow } from '../../../src/log/arrow/read-arrow.js';
import { writeArrow } from '../../../src/log/arrow/write-arrow.js';
import { readParquet } from '../../../src/log/parquet/read-parquet.js';
import { writeParquet } from '../../../src/log/parquet/write-parquet.js';
import { randomLog } from '../../helpers/random-log.js';

const dir = mkdtempSync(join(tmpdir(), 'procmine-corrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const damage = fc.record({
  edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 4 }),
  cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
});

async function readDamaged(
  write: (file: string) => Promise<void>,
  read: (file: string) => Promise<unknown>,
  d: typeof damage extends fc.Arbitrary<infer T> ? T : never,
  name: string,
): Promise<void> {
  const file = join(dir, name);
  await write(file);
  let bytes = Uint8Array.from(readFileSync(file));
  for (const { at, byte } of d.edits) bytes[Math.min(bytes.length - 1, Math.floor(at * bytes.length))] = byte;
  if (d.cut !== undefined) bytes = bytes.subarray(0, Math.floor(d.cut * bytes.length));
  writeFileSync(file, bytes);
  try {
    await read(file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
  }
}

describe('damaged files', () => {
  let n = 0;
  for (const [format, write, read] of [
    ['arrow', writeArrow, readArrow],
    ['arrows', writeArrow, readArrow],
    ['parquet', writeParquet, readParquet],
  ] as const) {
    it(`${format}: reads or fails with an InputError`, async () => {
      await fc.assert(
        fc.asyncProperty(randomLog, damage, async (log, d) => {
          await expect(readDamaged((f) => write(log, f), (f) => read(f, { lifecycle: 'all' }), d, `${n++}.${format}`)).resolves.toBeUndefined();
        }),
        { numRuns: 300 },
      );
    });
  }
});
