/**
 * `readXes`: streams an XES file (plain, or gzip by its magic bytes) chunk by chunk through the XML tokenizer into
 * an {@link EventLogBuilder}; the text is never held whole. Differences from pm4py: see xes-handler.ts,
 * attribute-reader.ts and parse-xs-date-time.ts.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { InputError } from '../../errors.js';
import { EventLogBuilder } from '../builder.js';
import type { ColumnMapping, EventLog } from '../event-log.js';
import type { ReadLogOptions } from '../read-options.js';
import { XesHandler } from './xes-handler.js';
import { CORE_KEYS, XES_NAMES } from './xes-vocabulary.js';
import { XmlTokenizer } from './xml-tokenizer.js';

const PROGRESS_STEP = 4 * 1024 * 1024;

/**
 * Reads an XES event log: each trace a case, each event an event, attributes typed as the file declares them.
 *
 * @example
 * const log = await readXes('fixtures/logs/running-example.xes', { lifecycle: 'all' });
 */
export async function readXes(file: string, options: ReadLogOptions = {}): Promise<EventLog> {
  const { gzip, size } = await inspectFile(file);
  const columns: ColumnMapping = { case: 'case:concept:name', activity: 'concept:name', timestamp: 'time:timestamp' };
  const builder = new EventLogBuilder({ source: file, format: 'xes', columns, lifecycle: options.lifecycle });
  const handler = new XesHandler(builder, columns, file, options);
  const tokenizer = new XmlTokenizer(handler, { file, knownNames: XES_NAMES, knownValues: CORE_KEYS });
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  const onProgress = options.onProgress;
  let reported = 0;
  // pipeline() reports the stream's abort rather than the error that caused it, so keep ours.
  let failure: unknown;
  const consume = async (source: AsyncIterable<Buffer>): Promise<void> => {
    try {
      for await (const chunk of source) {
        tokenizer.feed(chunk);
        if (onProgress !== undefined && input.bytesRead - reported >= PROGRESS_STEP) {
          reported = input.bytesRead;
          onProgress(reported, size);
        }
      }
    } catch (error) {
      failure ??= error;
      throw error;
    }
  };
  try {
    if (gzip) await pipeline(input, createGunzip({ chunkSize: 1 << 18 }), consume);
    else await pipeline(input, consume);
  } catch (error) {
    throw toInputError(failure ?? error, file);
  }
  tokenizer.end();
  handler.finish();
  onProgress?.(size, size);
  return builder.build();
}

/** Whether the file starts with the gzip magic bytes (1f 8b), and its size. */
async function inspectFile(file: string): Promise<{ gzip: boolean; size: number }> {
  let handle;
  try {
    handle = await open(file, 'r');
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    const { size } = await handle.stat();
    return { gzip: bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b, size };
  } catch (error) {
    throw toInputError(error, file);
  } finally {
    await handle?.close();
  }
}

function toInputError(error: unknown, file: string): unknown {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'Z_BUF_ERROR') {
    return new InputError('gzip-truncated', 'the gzip stream ends early (truncated file?)', { file, cause: error });
  }
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return new InputError('gzip-corrupt', `the gzip data is corrupt (${(error as Error).message})`, { file, cause: error });
  }
  if (code === 'ENOENT') return new InputError('file-not-found', 'no such file', { file, cause: error });
  if (typeof code === 'string' && code.startsWith('E')) {
    return new InputError('file-unreadable', `cannot read the file (${code})`, { file, cause: error });
  }
  return error;
}
