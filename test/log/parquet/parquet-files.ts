/**
 * Parquet files as other tools write them, for the reader tests: columns with an explicit schema written by
 * hyparquet-writer to a temporary folder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer, type ColumnSource, type SchemaElement } from 'hyparquet-writer';

const dir = mkdtempSync(join(tmpdir(), 'procmine-parquet-'));
let n = 0;

export interface TestColumn {
  element: SchemaElement;
  /** elements of nested columns below the top one. */
  children?: SchemaElement[];
  data: unknown[];
}

/** Writes the columns as a Parquet file and returns its path. */
export function writeParquetTable(
  columns: TestColumn[],
  options: { rowGroupSize?: number; codec?: 'SNAPPY' | 'UNCOMPRESSED' | 'GZIP' | 'ZSTD'; compressors?: Record<string, (input: Uint8Array) => Uint8Array> } = {},
): string {
  const schema: SchemaElement[] = [{ name: 'schema', num_children: columns.length }];
  for (const c of columns) schema.push(c.element, ...(c.children ?? []));
  const columnData: ColumnSource[] = columns.map((c) => ({ name: c.element.name, data: c.data as ColumnSource['data'] }));
  const file = join(dir, `${n++}.parquet`);
  writeFileSync(file, new Uint8Array(parquetWriteBuffer({ columnData, schema, rowGroupSize: options.rowGroupSize, codec: options.codec, compressors: options.compressors })));
  return file;
}

/** Writes raw bytes (a truncated or foreign file) and returns its path. */
export function writeBytes(bytes: Uint8Array): string {
  const file = join(dir, `${n++}.parquet`);
  writeFileSync(file, bytes);
  return file;
}

export const text = (name: string, data: (string | null)[], required = false): TestColumn => ({
  element: { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: required ? 'REQUIRED' : 'OPTIONAL' },
  data,
});
