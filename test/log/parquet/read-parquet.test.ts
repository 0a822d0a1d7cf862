/**
 * Unit tier for the Parquet reader: the column types other writers use (plain and dictionary strings, INT32 case
 * ids, TIMESTAMP in each unit with and without UTC adjustment, DATE, INT96 from pandas, JSON, nested lists),
 * nulls and --skip-invalid across row groups, compression codecs, and files it cannot read.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { columnValue, type EventLog } from '../../../src/log/event-log.js';
import { MS_PARSERS, parquetField } from '../../../src/log/parquet/parquet-chunks.js';
import { readParquet } from '../../../src/log/parquet/read-parquet.js';
import { plainLog } from '../../helpers/log-equal.js';
import { text, writeBytes, writeParquetTable, type TestColumn } from './parquet-files.js';

const T = Date.UTC(2024, 2, 1, 9, 30);
const MIN = 60_000;

const timestamp = (name: string, unit: 'MILLIS' | 'MICROS' | 'NANOS', utc: boolean, data: (bigint | null)[]): TestColumn => ({
  element: { name, type: 'INT64', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: utc, unit }, repetition_type: 'OPTIONAL' },
  data,
});

function attribute(log: EventLog, key: string): unknown[] {
  const column = log.eventAttributes.get(key)!;
  return Array.from({ length: log.activities.length }, (_, e) => {
    const v = columnValue(column, e);
    return v instanceof Date ? v.toISOString() : v;
  });
}

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('readParquet: column types', () => {
  it('reads timestamps in every unit, keeping sub-millisecond fractions', async () => {
    const file = writeParquetTable([
      text('case_id', ['a', 'a', 'a']),
      text('activity', ['x', 'y', 'z']),
      timestamp('timestamp', 'MICROS', true, [BigInt(T) * 1000n, BigInt(T) * 1000n + 1500n, -1n]),
      timestamp('nanos', 'NANOS', true, [BigInt(T) * 1_000_000n + 250_000n, -1_500_000n, null]),
      timestamp('millis', 'MILLIS', true, [BigInt(T), null, -1n]),
      { element: { name: 'day', type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' }, data: [19783, null, -1] },
    ]);
    const log = await readParquet(file, { lifecycle: 'all' });
    expect(Array.from(log.timestamps)).toEqual([-0.001, T, T + 1.5]);
    expect(Array.from((log.eventAttributes.get('nanos') as { values: Float64Array }).values)).toEqual([NaN, T + 0.25, -1.5]);
    expect(attribute(log, 'millis')).toEqual(['1969-12-31T23:59:59.999Z', '2024-03-01T09:30:00.000Z', undefined]);
    expect(attribute(log, 'day')).toEqual(['1969-12-31T00:00:00.000Z', '2024-03-01T00:00:00.000Z', undefined]);
  });

  it('reads timestamps not adjusted to UTC in --timezone when given', async () => {
    const columns = () => [text('case', ['a']), text('activity', ['x']), timestamp('time', 'MILLIS', false, [BigInt(T)])];
    expect((await readParquet(writeParquetTable(columns()))).timestamps[0]).toBe(T);
    expect((await readParquet(writeParquetTable(columns()), { timezone: 'America/New_York' })).timestamps[0]).toBe(T + 5 * 3_600_000);
  });

  it('takes INT96 as pandas legacy timestamps and converts nanoseconds exactly', () => {
    const node = { element: { name: 'ts', type: 'INT96' as const }, children: [], count: 1, path: ['ts'] };
    expect(parquetField(node, {})).toEqual({ name: 'ts', type: 'date', zoneless: false, declared: 'INT96' });
    expect(MS_PARSERS.timestampFromNanoseconds!(BigInt(T) * 1_000_000n + 1n)).toBe(T + 0.000001);
    expect(MS_PARSERS.timestampFromNanoseconds!(-1n)).toBe(-0.000001);
    expect(MS_PARSERS.timestampFromMicroseconds!(-1500n)).toBe(-1.5);
  });

  it('types columns by their Parquet type; JSON and nested columns become text of type list', async () => {
    const file = writeParquetTable([
      { element: { name: 'case:concept:name', type: 'INT32', repetition_type: 'REQUIRED' }, data: [7, 7, 8] },
      text('concept:name', ['a', 'b', 'a'], true),
      timestamp('time:timestamp', 'MILLIS', true, [1n, 2n, 3n]),
      { element: { name: 'count', type: 'INT64', repetition_type: 'OPTIONAL' }, data: [1n, null, -(2n ** 60n)] },
      { element: { name: 'price', type: 'DOUBLE', repetition_type: 'OPTIONAL' }, data: [1.5, 2, null] },
      { element: { name: 'ok', type: 'BOOLEAN', repetition_type: 'OPTIONAL' }, data: [true, null, false] },
      { element: { name: 'meta', type: 'BYTE_ARRAY', converted_type: 'JSON', repetition_type: 'OPTIONAL' }, data: [{ a: 1 }, null, [1, 2]] },
      {
        element: { name: 'tags', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
        children: [
          { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
          { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
        ],
        data: [['x', 'y'], null, []],
      },
      text('note', ['é', null, '']),
    ]);
    const log = await readParquet(file, { lifecycle: 'all' });
    expect(log.caseIds).toEqual(['7', '8']);
    const types = Object.fromEntries([...log.eventAttributes].map(([k, c]) => [k, c.type]));
    expect(types).toEqual({ count: 'int', price: 'float', ok: 'boolean', meta: 'list', tags: 'list', note: 'string' });
    expect(attribute(log, 'count')).toEqual([1, undefined, -(2 ** 60)]);
    expect(attribute(log, 'ok')).toEqual([true, undefined, false]);
    expect(attribute(log, 'meta')).toEqual(['{"a":1}', undefined, '[1,2]']);
    expect(attribute(log, 'tags')).toEqual(['["x","y"]', undefined, '[]']);
    expect(attribute(log, 'note')).toEqual(['é', undefined, '']);
  });

  it('parses text timestamps with the detected format', async () => {
    const log = await readParquet(
      writeParquetTable([text('Case ID', ['a', 'a']), text('Activity', ['x', 'y']), text('Complete Timestamp', ['2024/03/01 09:30:00', '2024/03/01 09:31:00'])]),
      { lifecycle: 'all' },
    );
    expect(Array.from(log.timestamps)).toEqual([T, T + MIN]);
    expect(log.info.columns).toEqual({ case: 'Case ID', activity: 'Activity', timestamp: 'Complete Timestamp' });
  });
});

describe('readParquet: invalid rows and row groups', () => {
  const file = () =>
    writeParquetTable(
      [
        text('case', ['a', 'a', 'b', null, 'b']),
        text('activity', ['x', 'y', 'x', 'y', null]),
        timestamp('time', 'MILLIS', true, [1n, 2n, null, 4n, 5n]),
      ],
      { rowGroupSize: 2 },
    );

  it('numbers rows across row groups in errors', async () => {
    const error = await inputError(readParquet(file()));
    expect([error.code, error.line, error.column, error.message]).toEqual(['missing-value', 3, 3, "row 3: no value in column 'time'"]);
  });

  it('drops invalid rows with --skip-invalid', async () => {
    const log = await readParquet(file(), { skipInvalid: true, lifecycle: 'all' });
    expect(plainLog(log).map((c) => [c.id, c.events.map((e) => e.activity)])).toEqual([['a', ['x', 'y']]]);
    expect(log.info.dropped.reasons).toEqual({ 'missing timestamp': 1, 'missing case id': 1, 'missing activity': 1 });
    expect(log.info.dropped.examples.map((e) => e.line)).toEqual([3, 4, 5]);
  });
});

describe('readParquet: codecs and unreadable files', () => {
  const columns = () => [text('case', ['a', 'b']), text('activity', ['x', 'y']), timestamp('time', 'MILLIS', true, [1n, 2n])];

  it('reads uncompressed and GZIP files', async () => {
    const plain = await readParquet(writeParquetTable(columns(), { codec: 'UNCOMPRESSED' }), { lifecycle: 'all' });
    const gzip = await readParquet(writeParquetTable(columns(), { codec: 'GZIP', compressors: { GZIP: (b) => new Uint8Array(gzipSync(b)) } }), {
      lifecycle: 'all',
    });
    expect(plainLog(gzip)).toEqual(plainLog(plain));
    expect(plain.activities.length).toBe(2);
  });

  it('refuses a codec it cannot decompress with a hint', async () => {
    // Only the codec name in the file matters: nothing here can decompress LZ4.
    const file = writeParquetTable(columns(), { codec: 'ZSTD', compressors: { ZSTD: (b) => b } });
    const bytes = readFileSync(file);
    // Rename the codec in the footer from ZSTD (6) to LZ4_RAW (7): thrift field 4 of ColumnMetaData is the codec.
    const error = await inputError(readParquet(writeBytes(renameCodec(bytes))));
    expect(error.code).toBe('parquet-unsupported-codec');
    expect(error.hint).toMatch(/Snappy/);
  });

  it('refuses a file that is not Parquet, and truncated ones, with parquet-malformed', async () => {
    const notParquet = await inputError(readParquet(writeBytes(new TextEncoder().encode('case,activity\n1,a\n'))));
    expect(notParquet.code).toBe('parquet-malformed');
    const bytes = readFileSync('fixtures/logs/running-example.parquet');
    for (const keep of [4, 100, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const error = await inputError(readParquet(writeBytes(bytes.subarray(0, keep))));
      expect(error.code, `cut at ${keep} of ${bytes.length}`).toBe('parquet-malformed');
    }
    const corrupt = Uint8Array.from(bytes);
    corrupt.fill(0x55, 4, 1200);
    expect((await inputError(readParquet(writeBytes(corrupt)))).code).toBe('parquet-malformed');
  });
});

/** Rewrites every ZSTD codec entry of a footer written by hyparquet-writer into LZ4_RAW. */
function renameCodec(bytes: Uint8Array): Uint8Array {
  const out = Uint8Array.from(bytes);
  const footerLength = new DataView(out.buffer).getUint32(out.length - 8, true);
  const start = out.length - 8 - footerLength;
  // Compact thrift: field 4 (codec, i32) right after field 3 (path_in_schema list) is written as 0x15 + zigzag(6) = 0x0c.
  for (let i = start; i < out.length - 8; i++) if (out[i] === 0x15 && out[i + 1] === 0x0c) out[i + 1] = 0x0e;
  return out;
}
