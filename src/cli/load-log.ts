/**
 * How every command reads its log: the common flags turned into reader options, progress on a terminal, and
 * (as filters land) the filter flags applied in the order given.
 */
import type { EventLog } from '../log/event-log.js';
import { readLog } from '../log/read-log.js';
import { toReadLogOptions, type LogReadingFlags } from './options.js';
import { createProgress } from './io.js';

export async function loadLog(file: string, flags: LogReadingFlags & { quiet?: boolean }): Promise<EventLog> {
  const options = toReadLogOptions(flags);
  const progress = createProgress(`reading ${file}`, flags);
  try {
    return await readLog(file, { ...options, onProgress: progress.onProgress });
  } finally {
    progress.done();
  }
}
