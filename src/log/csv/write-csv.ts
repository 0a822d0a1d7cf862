/**
 * Writes an event log as CSV in the flat table layout (`case:concept:name`, `concept:name`, `time:timestamp`,
 * `start_timestamp`, `org:resource`, event attributes, `case:<key>` case attributes): RFC 4180 quoting only
 * where a field needs it, LF line ends, instants as ISO 8601 UTC with milliseconds, missing values empty.
 * The text is streamed to the file (gzipped for `.gz`) in blocks, never built whole.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import type { Writable } from 'node:stream';
import type { Column, EventLog } from '../event-log.js';
import { tableColumns, type TableColumn } from '../table-layout.js';
import { formatIsoUtc } from '../../util/iso-time.js';
import { resolveDelimiter } from './csv-delimiter.js';
import { createFieldQuoter } from './quote-field.js';

export interface WriteCsvOptions {
  /** one character; default `,`. */
  delimiter?: string;
}

const BLOCK = 1 << 20;

/**
 * Writes `log` to `file` as CSV.
 *
 * @example
 * await writeCsv(log, 'out/log.csv', { delimiter: ';' });
 */
export async function writeCsv(log: EventLog, file: string, options: WriteCsvOptions = {}): Promise<void> {
  const delimiter = options.delimiter === undefined ? ',' : resolveDelimiter(options.delimiter);
  const quote = createFieldQuoter(delimiter);
  const columns = tableColumns(log);
  const cell = columns.map((c) => cellWriter(log, c));
  const perCase = columns.map((c) => c.kind === 'case' || c.kind === 'case-attribute');

  const fileStream = createWriteStream(file);
  const out: Writable = file.toLowerCase().endsWith('.gz') ? createGzip() : fileStream;
  if (out !== fileStream) out.pipe(fileStream);
  const failed = new Promise<never>((_, reject) => {
    fileStream.on('error', reject);
    out.on('error', reject);
  });
  failed.catch(() => undefined);

  let block = columns.map((c) => quote(c.name)).join(delimiter) + '\n';
  const flush = async (): Promise<void> => {
    const text = block;
    block = '';
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  const caseCells = new Array<string>(columns.length);
  for (let c = 0; c + 1 < log.caseOffsets.length; c++) {
    for (let k = 0; k < columns.length; k++) if (perCase[k]) caseCells[k] = quote(cell[k](c));
    for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) {
      let line = '';
      for (let k = 0; k < columns.length; k++) {
        if (k > 0) line += delimiter;
        line += perCase[k] ? caseCells[k] : quote(cell[k](e));
      }
      block += line + '\n';
      if (block.length >= BLOCK) await flush();
    }
  }
  await flush();
  out.end();
  await Promise.race([once(fileStream, 'close'), failed]);
}

/** The text of one column at a row (an event, or a case for case columns); '' where missing. */
function cellWriter(log: EventLog, column: TableColumn): (row: number) => string {
  switch (column.kind) {
    case 'case':
      return (c) => log.caseIds[c];
    case 'activity':
      return (e) => log.activityNames[log.activities[e]];
    case 'timestamp':
      return (e) => formatIsoUtc(log.timestamps[e]);
    case 'start':
      return (e) => formatIsoUtc(log.startTimestamps![e]);
    case 'resource':
      return (e) => (log.resources![e] < 0 ? '' : log.resourceNames[log.resources![e]]);
    default:
      return attributeWriter(column.column);
  }
}

function attributeWriter(column: Column): (row: number) => string {
  switch (column.type) {
    case 'string':
    case 'id':
    case 'list': {
      const { codes, dictionary } = column;
      return (i) => (codes[i] < 0 ? '' : dictionary[codes[i]]);
    }
    case 'boolean': {
      const values = column.values;
      return (i) => (values[i] < 0 ? '' : values[i] === 1 ? 'true' : 'false');
    }
    case 'date': {
      const values = column.values;
      return (i) => formatIsoUtc(values[i]);
    }
    default: {
      const values = column.values;
      return (i) => (Number.isNaN(values[i]) ? '' : String(values[i]));
    }
  }
}
