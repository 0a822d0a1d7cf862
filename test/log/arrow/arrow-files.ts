/**
 * Arrow files as other tools write them, for the reader tests: tables of arbitrary Arrow vectors written in the
 * file or the stream format to a temporary folder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeData, makeVector, Table, tableToIPC, type DataType, type Vector } from 'apache-arrow';

const dir = mkdtempSync(join(tmpdir(), 'procmine-arrow-'));
let n = 0;

/** Writes the columns as an Arrow IPC file (or stream) and returns its path. */
export function writeArrowTable(columns: Record<string, Vector>, format: 'file' | 'stream' = 'file'): string {
  const file = join(dir, `${n++}.${format === 'file' ? 'arrow' : 'arrows'}`);
  writeFileSync(file, tableToIPC(new Table(columns), format));
  return file;
}

/** Writes raw bytes (a truncated or foreign file) and returns its path. */
export function writeBytes(bytes: Uint8Array, extension = 'arrow'): string {
  const file = join(dir, `${n++}.${extension}`);
  writeFileSync(file, bytes);
  return file;
}

/** A vector of 64-bit values (timestamps in any unit, Date64) from BigInts. */
export function int64Vector<T extends DataType>(type: T, values: bigint[]): Vector<T> {
  return makeVector(makeData({ type, length: values.length, data: BigInt64Array.from(values) } as never)) as Vector<T>;
}
