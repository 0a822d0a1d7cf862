/**
 * Writes an event log as a Parquet file (hyparquet-writer, Snappy) in the flat table layout, one row group per
 * 100k events built from the log's arrays and flushed to disk before the next. The column types, and what
 * Parquet cannot say on its own, are described in `parquet-columns.ts`.
 */
import { open } from 'node:fs/promises';
import { ParquetWriter, type SchemaElement } from 'hyparquet-writer';
import { eventCount, type EventLog } from '../event-log.js';
import { eventCaseIndex, tableColumns } from '../table-layout.js';
import { TYPES_METADATA_KEY } from '../table/attribute-metadata.js';
import { FileByteWriter } from './file-byte-writer.js';
import { parquetColumn } from './parquet-columns.js';

const GROUP_ROWS = 100_000;

/**
 * Writes `log` to `file` as Parquet.
 *
 * @example
 * await writeParquet(log, 'out/events.parquet');
 */
export async function writeParquet(log: EventLog, file: string, options: { groupRows?: number } = {}): Promise<void> {
  const caseOf = eventCaseIndex(log);
  const columns = tableColumns(log).map((c) => parquetColumn(c, log, caseOf));
  const schema: SchemaElement[] = [{ name: 'schema', num_children: columns.length }, ...columns.map((c) => c.element)];
  const labels: Record<string, string> = {};
  for (const c of columns) if (c.label !== undefined) labels[c.element.name] = c.label;
  const total = eventCount(log);
  const step = Math.max(1, options.groupRows ?? GROUP_ROWS);

  const handle = await open(file, 'w');
  try {
    const writer = new ParquetWriter({
      writer: new FileByteWriter(handle),
      schema,
      kvMetadata: [{ key: TYPES_METADATA_KEY, value: JSON.stringify(labels) }],
      createdBy: 'procmine',
    });
    for (let from = 0; from < total; from += step) {
      const to = Math.min(total, from + step);
      const columnData = columns.map((c) => ({ name: c.element.name, data: c.values(from, to), encoding: c.encoding }));
      await writer.write({ columnData, rowGroupSize: to - from });
    }
    await writer.finish();
  } finally {
    await handle.close();
  }
}
