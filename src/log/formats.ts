/**
 * The log formats procmine reads and writes, keyed by file extension. `readLog`, `writeLog`, `convert` and
 * `--help` all read this registry: a new format is one folder under `log/` plus one entry here. Readers and
 * writers are imported lazily so that a command only loads the libraries it needs (apache-arrow is large).
 */
import type { EventLog } from './event-log.js';
import type { LogFormatName, ReadLogOptions } from './read-options.js';

export interface WriteLogOptions {
  /** CSV delimiter (default `,`). */
  delimiter?: string;
}

export interface LogFormat {
  name: LogFormatName;
  /** lower-case, longest first where they overlap (`.xes.gz` before `.gz`). */
  extensions: string[];
  description: string;
  read(file: string, options: ReadLogOptions): Promise<EventLog>;
  /** Writes `log` to `file` (the caller makes the write atomic). */
  write?(log: EventLog, file: string, options: WriteLogOptions): Promise<void>;
}

export const LOG_FORMATS: LogFormat[] = [
  {
    name: 'csv',
    extensions: ['.csv', '.tsv', '.txt', '.csv.gz', '.tsv.gz'],
    description: 'comma/semicolon/tab separated values (delimiter sniffed), optionally gzipped',
    read: async (file, options) => (await import('./csv/read-csv.js')).readCsv(file, options),
    write: async (log, file, options) => (await import('./csv/write-csv.js')).writeCsv(log, file, options),
  },
  {
    name: 'xes',
    extensions: ['.xes', '.xes.gz'],
    description: 'IEEE 1849 XES, plain or gzipped',
    read: async (file, options) => (await import('./xes/read-xes.js')).readXes(file, options),
    write: async (log, file) => (await import('./xes/write-xes.js')).writeXes(log, file),
  },
  {
    name: 'arrow',
    extensions: ['.arrow', '.arrows', '.feather', '.ipc'],
    description: 'Apache Arrow IPC, file or stream format',
    read: async (file, options) => (await import('./arrow/read-arrow.js')).readArrow(file, options),
    write: async (log, file) => (await import('./arrow/write-arrow.js')).writeArrow(log, file),
  },
  {
    name: 'parquet',
    extensions: ['.parquet', '.pq'],
    description: 'Apache Parquet',
    read: async (file, options) => (await import('./parquet/read-parquet.js')).readParquet(file, options),
    write: async (log, file) => (await import('./parquet/write-parquet.js')).writeParquet(log, file),
  },
];

/** The format for a file name, from its extension; undefined when none matches. */
export function formatForPath(file: string): LogFormat | undefined {
  const lower = file.toLowerCase();
  let best: LogFormat | undefined;
  let bestLength = 0;
  for (const format of LOG_FORMATS) {
    for (const ext of format.extensions) {
      if (lower.endsWith(ext) && ext.length > bestLength) {
        best = format;
        bestLength = ext.length;
      }
    }
  }
  return best;
}

export function formatByName(name: LogFormatName): LogFormat {
  const format = LOG_FORMATS.find((f) => f.name === name);
  if (!format) throw new Error(`unknown log format ${name}`);
  return format;
}

/** "`.csv`, `.tsv`, …" for error messages and help. */
export function knownExtensions(): string {
  return LOG_FORMATS.flatMap((f) => f.extensions).join(', ');
}
