/**
 * writeXes: the text it writes (unit), what survives writing and reading back (XES metadata, nested attributes,
 * start times, escaping), and a property test: random logs (activities, case ids and values with XML-special and
 * non-ASCII characters, timestamps with milliseconds, resources, typed event and case attributes, missing values,
 * start times) read back equal through .xes and .xes.gz.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventLogBuilder } from '../../../src/log/builder.js';
import type { EventLog } from '../../../src/log/event-log.js';
import { readXes } from '../../../src/log/xes/read-xes.js';
import { renderXes, writeXes } from '../../../src/log/xes/write-xes.js';
import { plainLog } from '../../helpers/log-equal.js';

const dir = mkdtempSync(join(tmpdir(), 'procmine-xes-write-'));
let counter = 0;
const fixture = (name: string): string => join(__dirname, '..', '..', '..', 'fixtures', 'xes', name);

function newBuilder(): EventLogBuilder {
  return new EventLogBuilder({ format: 'memory', columns: { case: 'case', activity: 'activity', timestamp: 'time' } });
}

async function roundTrip(log: EventLog, ext = '.xes', lifecycle?: 'all' | 'merge'): Promise<EventLog> {
  const path = join(dir, `${counter++}${ext}`);
  await writeXes(log, path);
  return readXes(path, lifecycle ? { lifecycle } : {});
}

const T0 = Date.UTC(2024, 0, 1, 9);

describe('writeXes', () => {
  it('writes XES 1.0 with the standard extensions used, a default classifier, traces and events', async () => {
    const b = newBuilder();
    const c = b.caseFor('case <1>');
    b.caseAttribute('region').setString(c, 'North & South');
    const r = b.addEvent(c, 'say "hi"', T0 + 0.5);
    b.setResource(r, 'Zoë');
    b.eventAttribute('amount').setNumber(r, 12.5, 'float');
    b.eventAttribute('rush').setBoolean(r, true);
    const path = join(dir, 'unit.xes');
    await writeXes(b.build(), path);
    expect(readFileSync(path, 'utf8')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        '<log xes.version="1.0" xes.features="nested-attributes" xmlns="http://www.xes-standard.org/">',
        '\t<extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>',
        '\t<extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>',
        '\t<extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>',
        '\t<classifier name="Activity classifier" keys="concept:name"/>',
        '\t<trace>',
        '\t\t<string key="concept:name" value="case &lt;1&gt;"/>',
        '\t\t<string key="region" value="North &amp; South"/>',
        '\t\t<event>',
        '\t\t\t<string key="concept:name" value="say &quot;hi&quot;"/>',
        '\t\t\t<date key="time:timestamp" value="2024-01-01T09:00:00.000500Z"/>',
        '\t\t\t<string key="org:resource" value="Zoë"/>',
        '\t\t\t<float key="amount" value="12.5"/>',
        '\t\t\t<boolean key="rush" value="true"/>',
        '\t\t</event>',
        '\t</trace>',
        '</log>',
        '',
      ].join('\n'),
    );
  });

  it('gzips when the name ends in .gz', async () => {
    const log = await readXes(fixture('nested.xes'));
    const path = join(dir, 'nested.xes.gz');
    await writeXes(log, path);
    const bytes = readFileSync(path);
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(gunzipSync(bytes).toString('utf8')).toContain('<log xes.version="1.0"');
  });

  it('keeps the XES metadata and nested attributes of a log read from XES', async () => {
    const log = await readXes(fixture('nested.xes'), { lifecycle: 'all' });
    const back = await roundTrip(log, '.xes', 'all');
    expect(plainLog(back)).toEqual(plainLog(log));
    const { version, features, ...rest } = back.info.xes!;
    const { version: _v, features: _f, ...original } = log.info.xes!;
    expect([version, features]).toEqual(['1.0', 'nested-attributes']);
    // the Time extension is declared because the events use it
    const time = { name: 'Time', prefix: 'time', uri: 'http://www.xes-standard.org/time.xesext' };
    expect(rest).toEqual({ ...original, extensions: [...original.extensions, time] });
    expect(back.eventAttributes.get('address')?.type).toBe('list');
  });

  it('keeps values XML cannot hold verbatim: line ends, tabs, control characters, lone surrogates', async () => {
    const b = newBuilder();
    const strange = ['a\r\nb', 'tab\there', 'nul\u0000', 'bell\u0007', '\ud800 lone', 'ok \ud83d\ude00', '\ufffe', ' spaced  '];
    strange.forEach((text, i) => {
      const c = b.caseFor(text);
      const r = b.addEvent(c, text, T0 + i);
      b.eventAttribute('text').setString(r, text);
    });
    const log = b.build();
    const back = await roundTrip(log);
    expect(plainLog(back)).toEqual(plainLog(log));
  });

  it('keeps numbers exactly: -0, extremes, infinities, ints beyond 2^53', async () => {
    const b = newBuilder();
    const floats = [-0, 5e-324, 1.7976931348623157e308, Infinity, -Infinity, 0.1 + 0.2];
    floats.forEach((x, i) => {
      const r = b.addEvent(b.caseFor('1'), 'a', T0 + i);
      b.eventAttribute('x').setNumber(r, x, 'float');
      b.eventAttribute('n').setNumber(r, 2 ** 60 + i * 2 ** 10, 'int');
    });
    const back = await roundTrip(b.build());
    const x = back.eventAttributes.get('x');
    const n = back.eventAttributes.get('n');
    expect(x?.type === 'float' && Array.from(x.values)).toEqual(floats);
    expect(n?.type === 'int' && Array.from(n.values)).toEqual(floats.map((_, i) => 2 ** 60 + i * 2 ** 10));
  });

  it('writes an event with a start time as start and complete events, which merge back', async () => {
    const b = newBuilder();
    const c = b.caseFor('1');
    const r1 = b.addEvent(c, 'a', T0 + 60_000);
    b.setStartTimestamp(r1, T0);
    b.addEvent(c, 'b', T0 + 120_000);
    const log = b.build();
    const merged = await roundTrip(log);
    expect(plainLog(merged)).toEqual(plainLog(log));
    expect(merged.info.lifecycle).toMatchObject({ mode: 'merge', merged: 1, unpairedCompletes: 1 });
    const all = await roundTrip(log, '.xes', 'all');
    expect(plainLog(all)[0].events.map((e) => `${e.activity}/${e.attributes['lifecycle:transition']}`)).toEqual(['a/start', 'a/complete', 'b/complete']);
  });

  it('streams: the text comes in chunks of about 64 KiB', () => {
    const b = newBuilder();
    for (let c = 0; c < 2000; c++) {
      const ci = b.caseFor(`case ${c}`);
      for (let e = 0; e < 5; e++) b.addEvent(ci, `activity ${e}`, T0 + c * 1000 + e);
    }
    const chunks = [...renderXes(b.build())];
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(70_000);
  });
});

// ---- property: random logs survive writeXes → readXes ----

const text = fc.string({
  unit: fc.constantFrom('a', 'B', 'z', ' ', '&', '<', '>', '"', "'", ';', '#', 'é', 'ß', '日', '😀', '\t', '\n', '\r', '\u0001', '\\'),
  maxLength: 8,
});

type Value =
  | { type: 'string' | 'id'; value: string }
  | { type: 'int' | 'float' | 'date'; value: number }
  | { type: 'boolean'; value: boolean };

/** Each key has one type, so that a column keeps it. */
const KEY_TYPES: Record<string, Value['type']> = { s: 'string', i: 'int', f: 'float', b: 'boolean', d: 'date', u: 'id', 'k&<"': 'string' };

const valueOf = (type: Value['type']): fc.Arbitrary<Value> => {
  switch (type) {
    case 'int':
      return fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).map((value) => ({ type, value }));
    case 'float':
      return fc.double({ noNaN: true, min: -1e12, max: 1e12 }).map((value) => ({ type, value }));
    case 'boolean':
      return fc.boolean().map((value) => ({ type, value }));
    case 'date':
      return fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }).map((value) => ({ type, value }));
    default:
      return text.map((value) => ({ type, value }));
  }
};

const attributes = fc
  .subarray(Object.keys(KEY_TYPES))
  .chain((keys) => fc.tuple(...keys.map((k) => valueOf(KEY_TYPES[k]).map((v) => [k, v] as const))));

const eventSpec = fc.record({
  activity: text,
  gapMs: fc.integer({ min: 0, max: 3 * 86_400_000 }),
  durationMs: fc.option(fc.integer({ min: 0, max: 7_200_000 }), { nil: undefined }),
  noTime: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  resource: fc.option(text, { nil: undefined }),
  attrs: attributes,
});

const logSpec = fc.record({
  withStarts: fc.boolean(),
  cases: fc.uniqueArray(
    fc.record({ id: text, attrs: attributes, events: fc.array(eventSpec, { minLength: 1, maxLength: 5 }) }),
    { minLength: 1, maxLength: 5, selector: (c) => c.id },
  ),
});

type LogSpec = typeof logSpec extends fc.Arbitrary<infer T> ? T : never;

function set(column: ReturnType<EventLogBuilder['eventAttribute']>, row: number, v: Value): void {
  if (v.type === 'string' || v.type === 'id') column.setString(row, v.value, v.type);
  else if (v.type === 'boolean') column.setBoolean(row, v.value);
  else column.setNumber(row, v.value, v.type);
}

function build(spec: LogSpec): EventLog {
  const b = newBuilder();
  let t = Date.UTC(2020, 0, 1) + 0.25;
  for (const c of spec.cases) {
    const ci = b.caseFor(c.id);
    for (const [k, v] of c.attrs) set(b.caseAttribute(k), ci, v);
    for (const e of c.events) {
      // one case's intervals never overlap, so start/complete pairs are unambiguous in XES
      const start = t + e.gapMs;
      const end = start + (spec.withStarts && e.durationMs !== undefined ? e.durationMs : 0);
      t = end + 1;
      const row = b.addEvent(ci, e.activity, e.noTime && !spec.withStarts ? NaN : end);
      if (spec.withStarts && e.durationMs !== undefined) b.setStartTimestamp(row, start);
      if (e.resource !== undefined) b.setResource(row, e.resource);
      for (const [k, v] of e.attrs) set(b.eventAttribute(k), row, v);
    }
  }
  return b.build();
}

describe('writeXes → readXes property', () => {
  it.each(['.xes', '.xes.gz'])('a random log reads back equal through %s', async (ext) => {
    await fc.assert(
      fc.asyncProperty(logSpec, async (spec) => {
        const log = build(spec);
        const back = await roundTrip(log, ext);
        expect(plainLog(back)).toEqual(plainLog(log));
        for (const [key, column] of log.eventAttributes) expect(back.eventAttributes.get(key)?.type, key).toBe(column.type);
        for (const [key, column] of log.caseAttributes) expect(back.caseAttributes.get(key)?.type, key).toBe(column.type);
      }),
      { numRuns: ext === '.xes' ? 150 : 50 },
    );
  });
});
