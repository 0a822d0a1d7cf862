/**
 * Speed check, outside `npm test`: builds a log of about a million events, writes it as Arrow as procmine does
 * (dictionaries), as pandas/pyarrow would (plain strings, timestamp[ns]) and as Parquet, and times the readers.
 * Run with `npx vite-node test/log/arrow/measure-read-speed.ts [events]`.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { makeData, makeVector, Table, tableToIPC, TimestampNanosecond, Utf8, vectorFromArray } from 'apache-arrow';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventLogBuilder } from '../../src/log/builder.js';
import type { EventLog } from '../../src/log/event-log.js';
import { readArrow } from '../../src/log/arrow/read-arrow.js';
import { writeArrow } from '../../src/log/arrow/write-arrow.js';
import { readParquet } from '../../src/log/parquet/read-parquet.js';
import { writeParquet } from '../../src/log/parquet/write-parquet.js';

function buildLog(events: number): EventLog {
  const b = new EventLogBuilder({ format: 'memory', columns: { case: 'case', activity: 'activity', timestamp: 'time' } });
  const perCase = 20;
  const activities = Array.from({ length: 25 }, (_, i) => `Activity ${i} — étape`);
  const resources = Array.from({ length: 200 }, (_, i) => `user${i}`);
  const t0 = Date.UTC(2022, 0, 1);
  let seed = 42;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let c = 0; c * perCase < events; c++) {
    const ci = b.caseFor(`case-${c}`);
    b.caseAttribute('channel').setString(ci, c % 3 === 0 ? 'web' : 'phone');
    b.caseAttribute('amount').setNumber(ci, Math.floor(rand() * 10_000), 'int');
    let t = t0 + c * 60_000;
    for (let k = 0; k < perCase && c * perCase + k < events; k++) {
      t += Math.floor(rand() * 3_600_000);
      const row = b.addEvent(ci, activities[Math.floor(rand() * activities.length)], t);
      b.setResource(row, resources[Math.floor(rand() * resources.length)]);
      b.eventAttribute('cost').setNumber(row, Math.round(rand() * 1000) / 10, 'float');
    }
  }
  return b.build();
}

/** The log as pyarrow writes a pandas frame: plain UTF-8 strings, zone-less timestamp[ns]. */
function writePlainArrow(log: EventLog, file: string): void {
  const caseOf: string[] = [];
  for (let c = 0; c < log.caseIds.length; c++) for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) caseOf.push(log.caseIds[c]);
  const nanos = BigInt64Array.from(log.timestamps, (ms) => BigInt(ms) * 1_000_000n);
  const table = new Table({
    'case:concept:name': vectorFromArray(caseOf, new Utf8()),
    'concept:name': vectorFromArray(Array.from(log.activities, (a) => log.activityNames[a]), new Utf8()),
    'time:timestamp': makeVector(makeData({ type: new TimestampNanosecond(), length: nanos.length, data: nanos })),
    'org:resource': vectorFromArray(Array.from(log.resources!, (r) => log.resourceNames[r]), new Utf8()),
  });
  writeFileSync(file, tableToIPC(table, 'file'));
}

async function time<T>(label: string, events: number, run: () => Promise<T>): Promise<T> {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    result = await run();
    best = Math.min(best, performance.now() - t);
  }
  console.log(`${label}: ${best.toFixed(0)} ms, ${((events / best) * 1000 / 1e6).toFixed(2)} M events/s`);
  return result;
}

const events = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'procmine-speed-'));
try {
  const log = buildLog(events);
  const arrowFile = join(dir, 'log.arrow');
  const parquetFile = join(dir, 'log.parquet');
  await time('write arrow', events, () => writeArrow(log, arrowFile));
  console.log(`  ${(statSync(arrowFile).size / 1e6).toFixed(1)} MB`);
  const back = await time('read arrow', events, () => readArrow(arrowFile, { lifecycle: 'all' }));
  if (back.activities.length !== log.activities.length) throw new Error('arrow read lost events');
  const plainFile = join(dir, 'plain.arrow');
  writePlainArrow(log, plainFile);
  await time('read arrow, plain strings (pyarrow style)', events, () => readArrow(plainFile, { lifecycle: 'all' }));
  await time('write parquet', events, () => writeParquet(log, parquetFile));
  console.log(`  ${(statSync(parquetFile).size / 1e6).toFixed(1)} MB`);
  await time('read parquet', events, () => readParquet(parquetFile, { lifecycle: 'all' }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
