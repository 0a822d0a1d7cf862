/**
 * The CSV reader on hand-made inputs (fixtures/csv/<case>.csv, and temporary files for generated ones):
 * quoting, BOM, line ends, delimiter sniffing, gzip, typed attributes, case attributes, classifier, time zones,
 * timestamp detection that needs a second pass, and every kind of bad input as an InputError with its line and
 * column, or, with skipInvalid, as counted drops.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/log/csv/read-csv.js';
import { InputError, isUserError, UsageError } from '../../../src/errors.js';
import type { ReadLogOptions } from '../../../src/log/read-options.js';
import { plainLog } from '../../helpers/log-equal.js';

const fixtures = join(__dirname, '..', '..', '..', 'fixtures', 'csv');
const tmp = mkdtempSync(join(tmpdir(), 'procmine-csv-'));
let counter = 0;

function fixture(name: string): string {
  return join(fixtures, `${name}.csv`);
}

function temp(content: string | Buffer, suffix = '.csv'): string {
  const file = join(tmp, `t${counter++}${suffix}`);
  writeFileSync(file, content);
  return file;
}

async function failure(file: string, options: ReadLogOptions = {}): Promise<InputError> {
  try {
    await readCsv(file, options);
  } catch (error) {
    expect(isUserError(error)).toBe(true);
    return error as InputError;
  }
  throw new Error(`expected ${file} to fail`);
}

describe('reading', () => {
  it('basic.csv: quotes, embedded newlines and delimiters, typed attributes, case attributes', async () => {
    const log = await readCsv(fixture('basic'));
    expect(log.info.delimiter).toBe(',');
    expect(log.info.timestampFormat).toBe('iso');
    expect(log.info.columns).toEqual({ case: 'case', activity: 'activity', timestamp: 'timestamp', resource: 'resource' });
    expect(plainLog(log)).toEqual([
      {
        id: 'c1',
        attributes: { region: 'North' },
        events: [
          { activity: 'register', timestamp: '2021-01-04T09:00:00.000Z', resource: 'Ann', attributes: { cost: 10, urgent: true, note: 'plain' } },
          { activity: 'check, twice', timestamp: '2021-01-04T10:30:00.000Z', resource: 'Bob', attributes: { cost: 12.5, urgent: false, note: 'said "ok"' } },
          { activity: 'decide', timestamp: '2021-01-05T11:00:00.000Z', resource: null, attributes: { urgent: true } },
        ],
      },
      {
        id: 'c2',
        attributes: { region: 'South' },
        events: [
          { activity: 'register', timestamp: '2021-01-05T08:00:00.000Z', resource: 'Ann', attributes: { cost: 7, note: 'two\nlines' } },
          { activity: 'decide', timestamp: '2021-01-06T12:15:00.000Z', resource: 'Chloé', attributes: { cost: 8, urgent: false } },
        ],
      },
    ]);
    expect(log.eventAttributes.get('cost')?.type).toBe('float');
    expect(log.eventAttributes.get('urgent')?.type).toBe('boolean');
  });

  it('a UTF-8 BOM, CRLF line ends, a blank line, a sniffed semicolon and a quoted semicolon', async () => {
    const log = await readCsv(fixture('bom-crlf-semicolon'));
    expect(log.info.delimiter).toBe(';');
    expect(log.info.columns.case).toBe('Case ID');
    expect(log.info.timestampFormat).toBe('DD.MM.YYYY HH:mm');
    expect(plainLog(log).map((c) => [c.id, c.events.map((e) => e.activity)])).toEqual([
      ['1', ['a;b', 'c']],
      ['2', ['a']],
    ]);
    expect(new Date(log.timestamps[1]).toISOString()).toBe('2021-01-05T10:00:00.000Z');
  });

  it.each([
    ['\t', 'tab'],
    ['|', 'pipe'],
    [';', 'semicolon'],
    [',', 'comma'],
  ])('sniffs %j (%s), even with the other candidates inside quoted fields', async (d) => {
    const rows = [
      ['case', 'activity', 'timestamp', 'note'],
      ['1', 'a', '2021-01-01T10:00:00Z', '"x,y;z|w\tv"'],
      ['1', 'b', '2021-01-01T11:00:00Z', '"1,5"'],
    ];
    const log = await readCsv(temp(rows.map((r) => r.join(d)).join('\n')));
    expect(log.info.delimiter).toBe(d);
    expect(plainLog(log)[0].events[0].attributes.note).toBe('x,y;z|w\tv');
  });

  it('takes the delimiter given, by character or by name', async () => {
    const file = temp('case;activity;timestamp\n1;a;2021-01-01\n');
    expect((await readCsv(file, { delimiter: ';' })).info.delimiter).toBe(';');
    const tsv = temp('case\tactivity\ttimestamp\n1\ta\t2021-01-01\n');
    expect((await readCsv(tsv, { delimiter: '\\t' })).info.delimiter).toBe('\t');
    await expect(readCsv(file, { delimiter: ';;' })).rejects.toThrow(UsageError);
  });

  it('reads old Mac CR-only line ends and a last line without one', async () => {
    const log = await readCsv(temp('case,activity,timestamp\r1,a,2021-01-01\r1,b,2021-01-02'));
    expect(plainLog(log)[0].events.map((e) => e.activity)).toEqual(['a', 'b']);
  });

  it('reads gzip, told by its magic bytes', async () => {
    const file = temp(gzipSync(Buffer.from('case,activity,timestamp\n1,a,2021-01-01\n1,b,2021-01-02\n')), '.csv.gz');
    const log = await readCsv(file);
    expect(log.activities.length).toBe(2);
  });

  it('keeps non-ASCII text across chunk boundaries', async () => {
    const rows = ['case,activity,timestamp'];
    for (let i = 0; i < 60_000; i++) rows.push(`${i % 97},Überprüfung «${i % 7}» 検査,2021-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`);
    const log = await readCsv(temp(rows.join('\n')));
    expect(log.activities.length).toBe(60_000);
    expect([...log.activityNames].sort()).toEqual([0, 1, 2, 3, 4, 5, 6].map((k) => `Überprüfung «${k}» 検査`));
  });

  it('classifies attribute values: canonical ints and floats, booleans, everything else text', async () => {
    const file = temp(
      'case,activity,timestamp,i,f,b,s,z,big\n' +
        '1,a,2021-01-01,42,3.25,true,007,-0,12345678901234567890\n' +
        '1,b,2021-01-02,-7,1e3,false,1,5,1\n',
    );
    const log = await readCsv(file);
    expect(log.eventAttributes.get('i')?.type).toBe('int');
    expect(log.eventAttributes.get('f')?.type).toBe('float');
    expect(log.eventAttributes.get('b')?.type).toBe('boolean');
    // `007` is text, so the column (007, then 1) is text: nothing is lost.
    expect(log.eventAttributes.get('s')?.type).toBe('string');
    expect(plainLog(log)[0].events.map((e) => e.attributes.s)).toEqual(['007', '1']);
    expect(plainLog(log)[0].events[0].attributes.z).toBe('-0');
    expect(plainLog(log)[0].events[0].attributes.big).toBe('12345678901234567890');
  });

  it('takes the first non-missing value of a case attribute', async () => {
    const log = await readCsv(temp('case:concept:name,concept:name,time:timestamp,case:owner\n1,a,2021-01-01,\n1,b,2021-01-02,Ann\n1,c,2021-01-03,Bob\n'));
    expect(plainLog(log)[0].attributes).toEqual({ owner: 'Ann' });
  });

  it('joins the classifier columns into the activity', async () => {
    const file = temp('case,activity,timestamp,lifecycle:transition\n1,a,2021-01-01,start\n1,a,2021-01-02,complete\n');
    const log = await readCsv(file, { classifier: 'activity+lifecycle:transition', lifecycle: 'all' });
    expect(plainLog(log)[0].events.map((e) => e.activity)).toEqual(['a+start', 'a+complete']);
    expect(log.info.columns.activity).toBe('activity+lifecycle:transition');
    await expect(readCsv(file, { classifier: 'activity+nope' })).rejects.toMatchObject({ code: 'column-not-found' });
  });

  it('pairs start and complete rows by concept:instance when merging', async () => {
    const file = temp(
      'case,activity,timestamp,lifecycle:transition,concept:instance\n' +
        '1,a,2021-01-01T10:00Z,start,x\n1,a,2021-01-01T10:05Z,start,y\n1,a,2021-01-01T10:30Z,complete,y\n1,a,2021-01-01T10:40Z,complete,x\n',
    );
    const log = await readCsv(file, { lifecycle: 'merge' });
    expect(log.activities.length).toBe(2);
    const pairs = [0, 1].map((e) => [new Date(log.startTimestamps![e]).toISOString().slice(11, 16), new Date(log.timestamps[e]).toISOString().slice(11, 16)]);
    expect(pairs).toEqual([['10:00', '10:40'], ['10:05', '10:30']]);
  });

  it('reads zone-less timestamps in --timezone, and honours --timestamp-format', async () => {
    const file = temp('case,activity,timestamp\n1,a,2021-07-01 12:00\n');
    expect((await readCsv(file, { timezone: 'Europe/Amsterdam' })).timestamps[0]).toBe(Date.UTC(2021, 6, 1, 10));
    const dmy = temp('case,activity,timestamp\n1,a,01/02/2021 10:00\n');
    const log = await readCsv(dmy, { timestampFormat: 'DD/MM/YYYY HH:mm' });
    expect(log.timestamps[0]).toBe(Date.UTC(2021, 1, 1, 10));
    expect(log.info.timestampFormat).toBe('DD/MM/YYYY HH:mm');
    const us = await readCsv(dmy, { timestampFormat: 'MM/DD/YYYY HH:mm' });
    expect(us.timestamps[0]).toBe(Date.UTC(2021, 0, 2, 10));
  });

  it('reads epoch seconds and milliseconds', async () => {
    const s = await readCsv(temp('case,activity,timestamp\n1,a,1609495200\n1,b,1609498800.5\n'));
    expect(s.info.timestampFormat).toBe('epoch-s');
    expect([...s.timestamps]).toEqual([Date.UTC(2021, 0, 1, 10), Date.UTC(2021, 0, 1, 11) + 500]);
    const ms = await readCsv(temp('case,activity,timestamp\n1,a,1609495200000\n'));
    expect(ms.info.timestampFormat).toBe('epoch-ms');
    expect(ms.timestamps[0]).toBe(Date.UTC(2021, 0, 1, 10));
  });

  it('reads the rest of an ambiguous column before giving up: a day of 13 on row 1500 settles it', async () => {
    const rows = ['case,activity,timestamp'];
    for (let i = 0; i < 1500; i++) rows.push(`${i},a,0${1 + (i % 9)}/0${1 + (i % 8)}/2021 10:00`);
    rows.push('x,b,13/01/2021 10:00');
    const log = await readCsv(temp(rows.join('\n')));
    expect(log.info.timestampFormat).toBe('DD/MM/YYYY HH:mm');
    expect(log.timestamps[0]).toBe(Date.UTC(2021, 0, 1, 10));
  });

  it('reports progress with the file size', async () => {
    const calls: [number, number][] = [];
    const file = fixture('basic');
    await readCsv(file, { onProgress: (read, total) => calls.push([read, total]) });
    expect(calls.length).toBeGreaterThan(0);
    const [read, total] = calls[calls.length - 1];
    expect(read).toBe(total);
  });

  it('names an empty header cell as pandas does and suffixes repeated names', async () => {
    const log = await readCsv(temp(',case,activity,timestamp,x,x\n0,1,a,2021-01-01,p,q\n'));
    expect(plainLog(log)[0].events[0].attributes).toEqual({ 'Unnamed: 0': 0, x: 'p', 'x.1': 'q' });
  });
});

describe('bad input: an InputError naming file, line and column', () => {
  it.each([
    ['too-many-fields', 'csv-fields', 3, 4],
    ['too-few-fields', 'csv-fields', 4, 3],
    ['unterminated-quote', 'csv-quote', 3, 2],
    ['text-after-quote', 'csv-quote', 3, 2],
    ['empty-case', 'csv-empty-value', 3, 1],
    ['empty-activity', 'csv-empty-value', 3, 2],
    ['empty-timestamp', 'csv-empty-value', 3, 3],
    ['bad-timestamp', 'timestamp-unparseable', 3, 3],
  ])('%s → %s at line %i, column %i', async (name, code, line, column) => {
    const file = fixture(name);
    const error = await failure(file);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code, file, line, column });
    expect(error.hint).toBeTruthy();
  });

  it('an unparseable timestamp names the value and the column', async () => {
    const error = await failure(fixture('bad-timestamp'));
    expect(error.message).toContain("'2021-02-30 10:00'");
    expect(error.message).toContain("'timestamp'");
  });

  it('an ambiguous date column says which flag to pass', async () => {
    const error = await failure(fixture('ambiguous-dates'));
    expect(error).toMatchObject({ code: 'timestamp-ambiguous', line: 2, column: 3 });
    expect(error.hint).toContain('--timestamp-format "DD/MM/YYYY HH:mm"');
    expect(error.hint).toContain('--timestamp-format "MM/DD/YYYY HH:mm"');
  });

  it('a first row of data instead of a header', async () => {
    expect(await failure(fixture('no-header'))).toMatchObject({ code: 'csv-no-header', line: 1 });
  });

  it('a file with no rows at all', async () => {
    expect(await failure(temp('\n\n'))).toMatchObject({ code: 'csv-no-header' });
  });

  it('a missing required column names the columns found and the flag', async () => {
    const error = await failure(fixture('missing-column'));
    expect(error.code).toBe('column-not-found');
    expect(error.hint).toContain("'step'");
    expect(error.hint).toContain('--activity');
  });

  it('UTF-16 is refused with a hint', async () => {
    const file = temp(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('case,activity,timestamp\n', 'utf16le')]));
    expect(await failure(file)).toMatchObject({ code: 'csv-encoding' });
  });

  it('an unclosed quote in the header', async () => {
    expect(await failure(temp('case,"activity,timestamp\n1,a,2021-01-01\n'))).toMatchObject({ code: 'csv-quote', line: 1, column: 2 });
  });

  it('an unknown time zone, even where the timestamps carry no wall time', async () => {
    await expect(readCsv(temp('case,activity,timestamp\n1,a,1609495200\n'), { timezone: 'Nowhere/Town' })).rejects.toMatchObject({
      code: 'timezone-unknown',
    });
  });

  it('a missing file', async () => {
    expect(await failure(join(tmp, 'nope.csv'))).toMatchObject({ code: 'file-not-found' });
  });

  it('an unterminated quote at the end stays fatal with skipInvalid', async () => {
    const error = await failure(fixture('unterminated-quote'), { skipInvalid: true });
    expect(error).toMatchObject({ code: 'csv-quote', line: 3 });
  });
});

describe('skipInvalid', () => {
  it('drops each bad row, counting reasons and keeping the lines of the first ones', async () => {
    const log = await readCsv(fixture('mixed-bad-rows'), { skipInvalid: true });
    expect(plainLog(log).map((c) => [c.id, c.events.map((e) => e.activity)])).toEqual([
      ['c1', ['a']],
      ['c2', ['c']],
      ['c3', ['b']],
    ]);
    expect(log.info.dropped.count).toBe(6);
    expect(log.info.dropped.reasons).toEqual({
      'too many fields': 1,
      'empty activity': 1,
      'unparseable timestamp': 1,
      'empty case id': 1,
      'text after a closing quote': 1,
      'too few fields': 1,
    });
    expect(log.info.dropped.examples.map((e) => e.line)).toEqual([3, 4, 5, 6, 8]);
    expect(log.info.eventsRead).toBe(9);
    // A dropped row leaves no case behind: c3's only other rows were dropped, yet c3 has its good row.
    expect(log.info.warnings).toEqual([]);
  });

  it('fails on the first bad row without it', async () => {
    expect(await failure(fixture('mixed-bad-rows'))).toMatchObject({ code: 'csv-fields', line: 3, column: 5 });
  });
});
