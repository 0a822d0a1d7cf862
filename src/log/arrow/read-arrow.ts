/**
 * Reads an Arrow IPC file (`ARROW1` magic, random access through the footer) or stream (a sequence of
 * messages) record batch by record batch, so a large file is never all in memory, and hands each batch to the
 * shared table ingest. Whatever the Arrow library cannot parse becomes an `arrow-malformed` input error.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { RecordBatchReader, type RecordBatch } from 'apache-arrow';
import { InputError } from '../../errors.js';
import type { EventLog } from '../event-log.js';
import type { ReadLogOptions } from '../read-options.js';
import { arrowChunk, arrowField, CorruptDataError } from './arrow-chunks.js';
import { schemaDamage } from './schema-guard.js';
import type { ColumnChunk, TableField } from '../table/column-chunk.js';
import { TableIngest } from '../table/table-ingest.js';

const MAGIC = 'ARROW1';
const CONTINUATION = 0xffffffff;

/**
 * Reads an event log from an Arrow IPC file or stream.
 *
 * @example
 * const log = await readArrow('events.arrow', { case: 'case_id', lifecycle: 'all' });
 */
export async function readArrow(file: string, options: ReadLogOptions = {}): Promise<EventLog> {
  const handle = await open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    const isFile = await checkSignature(handle, file);
    const schemaBytes = await readSchemaBytes(handle, size, isFile);
    const damage = schemaBytes && schemaDamage(schemaBytes, isFile);
    if (damage) throw malformed(file, damage);
    const reader = await openReader(handle, file);
    const schema = reader.schema;
    if (!schema || schema.fields.length === 0) throw malformed(file, 'the schema has no columns');
    if (schema.fields.some((f) => typeof f.name !== 'string')) throw malformed(file, 'a column of the schema has no name');
    const fields = schema.fields.map(arrowField);
    const ingest = new TableIngest({ file, format: 'arrow', fields, options });
    const batchCount = reader.isFile() ? reader.numRecordBatches : 0;
    let batches = 0;
    for (;;) {
      const batch = await nextBatch(reader, file);
      if (batch === null) break;
      ingest.addBatch(chunksOf(batch, fields, file), batch.numRows);
      batches++;
      if (options.onProgress && batchCount > 0) options.onProgress(Math.round((size * batches) / batchCount), size);
    }
    if (!isFile && !(await endsWithEos(handle, size))) {
      ingest.warn('the Arrow stream has no end-of-stream marker: it may have been cut short');
    }
    return ingest.finish();
  } finally {
    await handle.close();
  }
}

/**
 * Whether the file is in the file format (else the stream format); refuses files that are neither before the
 * Arrow library tries to make sense of them.
 */
async function checkSignature(handle: FileHandle, file: string): Promise<boolean> {
  const head = Buffer.alloc(8);
  const { bytesRead } = await handle.read(head, 0, 8, 0);
  if (bytesRead >= 6 && head.toString('latin1', 0, 6) === MAGIC) return true;
  if (bytesRead >= 8 && head.readUInt32LE(0) === CONTINUATION) return false;
  throw new InputError('arrow-malformed', 'not an Arrow IPC file or stream (no ARROW1 magic, no stream message marker)', {
    file,
    hint: 'Arrow IPC files start with ARROW1; Feather v1 and pre-0.15 streams are not supported, re-export with pyarrow.feather.write_feather',
  });
}

/**
 * The flatbuffer that holds the schema: a stream's first message, or a file's footer (before its length and the
 * closing magic). Null when the lengths make no sense: the library then says what is wrong.
 */
async function readSchemaBytes(handle: FileHandle, size: number, isFile: boolean): Promise<Uint8Array | null> {
  const word = Buffer.alloc(4);
  let at: number;
  let length: number;
  if (isFile) {
    if (size < 10) return null;
    await handle.read(word, 0, 4, size - 10);
    length = word.readInt32LE(0);
    at = size - 10 - length;
  } else {
    if (size < 8) return null;
    await handle.read(word, 0, 4, 4);
    length = word.readInt32LE(0);
    at = 8;
  }
  if (length <= 0 || at < 0 || at + length > size) return null;
  const bytes = Buffer.alloc(length);
  await handle.read(bytes, 0, length, at);
  return bytes;
}

/** Whether a stream ends with the end-of-stream message (continuation marker, then a zero length). */
async function endsWithEos(handle: FileHandle, size: number): Promise<boolean> {
  if (size < 8) return false;
  const tail = Buffer.alloc(8);
  await handle.read(tail, 0, 8, size - 8);
  return tail.readUInt32LE(0) === CONTINUATION && tail.readUInt32LE(4) === 0;
}

async function openReader(handle: FileHandle, file: string): Promise<RecordBatchReader> {
  try {
    // A file handle gives the random-access reader for ARROW1 files and a message-by-message stream reader
    // otherwise (apache-arrow declares its own FileHandle type, which Node's matches at run time).
    const reader = await RecordBatchReader.from(handle as unknown as Parameters<typeof RecordBatchReader.from>[0]);
    // autoDestroy would close the handle after the last batch; it is closed once, by readArrow.
    return await reader.open({ autoDestroy: false });
  } catch (error) {
    throw malformed(file, describe(error), error);
  }
}

async function nextBatch(reader: RecordBatchReader, file: string): Promise<RecordBatch | null> {
  try {
    const result = await reader.next();
    return result.done ? null : (result.value as RecordBatch);
  } catch (error) {
    throw malformed(file, describe(error), error);
  }
}

function chunksOf(batch: RecordBatch, fields: TableField[], file: string): ColumnChunk[] {
  try {
    return batch.data.children.map((data, i) => arrowChunk(data, fields[i]));
  } catch (error) {
    if (error instanceof CorruptDataError) throw malformed(file, `record batch data is inconsistent (${error.message})`, error);
    throw error;
  }
}

function malformed(file: string, detail: string, cause?: unknown): InputError {
  return new InputError('arrow-malformed', `not a readable Arrow IPC file: ${detail}`, {
    file,
    hint: 'the file may be truncated or compressed with a codec this build does not include (LZ4, ZSTD)',
    cause,
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
