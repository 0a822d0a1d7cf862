/**
 * Chooses the parser of each timestamp column: the explicit `--timestamp-format`, or detection over the first
 * 1000 non-empty values of the column. When those leave day-first against month-first open, the rest of the
 * column is read too (a second pass over that column only) before the column is reported as ambiguous.
 */
import { createTimestampParser, createDetectedParser, type TimestampParser } from '../timestamps.js';
import { TimestampDetector } from '../timestamps/detect-format.js';
import { streamCsvRecords } from './csv-source.js';

export const SAMPLE_LIMIT = 1000;

export interface TimestampColumn {
  /** 0-based field index. */
  index: number;
  name: string;
}

export interface TimestampChoice {
  timestampFormat?: string;
  timezone?: string;
}

/** One parser per column, in the order given. Throws `timestamp-ambiguous` / `timestamp-unparseable` InputErrors. */
export async function chooseTimestampParsers(
  file: string,
  delimiter: string,
  width: number,
  columns: readonly TimestampColumn[],
  choice: TimestampChoice,
): Promise<TimestampParser[]> {
  if (choice.timestampFormat !== undefined) {
    return columns.map(() => createTimestampParser(choice.timestampFormat!, choice.timezone));
  }
  const detectors = columns.map(
    (c) => new TimestampDetector({ column: c.name, file, columnNumber: c.index + 1, timezone: choice.timezone }),
  );
  await offerValues(file, delimiter, width, columns, detectors, SAMPLE_LIMIT);
  const open = columns.filter((_, k) => detectors[k].ambiguous);
  if (open.length > 0) {
    const again = open.map((c) => new TimestampDetector({ column: c.name, file, columnNumber: c.index + 1 }));
    await offerValues(file, delimiter, width, open, again, Infinity);
    open.forEach((c, k) => (detectors[columns.indexOf(c)] = again[k]));
  }
  return detectors.map((d) => createDetectedParser(d.result(), choice.timezone));
}

/** Offers each column's non-empty values to its detector until every detector has `limit` (or is settled). */
async function offerValues(
  file: string,
  delimiter: string,
  width: number,
  columns: readonly TimestampColumn[],
  detectors: TimestampDetector[],
  limit: number,
): Promise<void> {
  let header = true;
  let rows = 0;
  await streamCsvRecords(file, delimiter, (record, control) => {
    if (header) {
      header = false;
      return;
    }
    if (record.count !== width || record.malformedField !== 0) return;
    let done = true;
    for (let k = 0; k < columns.length; k++) {
      const d = detectors[k];
      if (d.count >= limit) continue;
      const i = columns[k].index;
      if (!record.isEmpty(i)) d.offer(record.text(i), record.line);
      if (d.count < limit) done = false;
    }
    // A full scan stops as soon as no column is ambiguous any more (checked now and then: it is not free).
    if (limit === Infinity && ++rows % 1024 === 0 && detectors.every((x) => !x.ambiguous)) done = true;
    if (done) control.stop();
  });
}
