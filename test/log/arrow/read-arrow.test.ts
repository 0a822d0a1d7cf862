/**
 * Unit tier for the Arrow reader: both IPC formats, the column types other tools write (plain and dictionary
 * strings, timestamps in every unit with and without zone, dates, epoch numbers, text, nested values), nulls,
 * --skip-invalid, lifecycle pairing, flags, and files it cannot read.
 */
import { readFileSync } from 'node:fs';
import {
  Bool,
  DateDay,
  Decimal,
  Dictionary,
  Field,
  Float64,
  Int16,
  Int32,
  Int64,
  Int8,
  LargeUtf8,
  List,
  makeData,
  makeVector,
  Struct,
  TimestampMicrosecond,
  TimestampMillisecond,
  TimestampNanosecond,
  TimestampSecond,
  Uint64,
  Utf8,
  vectorFromArray,
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readArrow } from '../../../src/log/arrow/read-arrow.js';
import { locateSchemaFields, schemaDamage } from '../../../src/log/arrow/schema-guard.js';
import { columnValue, type EventLog } from '../../../src/log/event-log.js';
import { plainLog } from '../../helpers/log-equal.js';
import { int64Vector, writeArrowTable, writeBytes } from './arrow-files.js';

const T = Date.UTC(2024, 2, 1, 9, 30);
const MIN = 60_000;

function basicColumns() {
  return {
    case_id: vectorFromArray(['c1', 'c1', 'c2', 'c1'], new Utf8()),
    Activity: vectorFromArray(['register', 'check', 'register', 'decide'], new Dictionary(new Utf8(), new Int8())),
    timestamp: int64Vector(new TimestampNanosecond('Europe/Amsterdam'), [T, T + MIN, T + 2 * MIN, T + 3 * MIN].map((ms) => BigInt(ms) * 1_000_000n)),
    Resource: vectorFromArray(['ann', null, 'bob', 'ann'], new Utf8()),
  };
}

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

describe('readArrow: formats', () => {
  it('reads the file format and the stream format alike, detecting the common column names', async () => {
    const fromFile = await readArrow(writeArrowTable(basicColumns(), 'file'), { lifecycle: 'all' });
    const fromStream = await readArrow(writeArrowTable(basicColumns(), 'stream'), { lifecycle: 'all' });
    expect(fromFile.info.format).toBe('arrow');
    expect(fromFile.info.columns).toEqual({ case: 'case_id', activity: 'Activity', timestamp: 'timestamp', resource: 'Resource' });
    expect(plainLog(fromStream)).toEqual(plainLog(fromFile));
    expect(plainLog(fromFile)).toEqual([
      {
        id: 'c1',
        attributes: {},
        events: [
          { activity: 'register', timestamp: '2024-03-01T09:30:00.000Z', resource: 'ann', attributes: {} },
          { activity: 'check', timestamp: '2024-03-01T09:31:00.000Z', resource: null, attributes: {} },
          { activity: 'decide', timestamp: '2024-03-01T09:33:00.000Z', resource: 'ann', attributes: {} },
        ],
      },
      {
        id: 'c2',
        attributes: {},
        events: [{ activity: 'register', timestamp: '2024-03-01T09:32:00.000Z', resource: 'bob', attributes: {} }],
      },
    ]);
    expect(fromStream.info.warnings).toEqual([]);
  });

  it('follows a stream whose dictionary is replaced between record batches', async () => {
    const dictType = new Dictionary(new Utf8(), new Int32(), 0);
    const batch = (cases: string[], codes: number[], ms: number[]) => ({
      case: makeVector(makeData({ type: dictType, length: codes.length, data: Int32Array.from(codes), dictionary: vectorFromArray(cases, new Utf8()) })),
      activity: vectorFromArray(codes.map((c) => `a${c}`), new Utf8()),
      time: int64Vector(new TimestampMillisecond(), ms.map(BigInt)),
    });
    const first = batch(['x', 'y'], [0, 1, 0], [1, 2, 3]);
    const second = batch(['y', 'z'], [0, 1, 1], [4, 5, 6]);
    const columns = {
      case: first.case.concat(second.case),
      activity: first.activity.concat(second.activity),
      time: first.time.concat(second.time),
    };
    const log = await readArrow(writeArrowTable(columns, 'stream'), { lifecycle: 'all' });
    expect(plainLog(log).map((c) => [c.id, c.events.map((e) => e.activity)])).toEqual([
      ['x', ['a0', 'a0']],
      ['y', ['a1', 'a0']],
      ['z', ['a1', 'a1']],
    ]);
  });

  it('warns when a stream has no end-of-stream marker', async () => {
    const bytes = readFileSync(writeArrowTable(basicColumns(), 'stream'));
    const log = await readArrow(writeBytes(bytes.subarray(0, bytes.length - 8), 'arrows'), { lifecycle: 'all' });
    expect(log.activities.length).toBe(4);
    expect(log.info.warnings.join()).toMatch(/end-of-stream/);
  });
});

describe('readArrow: column types', () => {
  it('converts timestamps in every unit to epoch ms, keeping sub-millisecond fractions', async () => {
    const file = writeArrowTable({
      case: vectorFromArray(['a', 'a', 'a', 'a'], new Utf8()),
      activity: vectorFromArray(['s', 'ms', 'us', 'ns'], new Utf8()),
      time: int64Vector(new TimestampMicrosecond('UTC'), [T * 1000, T * 1000 + 1, T * 1000 + 2, T * 1000 + 3].map((v) => BigInt(v))),
      seconds: int64Vector(new TimestampSecond(), [BigInt(T / 1000), -1n, 0n, 1n]),
      millis: int64Vector(new TimestampMillisecond('UTC'), [BigInt(T), -1n, 0n, 1n]),
      nanos: int64Vector(new TimestampNanosecond(), [BigInt(T) * 1_000_000n + 250_000n, -1_500_000n, 0n, 1n]),
      day: makeVector(makeData({ type: new DateDay(), length: 4, data: Int32Array.from([19783, -1, 0, 1]) })),
    });
    const log = await readArrow(file, { lifecycle: 'all' });
    expect(Array.from(log.timestamps)).toEqual([T, T + 0.001, T + 0.002, T + 0.003]);
    const values = (key: string) => Array.from((log.eventAttributes.get(key) as { values: Float64Array }).values);
    expect(values('seconds')).toEqual([T, -1000, 0, 1000]);
    expect(values('millis')).toEqual([T, -1, 0, 1]);
    expect(values('nanos')).toEqual([T + 0.25, -1.5, 0, 0.000001]);
    expect(values('day')).toEqual([19783 * 86_400_000, -86_400_000, 0, 86_400_000]);
    expect(log.eventAttributes.get('nanos')!.type).toBe('date');
  });

  it('reads zone-less timestamps as UTC, or in --timezone when given; zoned ones are instants either way', async () => {
    const columns = () => ({
      case: vectorFromArray(['a', 'a'], new Utf8()),
      activity: vectorFromArray(['x', 'y'], new Utf8()),
      time: int64Vector(new TimestampMillisecond(), [BigInt(T), BigInt(T + MIN)]),
      zoned: int64Vector(new TimestampMillisecond('America/New_York'), [BigInt(T), BigInt(T)]),
    });
    const utc = await readArrow(writeArrowTable(columns()), { lifecycle: 'all' });
    const tokyo = await readArrow(writeArrowTable(columns()), { lifecycle: 'all', timezone: 'Asia/Tokyo' });
    expect(tokyo.timestamps[0]).toBe(utc.timestamps[0] - 9 * 3_600_000);
    expect(attribute(tokyo, 'zoned')).toEqual(attribute(utc, 'zoned'));
  });

  it('reads plain epoch numbers as seconds or milliseconds by magnitude', async () => {
    const read = async (time: ReturnType<typeof vectorFromArray>) =>
      readArrow(writeArrowTable({ case: vectorFromArray(['a', 'a'], new Utf8()), activity: vectorFromArray(['x', 'y'], new Utf8()), time }), {
        lifecycle: 'all',
      });
    const seconds = await read(vectorFromArray([T / 1000, T / 1000 + 60], new Int32()));
    expect(Array.from(seconds.timestamps)).toEqual([T, T + MIN]);
    expect(seconds.info.timestampFormat).toBe('epoch-s');
    const millis = await read(vectorFromArray([T, T + 0.5], new Float64()));
    expect(Array.from(millis.timestamps)).toEqual([T, T + 0.5]);
    expect(millis.info.timestampFormat).toBe('epoch-ms');
  });

  it('parses text timestamps with the detected format, or --timestamp-format', async () => {
    const columns = (texts: string[]) => ({
      case: vectorFromArray(texts.map(() => 'a'), new Utf8()),
      activity: vectorFromArray(texts.map((_, i) => `a${i}`), new Utf8()),
      'Complete Timestamp': vectorFromArray(texts, new Utf8()),
    });
    const iso = await readArrow(writeArrowTable(columns(['2024-03-01 09:30:00', '2024-03-01T09:31:00Z'])), { lifecycle: 'all' });
    expect(Array.from(iso.timestamps)).toEqual([T, T + MIN]);
    expect(iso.info.columns.timestamp).toBe('Complete Timestamp');
    const dayFirst = await readArrow(writeArrowTable(columns(['01/03/2024 09:30', '01/03/2024 09:31'])), {
      lifecycle: 'all',
      timestampFormat: 'DD/MM/YYYY HH:mm',
    });
    expect(Array.from(dayFirst.timestamps)).toEqual([T, T + MIN]);
    expect(dayFirst.info.timestampFormat).toBe('DD/MM/YYYY HH:mm');
  });

  it('turns integer and dictionary columns into text for the case, activity and resource roles', async () => {
    const log = await readArrow(
      writeArrowTable({
        'case:concept:name': vectorFromArray([7n, 7n, 8n], new Int64()),
        'concept:name': vectorFromArray(['a', 'b', 'a'], new Dictionary(new Utf8(), new Int16())),
        'time:timestamp': int64Vector(new TimestampMillisecond('UTC'), [1n, 2n, 3n]),
        'org:resource': vectorFromArray([3, null, 4], new Int32()),
      }),
      { lifecycle: 'all' },
    );
    expect(log.caseIds).toEqual(['7', '8']);
    expect(plainLog(log).flatMap((c) => c.events.map((e) => [e.activity, e.resource]))).toEqual([
      ['a', '3'],
      ['b', null],
      ['a', '4'],
    ]);
  });

  it('types other columns by their Arrow type; nested values become JSON text of type list', async () => {
    const log = await readArrow(
      writeArrowTable({
        case: vectorFromArray(['a', 'a', 'b'], new Utf8()),
        activity: vectorFromArray(['x', 'y', 'x'], new Utf8()),
        time: int64Vector(new TimestampMillisecond('UTC'), [1n, 2n, 3n]),
        count: vectorFromArray([1, null, -3], new Int32()),
        big: vectorFromArray([1n, 2n ** 63n, null], new Uint64()),
        price: vectorFromArray([1.5, 2, null], new Float64()),
        ok: vectorFromArray([true, null, false], new Bool()),
        note: vectorFromArray(['é', null, ''], new LargeUtf8()),
        never: vectorFromArray([null, null, null], new Int32()),
        amount: makeVector(makeData({ type: new Decimal(2, 10, 128), length: 3, data: new Uint32Array([12345, 0, 0, 0, 0, 0, 0, 0, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff]) })),
        items: vectorFromArray([[1, 2], null, []], new List(new Field('item', new Int32(), true))),
        pair: vectorFromArray([{ a: 1, b: 'x' }, null, { a: 2, b: null }], new Struct([new Field('a', new Int32()), new Field('b', new Utf8(), true)])),
      }),
      { lifecycle: 'all' },
    );
    const types = Object.fromEntries([...log.eventAttributes].map(([k, c]) => [k, c.type]));
    expect(types).toEqual({
      count: 'int',
      big: 'int',
      price: 'float',
      ok: 'boolean',
      note: 'string',
      never: 'int',
      amount: 'float',
      items: 'list',
      pair: 'list',
    });
    expect(attribute(log, 'amount')).toEqual([123.45, 0, -0.01]);
    expect(attribute(log, 'count')).toEqual([1, undefined, -3]);
    expect(attribute(log, 'big')).toEqual([1, 2 ** 63, undefined]);
    expect(attribute(log, 'ok')).toEqual([true, undefined, false]);
    expect(attribute(log, 'note')).toEqual(['é', undefined, '']);
    expect(attribute(log, 'items')).toEqual(['[1,2]', undefined, '[]']);
    expect(attribute(log, 'pair')).toEqual(['{"a":1,"b":"x"}', undefined, '{"a":2,"b":null}']);
  });

  it('makes case:* columns case attributes, keeping the first value of each case', async () => {
    const log = await readArrow(
      writeArrowTable({
        'case:concept:name': vectorFromArray(['a', 'a', 'b', 'b'], new Utf8()),
        'concept:name': vectorFromArray(['x', 'y', 'x', 'y'], new Utf8()),
        'time:timestamp': int64Vector(new TimestampMillisecond('UTC'), [1n, 2n, 3n, 4n]),
        'case:region': vectorFromArray([null, 'north', 'south', 'east'], new Utf8()),
        'case:amount': vectorFromArray([10, 11, null, null], new Float64()),
      }),
      { lifecycle: 'all' },
    );
    expect(plainLog(log).map((c) => [c.id, c.attributes])).toEqual([
      ['a', { region: 'north', amount: 10 }],
      ['b', { region: 'south' }],
    ]);
    expect(log.caseAttributes.get('amount')!.type).toBe('float');
  });

  it('pairs start and complete events by concept:instance in merge mode', async () => {
    const log = await readArrow(
      writeArrowTable({
        'case:concept:name': vectorFromArray(['a', 'a', 'a', 'a'], new Utf8()),
        'concept:name': vectorFromArray(['x', 'x', 'x', 'x'], new Utf8()),
        'time:timestamp': int64Vector(new TimestampMillisecond('UTC'), [1n, 2n, 3n, 4n].map((v) => BigInt(T) + v * BigInt(MIN))),
        'lifecycle:transition': vectorFromArray(['start', 'start', 'complete', 'complete'], new Utf8()),
        'concept:instance': vectorFromArray(['i1', 'i2', 'i2', 'i1'], new Utf8()),
      }),
      { lifecycle: 'merge' },
    );
    const events = plainLog(log)[0].events.map((e) => [e.start, e.timestamp]);
    expect(events).toEqual([
      ['2024-03-01T09:31:00.000Z', '2024-03-01T09:34:00.000Z'],
      ['2024-03-01T09:32:00.000Z', '2024-03-01T09:33:00.000Z'],
    ]);
    expect(log.info.lifecycle?.merged).toBe(2);
  });
});

describe('readArrow: mapping flags', () => {
  it('uses --case/--activity/--timestamp/--start-timestamp/--resource and a multi-key classifier', async () => {
    const file = writeArrowTable({
      ticket: vectorFromArray(['t1', 't1'], new Utf8()),
      step: vectorFromArray(['open', 'close'], new Utf8()),
      kind: vectorFromArray(['web', 'mail'], new Utf8()),
      began: int64Vector(new TimestampMillisecond('UTC'), [0n, BigInt(T)]),
      ended: int64Vector(new TimestampMillisecond('UTC'), [BigInt(T), BigInt(T + MIN)]),
      agent: vectorFromArray(['ann', 'bob'], new Utf8()),
    });
    const flags = { case: 'ticket', activity: 'step', timestamp: 'ended', startTimestamp: 'began', resource: 'agent', lifecycle: 'all' } as const;
    const log = await readArrow(file, flags);
    expect(log.info.columns).toEqual({ case: 'ticket', activity: 'step', timestamp: 'ended', startTimestamp: 'began', resource: 'agent' });
    expect(plainLog(log)[0].events.map((e) => [e.activity, e.start, e.resource, e.attributes])).toEqual([
      ['open', '1970-01-01T00:00:00.000Z', 'ann', { kind: 'web' }],
      ['close', '2024-03-01T09:30:00.000Z', 'bob', { kind: 'mail' }],
    ]);
    const classified = await readArrow(file, { ...flags, classifier: 'step+kind' });
    expect(plainLog(classified)[0].events.map((e) => e.activity)).toEqual(['open+web', 'close+mail']);
    const error = await inputError(readArrow(file, { ...flags, classifier: 'step+nope' }));
    expect(error.code).toBe('classifier-not-found');
  });

  it('names the columns it found when a required one is missing', async () => {
    const error = await inputError(readArrow(writeArrowTable({ who: vectorFromArray(['a'], new Utf8()) })));
    expect(error.code).toBe('column-not-found');
    expect(error.hint).toContain("'who'");
  });
});

describe('readArrow: invalid rows', () => {
  const withNulls = () =>
    writeArrowTable({
      case: vectorFromArray(['a', null, 'a', 'b', 'b'], new Utf8()),
      activity: vectorFromArray(['x', 'y', null, 'z', 'w'], new Dictionary(new Utf8(), new Int32())),
      time: int64Vector(new TimestampMillisecond('UTC'), [1n, 2n, 3n, 4n, 5n]),
      start: vectorFromArray(['1970-01-01', null, null, 'garbage', null], new Utf8()),
    });

  it('names the file, the row and the column of a row without a case id', async () => {
    const file = withNulls();
    const error = await inputError(readArrow(file));
    expect(error.code).toBe('missing-value');
    expect(error.file).toBe(file);
    expect(error.line).toBe(2);
    expect(error.column).toBe(1);
    expect(error.message).toBe("row 2: no case id in column 'case'");
    expect(error.hint).toMatch(/--skip-invalid/);
  });

  it('drops and counts invalid rows with --skip-invalid', async () => {
    const log = await readArrow(withNulls(), { skipInvalid: true, lifecycle: 'all' });
    expect(plainLog(log).map((c) => [c.id, c.events.map((e) => e.activity)])).toEqual([
      ['a', ['x']],
      ['b', ['w']],
    ]);
    expect(log.info.dropped.count).toBe(3);
    expect(log.info.dropped.reasons).toEqual({ 'missing case id': 1, 'missing activity': 1, 'unparseable start timestamp': 1 });
    expect(log.info.dropped.examples.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(log.info.eventsRead).toBe(5);
  });

  it('reports a missing and an unreadable timestamp apart', async () => {
    const columns = (time: (string | null)[]) => ({
      case: vectorFromArray(time.map(() => 'a'), new Utf8()),
      activity: vectorFromArray(time.map(() => 'x'), new Utf8()),
      time: vectorFromArray(time, new Utf8()),
    });
    const missing = await inputError(readArrow(writeArrowTable(columns(['2024-01-01', null]))));
    expect([missing.code, missing.line, missing.message]).toEqual(['missing-value', 2, "row 2: no value in column 'time'"]);
    const bad = await inputError(readArrow(writeArrowTable(columns(['2024-01-01', '2024-01-02', 'soon']))));
    expect([bad.code, bad.line, bad.message]).toEqual(['invalid-timestamp', 3, "row 3: cannot read 'soon' in column 'time' as a timestamp"]);
  });

  it('refuses a boolean timestamp column', async () => {
    const error = await inputError(
      readArrow(
        writeArrowTable({
          case: vectorFromArray(['a'], new Utf8()),
          activity: vectorFromArray(['x'], new Utf8()),
          time: vectorFromArray([true], new Bool()),
        }),
      ),
    );
    expect(error.code).toBe('timestamp-column-type');
  });
});

describe('readArrow: unreadable files', () => {
  it('refuses a file that is not Arrow at all', async () => {
    const error = await inputError(readArrow(writeBytes(new TextEncoder().encode('case,activity\n1,a\n'))));
    expect(error.code).toBe('arrow-malformed');
  });

  it('refuses truncated files and streams with arrow-malformed, not an internal error', async () => {
    for (const format of ['file', 'stream'] as const) {
      const bytes = readFileSync(writeArrowTable(basicColumns(), format));
      for (const keep of [10, Math.floor(bytes.length / 2), bytes.length - 20]) {
        const error = await inputError(readArrow(writeBytes(bytes.subarray(0, keep))));
        expect(error.code, `${format} cut at ${keep} of ${bytes.length}`).toBe('arrow-malformed');
      }
    }
  });

  it('refuses a schema that declares more columns than its bytes hold, before decoding them', async () => {
    for (const format of ['file', 'stream'] as const) {
      const bytes = Uint8Array.from(readFileSync(writeArrowTable(basicColumns(), format)));
      const view = new DataView(bytes.buffer);
      // the schema's flatbuffer: a stream's first message, or a file's footer
      const footerLength = view.getInt32(bytes.length - 10, true);
      const [start, length] = format === 'stream' ? [8, view.getInt32(4, true)] : [bytes.length - 10 - footerLength, footerLength];
      const schema = bytes.subarray(start, start + length);
      expect(schemaDamage(schema, format === 'file')).toBeNull();
      const fields = locateSchemaFields(schema, format === 'file');
      expect(new DataView(schema.buffer, schema.byteOffset).getUint32(fields, true)).toBe(4);
      // one damaged byte: millions of columns, which the Arrow library would decode one by one for seconds
      schema[fields + 2] = 0x67;
      const started = performance.now();
      const error = await inputError(readArrow(writeBytes(bytes)));
      expect(error.code).toBe('arrow-malformed');
      expect(error.message).toMatch(/declares \d+ columns/);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('refuses the committed truncated fixture', async () => {
    const error = await inputError(readArrow('fixtures/arrow/truncated.arrow'));
    expect(error.code).toBe('arrow-malformed');
    expect(error.file).toBe('fixtures/arrow/truncated.arrow');
  });
});
