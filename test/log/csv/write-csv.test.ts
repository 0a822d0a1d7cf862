/**
 * The CSV writer: the exact text for a small log (column order, quoting only where needed, ISO instants with
 * milliseconds and kept microseconds, typed values, missing values empty, list values as JSON text), another
 * delimiter, gzip; and the round trip writeCsv → readCsv on random logs with fast-check.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventLogBuilder } from '../../../src/log/builder.js';
import { writeCsv } from '../../../src/log/csv/write-csv.js';
import { readCsv } from '../../../src/log/csv/read-csv.js';
import { classifyCell, CELL_STRING } from '../../../src/log/csv/cell-value.js';
import type { EventLog } from '../../../src/log/event-log.js';
import { plainLog } from '../../helpers/log-equal.js';

const tmp = mkdtempSync(join(tmpdir(), 'procmine-write-csv-'));
let counter = 0;
const nextFile = (suffix = '.csv') => join(tmp, `w${counter++}${suffix}`);

function smallLog(): EventLog {
  const b = new EventLogBuilder({ format: 'memory', columns: { case: 'case', activity: 'activity', timestamp: 'time' } });
  const c1 = b.caseFor('c1');
  const c2 = b.caseFor('c,2');
  const e1 = b.addEvent(c1, 'register', Date.UTC(2010, 11, 30, 14, 32));
  b.setResource(e1, 'Pete');
  b.setStartTimestamp(e1, Date.UTC(2010, 11, 30, 14, 0) + 0.25);
  b.eventAttribute('cost').setNumber(e1, 50, 'int');
  b.eventAttribute('ok').setBoolean(e1, true);
  b.eventAttribute('note').setString(e1, 'said "hi"\nthen left');
  b.eventAttribute('tags').setString(e1, '["a","b"]', 'list');
  const e2 = b.addEvent(c1, 'decide', Date.UTC(2011, 0, 6, 9, 18));
  b.eventAttribute('cost').setNumber(e2, 12.5, 'float');
  b.eventAttribute('due').setNumber(e2, Date.UTC(2011, 1, 1), 'date');
  const e3 = b.addEvent(c2, 'register', Date.UTC(2011, 0, 2));
  b.setResource(e3, 'Sue');
  b.caseAttribute('region').setString(c1, 'North');
  b.caseAttribute('amount').setNumber(c2, 7, 'int');
  return b.build();
}

describe('writeCsv', () => {
  it('writes the table layout, quoting only where needed', async () => {
    const file = nextFile();
    await writeCsv(smallLog(), file);
    expect(readFileSync(file, 'utf8')).toBe(
      [
        'case:concept:name,concept:name,time:timestamp,start_timestamp,org:resource,cost,due,note,ok,tags,case:amount,case:region',
        'c1,register,2010-12-30T14:32:00.000Z,2010-12-30T14:00:00.000250Z,Pete,50,,"said ""hi""\nthen left",true,"[""a"",""b""]",,North',
        'c1,decide,2011-01-06T09:18:00.000Z,,,12.5,2011-02-01T00:00:00.000Z,,,,,North',
        '"c,2",register,2011-01-02T00:00:00.000Z,,Sue,,,,,,7,',
        '',
      ].join('\n'),
    );
  });

  it('takes another delimiter and quotes for it', async () => {
    const file = nextFile();
    await writeCsv(smallLog(), file, { delimiter: ';' });
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines[0]).toMatch(/^case:concept:name;concept:name;time:timestamp;/);
    expect(lines.find((l) => l.startsWith('c,2'))).toMatch(/^c,2;register;/);
  });

  it('gzips a .gz file', async () => {
    const file = nextFile('.csv.gz');
    await writeCsv(smallLog(), file);
    expect(gunzipSync(readFileSync(file)).toString('utf8')).toMatch(/^case:concept:name,/);
  });

  it('reads back what it wrote', async () => {
    const log = smallLog();
    const file = nextFile();
    await writeCsv(log, file);
    const back = await readCsv(file);
    // Dates outside the core columns come back as their ISO text (CSV has no types); everything else as it was.
    const expected = plainLog(log);
    expected.find((c) => c.id === 'c1')!.events[1].attributes.due = '2011-02-01T00:00:00.000Z';
    expect(plainLog(back)).toEqual(expected);
    // The start time's quarter millisecond survives too.
    expect(back.startTimestamps![0]).toBe(Date.UTC(2010, 11, 30, 14, 0) + 0.25);
  });
});

/** Text that the reader gives back as text: CSV cannot tell an empty string from a missing value, and text
 * that reads as a number or boolean comes back typed, so the generator makes neither. */
const text = fc
  .string({ unit: fc.constantFrom('a', 'b', 'Z', ' ', ',', ';', '\t', '|', '"', '\n', '\r', 'é', 'ß', '日', '😀', '1', '.'), minLength: 1, maxLength: 10 })
  .filter((s) => classifyCell(s) === CELL_STRING);
const instant = fc.integer({ min: 0, max: 4_102_444_800_000 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }).map((x) => (Object.is(x, -0) ? 0 : x));

const eventArb = fc.record({
  activity: text,
  time: instant,
  start: maybe(instant),
  resource: maybe(text),
  count: maybe(fc.integer({ min: -1e9, max: 1e9 })),
  ratio: maybe(finite),
  flag: maybe(fc.boolean()),
  label: maybe(text),
});
const caseArb = fc.record({
  events: fc.array(eventArb, { minLength: 1, maxLength: 4 }),
  region: maybe(text),
  amount: maybe(fc.integer({ min: -1000, max: 1000 })),
});
const logArb = fc.record({
  cases: fc.uniqueArray(fc.tuple(text, caseArb), { minLength: 1, maxLength: 6, selector: ([id]) => id }),
  withStart: fc.boolean(),
  withResource: fc.boolean(),
});

type LogSpec = typeof logArb extends fc.Arbitrary<infer T> ? T : never;

function buildLog(spec: LogSpec): EventLog {
  const b = new EventLogBuilder({ format: 'memory', columns: { case: 'case', activity: 'activity', timestamp: 'time' } });
  for (const [id, c] of spec.cases) {
    const ci = b.caseFor(id);
    if (c.region !== undefined) b.caseAttribute('region').setString(ci, c.region);
    if (c.amount !== undefined) b.caseAttribute('amount').setNumber(ci, c.amount, 'int');
    for (const e of c.events) {
      const row = b.addEvent(ci, e.activity, e.time);
      if (spec.withStart && e.start !== undefined) b.setStartTimestamp(row, Math.min(e.start, e.time));
      if (spec.withResource && e.resource !== undefined) b.setResource(row, e.resource);
      if (e.count !== undefined) b.eventAttribute('attr_count').setNumber(row, e.count, 'int');
      if (e.ratio !== undefined) b.eventAttribute('attr_ratio').setNumber(row, e.ratio, 'float');
      if (e.flag !== undefined) b.eventAttribute('attr_flag').setBoolean(row, e.flag);
      if (e.label !== undefined) b.eventAttribute('attr_label').setString(row, e.label);
    }
  }
  return b.build();
}

describe('round trip', () => {
  it('property: writeCsv then readCsv gives the same log (names with quotes, delimiters, newlines, non-ASCII)', async () => {
    await fc.assert(
      fc.asyncProperty(logArb, fc.constantFrom(',', ';', '\t', '|'), fc.boolean(), async (spec, delimiter, tellDelimiter) => {
        const log = buildLog(spec);
        const file = nextFile();
        await writeCsv(log, file, { delimiter });
        const back = await readCsv(file, tellDelimiter ? { delimiter } : {});
        expect(back.info.delimiter).toBe(delimiter);
        expect(plainLog(back)).toEqual(plainLog(log));
        expect([...back.timestamps]).toEqual([...log.timestamps]);
      }),
      { numRuns: 150 },
    );
  });
});
