/**
 * Reads an event log from a CSV file (plain or gzipped): sniffs the delimiter, maps the columns, detects the
 * timestamp format from the first values, then streams every row into an EventLogBuilder. Malformed rows are
 * InputErrors naming file, line and column, or with `skipInvalid` dropped and counted.
 */
import { InputError } from '../../errors.js';
import { EventLogBuilder } from '../builder.js';
import { resolveColumnMapping } from '../column-mapping.js';
import type { EventLog } from '../event-log.js';
import type { ReadLogOptions } from '../read-options.js';
import { createTimestampParser } from '../timestamps.js';
import { checkTimezone } from '../timestamps/zone-offset.js';
import { resolveDelimiter, sniffDelimiter } from './csv-delimiter.js';
import { makeColumnNamesUnique } from './csv-header.js';
import { planColumns } from './csv-plan.js';
import { CsvRowReader } from './csv-row-reader.js';
import { readCsvHead, streamCsvRecords } from './csv-source.js';
import { CsvTokenizer, UnterminatedQuoteError } from './csv-tokenizer.js';
import { chooseTimestampParsers, type TimestampColumn } from './sample-timestamps.js';

/**
 * Reads a CSV event log.
 *
 * @example
 * const log = await readCsv('fixtures/logs/running_example.csv', { timezone: 'Europe/Amsterdam' });
 */
export async function readCsv(file: string, options: ReadLogOptions = {}): Promise<EventLog> {
  const head = await readCsvHead(file);
  const delimiter = options.delimiter !== undefined ? resolveDelimiter(options.delimiter) : sniffDelimiter(head);
  const names = makeColumnNamesUnique(readHeader(head, delimiter, file));
  const flags = { ...options };
  if (options.classifier !== undefined && options.activity === undefined) {
    // A classifier names the activity columns itself; the mapping only needs one of them to exist.
    flags.activity = options.classifier.split('+')[0].trim();
  }
  const mapping = mapColumns(names, flags, file);
  const plan = planColumns(names, mapping, options.classifier, file);

  const timeColumns: TimestampColumn[] = [{ index: plan.timestamp, name: names[plan.timestamp] }];
  if (plan.start >= 0) timeColumns.push({ index: plan.start, name: names[plan.start] });
  // An unknown zone is a usage error even where it would not be used (epoch values carry their own zone).
  if (options.timezone !== undefined) checkTimezone(options.timezone);
  const [time, start] = await chooseTimestampParsers(file, delimiter, plan.width, timeColumns, options);

  const builder = new EventLogBuilder({ source: file, format: 'csv', columns: plan.mapping, lifecycle: options.lifecycle });
  builder.delimiter = delimiter;
  builder.timestampFormat = start !== undefined && start.format !== time.format ? `${time.format}; start: ${start.format}` : time.format;
  const rows = new CsvRowReader(plan, builder, {
    file,
    time,
    start: start ?? null,
    skipInvalid: options.skipInvalid === true,
    lifecycle: options.lifecycle,
  });
  await streamCsvRecords(file, delimiter, (record) => rows.add(record), { onProgress: options.onProgress });
  return builder.build();
}

/** The header row's cells. Throws `csv-no-header` for a file without any row. */
function readHeader(head: Buffer, delimiter: string, file: string): string[] {
  let cells: string[] | undefined;
  let malformed = 0;
  const tokenizer = new CsvTokenizer(delimiter, (record) => {
    cells = [];
    for (let i = 0; i < record.count; i++) cells.push(record.text(i));
    malformed = record.malformedField;
    tokenizer.stop();
  });
  try {
    tokenizer.push(head);
    tokenizer.end();
  } catch (error) {
    if (!(error instanceof UnterminatedQuoteError)) throw error;
    throw new InputError('csv-quote', 'a quoted field of the header row is never closed', {
      file,
      line: error.line,
      column: error.field,
      hint: 'close the quote, or double quotes inside a quoted field ("")',
    });
  }
  if (cells === undefined) {
    throw new InputError('csv-no-header', 'the file has no header row', { file, line: 1, hint: 'the first line must name the columns' });
  }
  if (malformed !== 0) {
    throw new InputError('csv-quote', `header field ${malformed} has text after its closing quote`, { file, line: 1, column: malformed });
  }
  return cells;
}

/** The column mapping; a first row that looks like data gets a clearer message than "no case column". */
function mapColumns(names: string[], flags: ReadLogOptions, file: string) {
  try {
    return resolveColumnMapping(names, flags, file);
  } catch (error) {
    if (error instanceof InputError && error.code === 'column-not-found' && looksLikeData(names)) {
      throw new InputError('csv-no-header', 'the first row looks like data, not a header naming the columns', {
        file,
        line: 1,
        hint: 'add a header row (e.g. case_id,activity,timestamp), or name the columns with --case, --activity and --timestamp',
        cause: error,
      });
    }
    throw error;
  }
}

function looksLikeData(names: string[]): boolean {
  const iso = createTimestampParser('iso');
  return names.some((n) => !Number.isNaN(iso.parse(n)) || /^-?\d+(\.\d+)?$/.test(n));
}
