/**
 * Unit tier for the Arrow writer: the schema other tools see (dictionary-encoded text, UTC timestamps, Int64 or
 * labelled Float64 ints, booleans), record batches that share one dictionary, sub-millisecond timestamps, and
 * the committed fixtures, which are the running example written by procmine.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC, Type, type Field } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { readArrow } from '../../../src/log/arrow/read-arrow.js';
import { writeArrow } from '../../../src/log/arrow/write-arrow.js';
import { EventLogBuilder } from '../../../src/log/builder.js';
import type { EventLog } from '../../../src/log/event-log.js';
import { readParquet } from '../../../src/log/parquet/read-parquet.js';
import { plainLog } from '../../helpers/log-equal.js';

const dir = mkdtempSync(join(tmpdir(), 'procmine-arrow-write-'));
let n = 0;
const T = Date.UTC(2024, 0, 1);

function sampleLog(): EventLog {
  const b = new EventLogBuilder({ format: 'memory', columns: { case: 'case', activity: 'activity', timestamp: 'time' } });
  for (let c = 0; c < 5; c++) {
    const ci = b.caseFor(`case ${c}`);
    b.caseAttribute('region').setString(ci, c % 2 ? 'north' : 'south');
    b.caseAttribute('vip').setBoolean(ci, c === 0);
    for (let k = 0; k < 3; k++) {
      const r = b.addEvent(ci, ['register', 'check', 'decide'][k], T + c * 1000 + k * 100 + (c === 4 && k === 2 ? 0.25 : 0));
      if (k > 0) b.setStartTimestamp(r, T + c * 1000 + k * 100 - 50);
      b.setResource(r, `user ${k}`);
      b.eventAttribute('cost').setNumber(r, c * 10 + k, 'int');
      b.eventAttribute('huge').setNumber(r, k === 1 ? 2 ** 60 : k, 'int');
      b.eventAttribute('rate').setNumber(r, k / 3, 'float');
      b.eventAttribute('due').setNumber(r, T + k, 'date');
      b.eventAttribute('ticket').setString(r, `T-${c}`, 'id');
      if (k === 0) b.eventAttribute('tags').setString(r, '["a","b"]', 'list');
    }
  }
  return b.build();
}

async function written(log: EventLog, batchRows?: number): Promise<string> {
  const file = join(dir, `${n++}.arrow`);
  await writeArrow(log, file, { batchRows });
  return file;
}

function describeField(f: Field): string {
  return `${f.name}: ${String(f.type)}${f.nullable ? '' : ' not null'}${f.metadata.size ? ` ${JSON.stringify(Object.fromEntries(f.metadata))}` : ''}`;
}

describe('writeArrow', () => {
  it('writes the table layout with Arrow types other tools understand', async () => {
    const table = tableFromIPC(readFileSync(await written(sampleLog())));
    expect(table.schema.fields.map(describeField)).toEqual([
      'case:concept:name: Dictionary<Int32, Utf8> not null',
      'concept:name: Dictionary<Int32, Utf8> not null',
      'time:timestamp: Timestamp<MICROSECOND, UTC>',
      'start_timestamp: Timestamp<MILLISECOND, UTC>',
      'org:resource: Dictionary<Int32, Utf8>',
      'cost: Int64 {"procmine:type":"int"}',
      'due: Timestamp<MILLISECOND, UTC> {"procmine:type":"date"}',
      'huge: Float64 {"procmine:type":"int"}',
      'rate: Float64 {"procmine:type":"float"}',
      'tags: Dictionary<Int32, Utf8> {"procmine:type":"list"}',
      'ticket: Dictionary<Int32, Utf8> {"procmine:type":"id"}',
      'case:region: Dictionary<Int32, Utf8> {"procmine:type":"string"}',
      'case:vip: Bool {"procmine:type":"boolean"}',
    ]);
    expect(table.numRows).toBe(15);
    expect(table.getChild('case:region')!.toArray().slice(0, 4)).toEqual(['south', 'south', 'south', 'north']);
    expect(table.getChild('start_timestamp')!.get(0)).toBe(null);
  });

  it('cuts record batches that share one dictionary per column, and reads back the same log', async () => {
    const log = sampleLog();
    const file = await written(log, 4);
    const table = tableFromIPC(readFileSync(file));
    expect(table.batches.map((b) => b.numRows)).toEqual([4, 4, 4, 3]);
    const dictionaries = new Set(table.batches.map((b) => b.getChild('concept:name')!.data[0].dictionary));
    expect(dictionaries.size).toBe(1);
    const back = await readArrow(file, { lifecycle: 'all' });
    expect(plainLog(back)).toEqual(plainLog(log));
    expect(Array.from(back.timestamps)).toEqual(Array.from(log.timestamps));
    expect(back.timestamps.includes(T + 4000 + 200.25)).toBe(true);
    expect([...back.eventAttributes].map(([k, c]) => `${k}:${c.type}`)).toEqual([...log.eventAttributes].map(([k, c]) => `${k}:${c.type}`));
  });

  it('writes the stream format for .arrows', async () => {
    const file = join(dir, `${n++}.arrows`);
    await writeArrow(sampleLog(), file);
    const bytes = readFileSync(file);
    expect(bytes.readUInt32LE(0)).toBe(0xffffffff);
    expect(bytes.subarray(bytes.length - 8)).toEqual(Buffer.from([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]));
    expect(plainLog(await readArrow(file, { lifecycle: 'all' }))).toEqual(plainLog(sampleLog()));
  });

  it('writes an empty log as a file with the schema and no rows', async () => {
    const empty = new EventLogBuilder({ format: 'memory', columns: { case: 'c', activity: 'a', timestamp: 't' } }).build();
    const table = tableFromIPC(readFileSync(await written(empty)));
    expect(table.numRows).toBe(0);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['case:concept:name', 'concept:name', 'time:timestamp']);
    expect(table.schema.fields[0].type.typeId).toBe(Type.Dictionary);
  });
});

describe('fixtures/arrow: the running example as procmine writes it', () => {
  it('reads the file and the stream fixture as the Parquet original', async () => {
    const original = plainLog(await readParquet('fixtures/logs/running-example.parquet', { lifecycle: 'all' }));
    expect(plainLog(await readArrow('fixtures/arrow/running-example.arrow', { lifecycle: 'all' }))).toEqual(original);
    expect(plainLog(await readArrow('fixtures/arrow/running-example.arrows', { lifecycle: 'all' }))).toEqual(original);
  });
});
