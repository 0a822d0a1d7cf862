/**
 * `readLog`: the one entry point for reading an event log of any supported format. It checks the file, picks
 * the reader by extension (or `options.format`), and refuses a log without events.
 */
import { open, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { eventCount, type EventLog } from './event-log.js';
import { formatByName, formatForPath, knownExtensions, LOG_FORMATS, type WriteLogOptions } from './formats.js';
import type { ReadLogOptions } from './read-options.js';
import { writeAtomically } from '../util/atomic-write.js';

/**
 * Reads an event log (CSV, XES, .xes.gz, Arrow IPC, Parquet).
 *
 * @example
 * const log = await readLog('fixtures/logs/running-example.xes', { lifecycle: 'all' });
 * console.log(log.caseIds.length, log.activities.length);
 */
export async function readLog(file: string, options: ReadLogOptions = {}): Promise<EventLog> {
  const format = options.format ? formatByName(options.format) : formatForPath(file);
  let size: number;
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw new InputError('not-a-file', 'is a directory, not a log file', { file });
    size = s.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'file-not-found' : 'file-unreadable',
      code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(error)})`, {
        file,
        hint: code === 'ENOENT' ? 'check the path; it is relative to the current directory' : undefined,
        cause: error,
      });
  }
  if (!format) {
    throw new InputError('unsupported-format', 'unknown log format', {
      file,
      hint: `use a file ending in one of ${knownExtensions()}, or pass --input-format`,
    });
  }
  if (size === 0) throw new InputError('empty-file', 'the file is empty', { file });
  await checkReadable(file);
  const log = await format.read(file, options);
  if (eventCount(log) === 0) {
    const dropped = log.info.dropped.count;
    throw new InputError('no-events', dropped > 0 ? `no events left: all ${dropped} were dropped` : 'the log has no events', {
      file,
      hint: dropped > 0 ? `reasons: ${Object.entries(log.info.dropped.reasons).map(([r, n]) => `${r} (${n})`).join(', ')}` : undefined,
    });
  }
  return log;
}

/**
 * Writes an event log in the format of the file's extension, atomically (no half-written file on failure).
 *
 * @example
 * await writeLog(log, 'out/running-example.xes.gz');
 */
export async function writeLog(log: EventLog, file: string, options: WriteLogOptions = {}): Promise<void> {
  const format = formatForPath(file);
  if (!format || !format.write) {
    const writable = LOG_FORMATS.filter((f) => f.write).flatMap((f) => f.extensions).join(', ');
    throw new InputError('unsupported-format', 'cannot write a log in this format', {
      file,
      hint: `use a file ending in one of ${writable}`,
    });
  }
  const write = format.write;
  await writeAtomically(file, (tmp) => write(log, tmp, options));
}

async function checkReadable(file: string): Promise<void> {
  try {
    const handle = await open(file, 'r');
    await handle.close();
  } catch (error) {
    throw new InputError('file-unreadable', `cannot open the file (${(error as NodeJS.ErrnoException).code})`, {
      file,
      cause: error,
    });
  }
}
