/**
 * Unit tier for the Parquet writer: the schema other tools see (UTF8 text, INT64 TIMESTAMP in UTC, INT64 or
 * labelled DOUBLE ints, BOOLEAN), the `procmine:types` labels, row groups, nulls, and sub-millisecond timestamps.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { EventLogBuilder } from '../../../src/log/builder.js';
import type { EventLog } from '../../../src/log/event-log.js';
import { readParquet } from '../../../src/log/parquet/read-parquet.js';
import { writeParquet } from '../../../src/log/parquet/write-parquet.js';
import { plainLog } from '../../helpers/log-equal.js';

const dir = mkdtempSync(join(tmpdir(), 'procmine-parquet-write-'));
let n = 0;
const T = Date.UTC(2024, 0, 1);

function sampleLog(): EventLog {
  const b = new EventLogBuilder({ format: 'memory', columns: { case: 'case', activity: 'activity', timestamp: 'time' } });
  for (let c = 0; c < 5; c++) {
    const ci = b.caseFor(`case ${c}`);
    if (c !== 2) b.caseAttribute('region').setString(ci, c % 2 ? 'north' : 'south');
    for (let k = 0; k < 3; k++) {
      const r = b.addEvent(ci, ['register', 'check', 'decide'][k], T + c * 1000 + k * 100);
      if (k > 0) b.setStartTimestamp(r, T + c * 1000 + k * 100 - 50.5);
      if (k !== 1) b.setResource(r, `user ${k}`);
      b.eventAttribute('cost').setNumber(r, c * 10 + k, 'int');
      b.eventAttribute('huge').setNumber(r, k === 1 ? 2 ** 60 : k, 'int');
      if (k !== 2) b.eventAttribute('ok').setBoolean(r, k === 0);
      b.eventAttribute('ticket').setString(r, `T-${c}`, 'id');
    }
  }
  return b.build();
}

async function written(log: EventLog, groupRows?: number): Promise<string> {
  const file = join(dir, `${n++}.parquet`);
  await writeParquet(log, file, { groupRows });
  return file;
}

describe('writeParquet', () => {
  it('writes the table layout with standard Parquet types, REQUIRED where nothing is missing, and labels what they cannot say', async () => {
    const file = await written(sampleLog(), 4);
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(file));
    expect(metadata.created_by).toBe('procmine');
    const describe = metadata.schema.slice(1).map((e) =>
      [e.name, e.type, e.logical_type ? JSON.stringify(e.logical_type) : e.converted_type ?? '', e.repetition_type].join(' '),
    );
    expect(describe).toEqual([
      'case:concept:name BYTE_ARRAY {"type":"STRING"} REQUIRED',
      'concept:name BYTE_ARRAY {"type":"STRING"} REQUIRED',
      'time:timestamp INT64 {"type":"TIMESTAMP","isAdjustedToUTC":true,"unit":"MILLIS"} REQUIRED',
      'start_timestamp INT64 {"type":"TIMESTAMP","isAdjustedToUTC":true,"unit":"MICROS"} OPTIONAL',
      'org:resource BYTE_ARRAY {"type":"STRING"} OPTIONAL',
      'cost INT64  REQUIRED',
      'huge DOUBLE  REQUIRED',
      'ok BOOLEAN  OPTIONAL',
      'ticket BYTE_ARRAY {"type":"STRING"} REQUIRED',
      'case:region BYTE_ARRAY {"type":"STRING"} OPTIONAL',
    ]);
    expect(metadata.key_value_metadata).toEqual([{ key: 'procmine:types', value: '{"huge":"int","ticket":"id"}' }]);
    expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([4, 4, 4, 3]);
    const rows = await parquetReadObjects({ file: await asyncBufferFromFile(file), rowEnd: 4 });
    expect(rows.map((r) => [r['case:region'], r['org:resource'], r['start_timestamp']])).toEqual([
      ['south', 'user 0', null],
      ['south', null, new Date(T + 49)],
      ['south', 'user 2', new Date(T + 149)],
      ['north', 'user 0', null],
    ]);
  });

  it('reads back the same log, column types and sub-millisecond start times included', async () => {
    const log = sampleLog();
    const back = await readParquet(await written(log, 4), { lifecycle: 'all' });
    expect(plainLog(back)).toEqual(plainLog(log));
    expect(Array.from(back.startTimestamps!)).toEqual(Array.from(log.startTimestamps!));
    expect([...back.eventAttributes].map(([k, c]) => `${k}:${c.type}`)).toEqual(['cost:int', 'huge:int', 'ok:boolean', 'ticket:id']);
  });

  it('keeps the sign of -0 in float columns (a dictionary would fold it into 0)', async () => {
    const b = new EventLogBuilder({ format: 'memory', columns: { case: 'case', activity: 'activity', timestamp: 'time' } });
    for (let c = 0; c < 40; c++) {
      const ci = b.caseFor(`case ${c}`);
      b.caseAttribute('delta').setNumber(ci, c % 2 ? -0 : 0, 'float');
      b.eventAttribute('delta').setNumber(b.addEvent(ci, 'a', T + c), c % 3 ? 0 : -0, 'float');
    }
    const log = b.build();
    const back = await readParquet(await written(log), { lifecycle: 'all' });
    const signs = (values: Float64Array) => Array.from(values, (v) => Object.is(v, -0));
    expect(signs(back.caseAttributes.get('delta')!.values as Float64Array)).toEqual(signs(log.caseAttributes.get('delta')!.values as Float64Array));
    expect(signs(back.eventAttributes.get('delta')!.values as Float64Array)).toEqual(signs(log.eventAttributes.get('delta')!.values as Float64Array));
    expect(signs(back.caseAttributes.get('delta')!.values as Float64Array)).toContain(true);
  });

  it('writes an empty log as a file with the schema and no rows', async () => {
    const empty = new EventLogBuilder({ format: 'memory', columns: { case: 'c', activity: 'a', timestamp: 't' } }).build();
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(await written(empty)));
    expect(Number(metadata.num_rows)).toBe(0);
    expect(metadata.schema.slice(1).map((e) => e.name)).toEqual(['case:concept:name', 'concept:name', 'time:timestamp']);
  });
});
