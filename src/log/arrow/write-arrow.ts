/**
 * Writes an event log as an Arrow IPC file (a stream for `.arrows`) in the flat table layout (`tableColumns`), in
 * record batches of 64k events cut straight from the log's arrays; each column's dictionary is written once. Bytes
 * go to disk batch by batch, so the file is never assembled in memory. Column types: see `arrow-columns.ts`.
 */
import { open } from 'node:fs/promises';
import { makeData, RecordBatch, RecordBatchFileWriter, RecordBatchStreamWriter, Schema, Struct, type RecordBatchWriter } from 'apache-arrow';
import { eventCount, type EventLog } from '../event-log.js';
import { eventCaseIndex, tableColumns } from '../table-layout.js';
import { arrowColumn } from './arrow-columns.js';

const BATCH_ROWS = 65_536;

/**
 * Writes `log` to `file` as an Arrow IPC file, or as an Arrow IPC stream when the name ends in `.arrows`.
 *
 * @example
 * await writeArrow(log, 'out/events.arrow');
 */
export async function writeArrow(log: EventLog, file: string, options: { batchRows?: number } = {}): Promise<void> {
  const caseOf = eventCaseIndex(log);
  let dictionaryId = 0;
  const columns = tableColumns(log).map((c) => arrowColumn(c, log, caseOf, () => dictionaryId++));
  const schema = new Schema(columns.map((c) => c.field));
  const structType = new Struct(schema.fields);
  const total = eventCount(log);
  const step = Math.max(1, options.batchRows ?? BATCH_ROWS);

  const handle = await open(file, 'w');
  try {
    const writer: RecordBatchWriter = file.toLowerCase().endsWith('.arrows') ? new RecordBatchStreamWriter() : new RecordBatchFileWriter();
    const drain = createDrain(writer, (bytes) => handle.write(bytes).then(() => undefined));
    // An empty log still gets one (empty) batch so that the file carries its schema.
    for (let from = 0; from < total || from === 0; from += step) {
      const to = Math.min(total, from + step);
      const children = columns.map((c) => c.slice(from, to));
      writer.write(new RecordBatch(schema, makeData({ type: structType, length: to - from, nullCount: 0, children })));
      await drain(false);
      if (total === 0) break;
    }
    writer.close();
    await drain(true);
  } finally {
    await handle.close();
  }
}

/**
 * Moves the bytes the writer has queued to `sink`. The writer's queue hands out what it holds at once and
 * otherwise waits, so racing `next()` against an already-settled promise tells "drained" from "more".
 */
function createDrain(writer: RecordBatchWriter, sink: (bytes: Uint8Array) => Promise<void>): (untilClosed: boolean) => Promise<void> {
  const queue = writer[Symbol.asyncIterator]();
  const idle = Symbol('idle');
  let pending: Promise<IteratorResult<Uint8Array>> | null = null;
  return async (untilClosed) => {
    for (;;) {
      const next: Promise<IteratorResult<Uint8Array>> = pending ?? queue.next();
      pending = null;
      const result = untilClosed ? await next : await Promise.race([next, Promise.resolve(idle)]);
      if (result === idle) {
        pending = next;
        return;
      }
      if (result.done) return;
      await sink(result.value);
    }
  };
}
