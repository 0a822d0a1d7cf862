/**
 * Unit tier for readXes on hand-made fixtures (fixtures/xes/: time-zones.xes uses every zone form; nested.xes has
 * classifiers, nested attributes, lists in both forms, a container and references) and on small logs written by
 * the tests themselves into a temporary folder.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { columnValue } from '../../../src/log/event-log.js';
import type { ReadLogOptions } from '../../../src/log/read-options.js';
import { readXes } from '../../../src/log/xes/read-xes.js';
import { plainLog } from '../../helpers/log-equal.js';

const root = join(__dirname, '..', '..', '..');
const fixture = (name: string): string => join(root, 'fixtures', 'xes', name);
const dir = mkdtempSync(join(tmpdir(), 'procmine-xes-read-'));
let counter = 0;

/** A temporary file with this content. */
function file(content: string | Buffer, name = `log-${counter++}.xes`): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A log of one trace per argument, each trace the XML of its events. */
function xes(...traces: string[]): string {
  const body = traces.map((t, i) => `<trace><string key="concept:name" value="c${i + 1}"/>\n${t}\n</trace>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0">\n${body}\n</log>\n`;
}

function event(activity: string, time: string, extra = ''): string {
  return `<event><string key="concept:name" value="${activity}"/><date key="time:timestamp" value="${time}"/>${extra}</event>`;
}

async function rejection(path: string, options: ReadLogOptions = {}): Promise<InputError> {
  try {
    await readXes(path, options);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readXes: values', () => {
  it('reads the running example: case ids, activities, times, resources, case and event attributes', async () => {
    const log = await readXes(join(root, 'fixtures', 'logs', 'running-example.xes'), { lifecycle: 'all' });
    const cases = plainLog(log);
    expect(cases.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(cases[0].attributes).toEqual({ creator: 'Fluxicon Nitro' });
    expect(cases[0].events[0]).toEqual({
      activity: 'register request',
      timestamp: '2010-12-30T10:02:00.000Z',
      resource: 'Pete',
      attributes: { Activity: 'register request', Costs: '50', Resource: 'Pete' },
    });
    expect(log.info.columns).toEqual({
      case: 'case:concept:name',
      activity: 'concept:name',
      timestamp: 'time:timestamp',
      resource: 'org:resource',
    });
    expect(log.info.format).toBe('xes');
  });

  it('converts UTC offsets (pm4py drops them) and keeps microseconds', async () => {
    const log = await readXes(fixture('time-zones.xes'));
    const [tz] = plainLog(log);
    expect(tz.events.map((e) => [e.activity, e.timestamp])).toEqual([
      ['plus two', '2024-03-30T23:30:00.000Z'],
      ['minus five thirty', '2024-03-31T05:30:00.000Z'],
      ['zulu', '2024-03-31T06:00:00.000Z'],
      ['no zone', '2024-03-31T07:00:00.000Z'],
      ['microseconds', '2024-03-31T07:00:00.123Z'],
      ['compact offset', '2024-03-31T08:00:00.500Z'],
    ]);
    expect(log.timestamps[4]).toBeCloseTo(Date.UTC(2024, 2, 31, 7, 0, 0, 123) + 0.456, 6);
    expect(tz.events[0].attributes).toEqual({ due: '2024-04-01T15:00:00.000Z' });
    expect(tz.attributes).toEqual({ opened: '2024-03-30T19:00:00.000Z' });
  });

  it('reads zone-less times in the zone given (Europe/Amsterdam switches to +02:00 on 31 March 2024)', async () => {
    const log = await readXes(fixture('time-zones.xes'), { timezone: 'Europe/Amsterdam' });
    const noZone = plainLog(log)[0].events.find((e) => e.activity === 'no zone');
    expect(noZone?.timestamp).toBe('2024-03-31T05:00:00.000Z');
  });

  it('keeps nested attributes, lists and containers as JSON, and decodes references', async () => {
    const log = await readXes(fixture('nested.xes'), { lifecycle: 'all' });
    const [n1] = plainLog(log);
    expect(n1.attributes).toEqual({
      budget: 1500,
      vip: true,
      tags: JSON.stringify({
        key: 'tags',
        type: 'list',
        value: '',
        children: [
          { key: 'tag', type: 'string', value: 'x' },
          { key: 'tag', type: 'string', value: 'y' },
        ],
      }),
    });
    const [a, b] = n1.events;
    expect(a.timestamp).toBe('2024-05-01T08:00:00.000Z');
    expect(a.attributes).toEqual({
      'cost center': 'CC 1',
      count: 42,
      note: 'a\nb <c> "d" \'e\' ☺',
      uuid: '550e8400-e29b-41d4-a716-446655440000',
      'lifecycle:transition': 'complete',
      address: JSON.stringify({
        key: 'address',
        type: 'container',
        value: '',
        children: [
          { key: 'city', type: 'string', value: 'Zürich' },
          { key: 'zip', type: 'int', value: '8001' },
        ],
      }),
      // the old list form (items directly in <list>) reads like the IEEE form
      old: JSON.stringify({ key: 'old', type: 'list', value: '', children: [{ key: 'a', type: 'int', value: '1' }] }),
    });
    expect(b.attributes).toEqual({ note: 'single "quoted" > value', ok: false, 'lifecycle:transition': 'complete' });
    expect(log.eventAttributes.get('address')?.type).toBe('list');
    expect(log.eventAttributes.get('uuid')?.type).toBe('id');
    expect(log.eventAttributes.get('count')?.type).toBe('int');
    expect(log.caseAttributes.get('budget')?.type).toBe('float');
  });

  it('fills the XES metadata: version, extensions, globals, classifiers (quoted keys), log attributes', async () => {
    const { info } = await readXes(fixture('nested.xes'));
    expect(info.xes).toEqual({
      version: '1849.2016',
      features: 'nested-attributes',
      extensions: [
        { name: 'Concept', prefix: 'concept', uri: 'http://www.xes-standard.org/concept.xesext' },
        { name: 'Lifecycle', prefix: 'lifecycle', uri: 'http://www.xes-standard.org/lifecycle.xesext' },
      ],
      globals: [{ scope: 'event', attributes: [{ key: 'concept:name', type: 'string', value: '__INVALID__' }] }],
      classifiers: [
        { name: 'Activity', keys: ['concept:name'] },
        { name: 'Activity and lifecycle', keys: ['concept:name', 'lifecycle:transition'] },
        { name: 'By cost center', keys: ['concept:name', 'cost center'] },
      ],
      attributes: [
        { key: 'source', type: 'string', value: 'hand-made & small', children: [{ key: 'version', type: 'int', value: '2' }] },
      ],
    });
  });

  it('names the activity by a declared classifier or by +-joined keys, as ProM does', async () => {
    const byName = await readXes(fixture('nested.xes'), { classifier: 'By cost center' });
    // B has no cost center: ProM leaves that part empty
    expect(byName.activityNames).toEqual(['A+CC 1', 'B+']);
    expect(byName.info.columns.activity).toBe('concept:name+cost center');
    // concept:name is no longer the activity, so it stays as an attribute
    expect(columnValue(byName.eventAttributes.get('concept:name')!, 0)).toBe('A');
    const byKeys = await readXes(fixture('nested.xes'), { classifier: 'concept:name+lifecycle:transition' });
    expect(byKeys.activityNames).toEqual(['A+complete', 'B+complete']);
    const declared = await readXes(fixture('nested.xes'), { classifier: 'Activity and lifecycle' });
    expect(declared.activityNames).toEqual(['A+complete', 'B+complete']);
  });

  it('tells which classifiers the log declares when events lack the classifier keys', async () => {
    const e = await rejection(fixture('nested.xes'), { classifier: 'no such key' });
    expect(e.code).toBe('xes-no-activity');
    expect(e.hint).toContain("'By cost center'");
  });

  it('matches tags by local name whatever the namespace prefix', async () => {
    const text = `<x:log xmlns:x="http://www.xes-standard.org/"><x:trace><x:string key="concept:name" value="1"/>
      <x:event><x:string key="concept:name" value="a"/><x:int key="n" value="7"/></x:event></x:trace></x:log>`;
    const log = await readXes(file(text));
    expect(plainLog(log)).toEqual([{ id: '1', attributes: {}, events: [{ activity: 'a', timestamp: null, attributes: { n: 7 } }] }]);
  });

  it('keeps two traces with the same id as two cases, with a warning', async () => {
    const text = `<log><trace><string key="concept:name" value="x"/>${event('a', '2024-01-01T00:00:00Z')}</trace>
      <trace><string key="concept:name" value="x"/>${event('b', '2024-01-02T00:00:00Z')}</trace></log>`;
    const log = await readXes(file(text));
    expect(log.caseIds).toEqual(['x', 'x']);
    expect(log.info.warnings.join('\n')).toContain('repeat the id');
  });

  it('keeps an event without time:timestamp (time NaN) and parses string timestamps from CSV conversions', async () => {
    const text = xes(
      '<event><string key="concept:name" value="a"/></event>' +
        '<event><string key="concept:name" value="b"/><string key="time:timestamp" value="2019/11/03 01:11:19.000"/></event>' +
        '<event><string key="concept:name" value="c"/><string key="time:timestamp" value="?"/></event>',
    );
    const log = await readXes(file(text));
    expect(plainLog(log)[0].events.map((e) => [e.activity, e.timestamp])).toEqual([
      ['b', '2019-11-03T01:11:19.000Z'],
      ['a', null],
      ['c', null],
    ]);
    expect(log.info.warnings).toEqual([
      '1 time:timestamp value(s) that are not dates were read as missing (first at line 4: "?")',
    ]);
  });

  it('reports events outside any trace as dropped (the standard allows them; pm4py fails on them)', async () => {
    const text = `<log>${event('lonely', '2024-01-01T00:00:00Z')}<trace><string key="concept:name" value="1"/>${event('a', '2024-01-01T00:00:00Z')}</trace></log>`;
    const log = await readXes(file(text));
    expect(log.activities.length).toBe(1);
    expect(log.info.dropped).toEqual({ count: 1, reasons: { 'event outside a trace': 1 }, examples: [{ line: 1, reason: 'event outside a trace' }] });
  });

  it('detects gzip by its magic bytes, not by the name', async () => {
    const text = xes(event('a', '2024-01-01T00:00:00Z'));
    const gzippedAsXes = await readXes(file(gzipSync(text), 'really-gzip.xes'));
    const plainAsGz = await readXes(file(text, 'really-plain.xes.gz'));
    expect(plainLog(gzippedAsXes)).toEqual(plainLog(plainAsGz));
    expect(gzippedAsXes.activityNames).toEqual(['a']);
  });

  it('reports progress in bytes of the file', async () => {
    const path = join(root, 'fixtures', 'logs', '08_receipt.xes.gz');
    const calls: [number, number][] = [];
    await readXes(path, { onProgress: (read, total) => calls.push([read, total]) });
    const size = readFileSync(path).length;
    expect(calls.at(-1)).toEqual([size, size]);
  });
});

describe('readXes: invalid input', () => {
  it('refuses an event without concept:name, naming line and column, with a hint about --skip-invalid', async () => {
    const path = file(xes(event('a', '2024-01-01T00:00:00Z'), '  <event><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event>'));
    const e = await rejection(path);
    expect({ code: e.code, line: e.line, column: e.column, file: e.file }).toEqual({ code: 'xes-no-activity', line: 7, column: 3, file: path });
    expect(e.message).toContain('concept:name');
    expect(e.hint).toContain('--skip-invalid');
  });

  it('drops such an event with skipInvalid, and says so', async () => {
    const path = file(xes(event('a', '2024-01-01T00:00:00Z'), '<event><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event>'));
    const log = await readXes(path, { skipInvalid: true });
    expect(log.caseIds).toEqual(['c1']);
    expect(log.info.dropped).toEqual({ count: 1, reasons: { 'event without concept:name': 1 }, examples: [{ line: 7, reason: 'event without concept:name' }] });
    expect(log.info.eventsRead).toBe(2);
  });

  it.each([
    ['int', '0.0'],
    ['int', '12abc'],
    ['float', '1.0.0'],
    ['float', ''],
    ['boolean', 'yes'],
    ['date', '2002-0530T09:30:10Z'],
    ['date', '2002-02-30T09:30:10Z'],
  ])('refuses an invalid %s value "%s" at its place, or drops the event with skipInvalid', async (type, value) => {
    const bad = `\n<event><string key="concept:name" value="b"/><${type} key="x" value="${value}"/></event>`;
    const path = file(xes(event('a', '2024-01-01T00:00:00Z') + bad));
    const e = await rejection(path);
    expect({ code: e.code, line: e.line, column: e.column }).toEqual({ code: 'xes-invalid-value', line: 5, column: 63 + type.length });
    expect(e.message).toContain(`invalid ${type} value "${value}" for attribute 'x'`);
    const log = await readXes(path, { skipInvalid: true });
    expect(log.activityNames).toEqual(['a']);
    expect(log.info.dropped.reasons).toEqual({ [`invalid ${type} value`]: 1 });
  });

  it('leaves out an invalid trace attribute with skipInvalid, with a warning', async () => {
    const text = `<log><trace><string key="concept:name" value="1"/><int key="n" value="x"/>${event('a', '2024-01-01T00:00:00Z')}</trace></log>`;
    expect((await rejection(file(text))).code).toBe('xes-invalid-value');
    const log = await readXes(file(text), { skipInvalid: true });
    expect(log.caseAttributes.size).toBe(0);
    expect(log.info.warnings).toEqual(['1 trace attribute value(s) were left out: invalid int value (first at line 1)']);
  });

  it('accepts booleans in any case and 1/0, ints and floats with spaces and exponents', async () => {
    const attrs =
      '<boolean key="b1" value="True"/><boolean key="b2" value="0"/><int key="i" value=" -12 "/>' +
      '<float key="f1" value="-2.5E-3"/><float key="f2" value="INF"/><float key="f3" value=".5"/>';
    const log = await readXes(file(xes(event('a', '2024-01-01T00:00:00Z', attrs))));
    expect(plainLog(log)[0].events[0].attributes).toEqual({ b1: true, b2: false, i: -12, f1: -0.0025, f2: Infinity, f3: 0.5 });
  });

  it.each([
    ['<log><trace><event><log/></event></trace></log>', 'xes-structure', '<log> inside <event>'],
    ['<log><trace><event><trace/></event></trace></log>', 'xes-structure', '<trace> inside <event>'],
    ['<log><trace><trace/></trace></log>', 'xes-structure', '<trace> inside <trace>'],
    ['<log><trace><event><event/></event></trace></log>', 'xes-structure', '<event> inside <event>'],
    ['<html><body/></html>', 'xes-structure', 'root element is <html>'],
    ['<log><trace>', 'xml-truncated', 'before <trace> is closed'],
    ['<log><trace></log>', 'xml-malformed', 'mismatched end tag'],
  ])('refuses a misplaced or malformed structure: %s', async (text, code, message) => {
    const e = await rejection(file(text));
    expect(e.code).toBe(code);
    expect(e.message).toContain(message);
    expect(e.line).toBe(1);
  });

  it('ignores unknown elements with a warning', async () => {
    const text = xes(event('a', '2024-01-01T00:00:00Z', '<text key="x" value="y"/><text key="x" value="z"/>'));
    const log = await readXes(file(text));
    expect(log.eventAttributes.size).toBe(0);
    expect(log.info.warnings).toEqual(['2 unexpected <text> element(s) in <event> were ignored (first at line 4)']);
  });
});
