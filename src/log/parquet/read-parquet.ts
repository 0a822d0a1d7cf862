/**
 * Reads a Parquet file with hyparquet row group by row group, fetching only the footer and each column chunk's
 * byte range from disk, and hands each row group to the shared table ingest (the same mapping and typing rules
 * as Arrow). Whatever hyparquet cannot parse becomes a `parquet-malformed` input error.
 */
import { parquetMetadataAsync, parquetSchema, parquetScan, type DecodedArray, type FileMetaData, type ParquetScan } from 'hyparquet';
import { InputError } from '../../errors.js';
import { TYPES_METADATA_KEY } from '../table/attribute-metadata.js';
import { TableIngest } from '../table/table-ingest.js';
import type { EventLog } from '../event-log.js';
import type { ReadLogOptions } from '../read-options.js';
import { openFileRangeBuffer } from './file-range-buffer.js';
import { parquetDecompressors } from './parquet-codecs.js';
import { MS_PARSERS, parquetChunk, parquetField } from './parquet-chunks.js';

/**
 * Reads an event log from a Parquet file.
 *
 * @example
 * const log = await readParquet('fixtures/logs/receipt.parquet', { lifecycle: 'all' });
 */
export async function readParquet(file: string, options: ReadLogOptions = {}): Promise<EventLog> {
  const source = await openFileRangeBuffer(file);
  try {
    const metadata = await guard(file, () => parquetMetadataAsync(source));
    const tree = await guard(file, async () => parquetSchema(metadata));
    const labels = typeLabels(metadata);
    const fields = tree.children.map((node) => parquetField(node, labels));
    if (fields.length === 0) throw malformed(file, 'the schema has no columns');
    const ingest = new TableIngest({ file, format: 'parquet', fields, options });
    const scan = await guard(file, () => parquetScan({ file: source, metadata, parsers: MS_PARSERS, compressors: parquetDecompressors() }));
    for (const { rowStart, rowEnd } of scan.ranges) {
      const length = rowEnd - rowStart;
      if (length === 0) continue;
      const arrays: DecodedArray[] = [];
      for (const field of fields) arrays.push(await readColumn(scan, field.name, rowStart, rowEnd, file));
      ingest.addBatch(arrays.map((data, i) => parquetChunk(data, fields[i], length)), length);
      options.onProgress?.(source.bytesRead, source.byteLength);
    }
    return ingest.finish();
  } finally {
    await source.close();
  }
}

async function readColumn(scan: ParquetScan, column: string, rowStart: number, rowEnd: number, file: string): Promise<DecodedArray> {
  const data = await guard(file, () => scan.readColumn({ column, rowStart, rowEnd }));
  if (data.length < rowEnd - rowStart) {
    throw malformed(file, `column '${column}' has ${data.length} values for rows ${rowStart + 1}–${rowEnd}`);
  }
  return data;
}

/** procmine's own column type labels, when procmine wrote the file. */
function typeLabels(metadata: FileMetaData): Record<string, string> {
  const entry = metadata.key_value_metadata?.find((kv) => kv.key === TYPES_METADATA_KEY);
  if (entry?.value === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(entry.value);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Runs a hyparquet step, turning its failures into an input error; procmine's own errors pass through. */
async function guard<T>(file: string, step: () => Promise<T> | T): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (/compression|codec/i.test(message)) {
      throw new InputError('parquet-unsupported-codec', `cannot read the file: ${message}`, {
        file,
        hint: 'procmine reads uncompressed, Snappy, GZIP and Brotli Parquet (ZSTD on Node 22.15+); rewrite the file with one of those',
        cause: error,
      });
    }
    throw malformed(file, message, error);
  }
}

function malformed(file: string, detail: string, cause?: unknown): InputError {
  return new InputError('parquet-malformed', `not a readable Parquet file: ${detail}`, {
    file,
    hint: 'the file may be truncated or not a Parquet file',
    cause,
  });
}
