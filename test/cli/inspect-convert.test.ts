/**
 * CLI tier: the built binary on fixtures, asserting exit codes, messages and parsed JSON.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, procmine } from './helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'procmine-cli-'));

describe('procmine --help', () => {
  it('lists the commands and examples', () => {
    const r = procmine(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('inspect');
    expect(r.stdout).toContain('convert');
    expect(r.stdout).toContain('Examples:');
  });

  it.each(['inspect', 'convert'])('%s --help has examples', (command) => {
    const r = procmine([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain(`procmine ${command} `);
  });

  it('rejects an unknown flag with exit code 2', () => {
    const r = procmine(['inspect', fixture('logs', 'running-example.xes'), '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--frobnicate');
  });

  it('rejects an unknown time zone with exit code 2 and a hint', () => {
    const r = procmine(['inspect', fixture('logs', 'running-example.csv'), '--timezone', 'Mars/Olympus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Mars/Olympus');
    expect(r.stderr).toContain('hint:');
  });
});

describe('procmine inspect', () => {
  it('reports the running example as pm4py counts it', () => {
    const r = procmine(['inspect', fixture('logs', 'running-example.xes'), '--format', 'json', '--lifecycle', 'all']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)[0]).toBe('schema');
    expect(json.schema).toBe('procmine.inspect/1');
    expect(json.cases).toBe(6);
    expect(json.events).toBe(42);
    expect(json.activities[0]).toEqual({ name: 'check ticket', count: 9 });
    expect(json.startActivities).toEqual({ 'register request': 6 });
    expect(json.endActivities).toEqual({ 'pay compensation': 3, 'reject request': 3 });
    expect(json.timeRange).toEqual({ start: '2010-12-30T10:02:00.000Z', end: '2011-01-24T13:56:00.000Z' });
    expect(json.dropped.count).toBe(0);
  });

  it('gives byte-identical JSON on every run', () => {
    const args = ['inspect', fixture('logs', '08_receipt.xes.gz'), '--format', 'json'];
    expect(procmine(args).stdout).toBe(procmine(args).stdout);
  });

  it('prints a table with the column mapping for a CSV', () => {
    const r = procmine(['inspect', fixture('logs', 'running-example-transformed.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('case=CaseID');
    expect(r.stdout).toContain('activity=Activity');
    expect(r.stdout).toContain('Start activities');
  });

  it('writes the output to a file with -o', () => {
    const dir = tmp();
    const out = join(dir, 'summary.json');
    const r = procmine(['inspect', fixture('logs', 'running-example.xes'), '--format', 'json', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).cases).toBe(6);
  });
});

describe('bad input: exit code 2 and a message naming the file', () => {
  it('missing file', () => {
    const r = procmine(['inspect', 'no/such/log.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no/such/log.csv');
    expect(r.stderr).toContain('no such file');
  });

  it('empty file', () => {
    const f = join(tmp(), 'empty.csv');
    writeFileSync(f, '');
    const r = procmine(['inspect', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${f}: the file is empty`);
  });

  it('a CSV without the needed columns lists the columns found and the flags', () => {
    const f = join(tmp(), 'cols.csv');
    writeFileSync(f, 'who,what,when\n1,a,2024-01-01T00:00:00Z\n');
    const r = procmine(['inspect', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(f);
    expect(r.stderr).toContain("'who', 'what', 'when'");
    expect(r.stderr).toContain('--case');
  });

  it('a header-only CSV has no events', () => {
    const f = join(tmp(), 'header.csv');
    writeFileSync(f, 'case:concept:name,concept:name,time:timestamp\n');
    const r = procmine(['inspect', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no events/);
  });

  it('an XES without events', () => {
    const f = join(tmp(), 'none.xes');
    writeFileSync(f, '<?xml version="1.0"?><log xes.version="1.0"><trace><string key="concept:name" value="1"/></trace></log>');
    const r = procmine(['inspect', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no events/);
  });

  it('an unknown extension', () => {
    const f = join(tmp(), 'log.docx');
    writeFileSync(f, 'x');
    const r = procmine(['inspect', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown log format');
  });

  it('malformed XML names line and column', () => {
    const f = join(tmp(), 'bad.xes');
    writeFileSync(f, '<?xml version="1.0"?>\n<log>\n<trace>\n<event><string key="concept:name" value="a"/></trace>\n</log>\n');
    const r = procmine(['inspect', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:\\d+`));
  });

  it('a row with too few fields names its line; --skip-invalid drops it and inspect reports why', () => {
    const f = join(tmp(), 'short.csv');
    writeFileSync(f, 'case_id,activity,timestamp\n1,a,2024-01-01T00:00:00Z\n1,b\n1,c,2024-01-01T02:00:00Z\n');
    const r = procmine(['inspect', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${f}:3`);
    const s = procmine(['inspect', f, '--skip-invalid', '--format', 'json']);
    expect(s.code).toBe(0);
    const json = JSON.parse(s.stdout);
    expect(json.events).toBe(2);
    expect(json.dropped.count).toBe(1);
  });
});

describe('procmine convert', () => {
  it('CSV → XES → Arrow → CSV keeps every event, attribute and timestamp', () => {
    const dir = tmp();
    const src = fixture('logs', 'running-example.csv');
    const xes = join(dir, 'a.xes.gz');
    const arrow = join(dir, 'b.arrow');
    const csv = join(dir, 'c.csv');
    expect(procmine(['convert', src, xes, '-q']).code).toBe(0);
    expect(procmine(['convert', xes, arrow, '-q']).code).toBe(0);
    expect(procmine(['convert', arrow, csv, '-q']).code).toBe(0);
    const before = JSON.parse(procmine(['inspect', src, '--format', 'json']).stdout);
    const after = JSON.parse(procmine(['inspect', csv, '--format', 'json']).stdout);
    for (const key of ['cases', 'events', 'activities', 'startActivities', 'endActivities', 'timeRange', 'variants']) {
      expect(after[key]).toEqual(before[key]);
    }
  });

  it('says what it wrote on stderr', () => {
    const dir = tmp();
    const r = procmine(['convert', fixture('logs', 'running-example.xes'), join(dir, 'x.csv')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('6 cases, 42 events');
  });

  it('refuses an unknown output extension before reading', () => {
    const r = procmine(['convert', fixture('logs', 'running-example.xes'), join(tmp(), 'x.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('x.docx');
  });

  it('leaves no output file behind when the input fails half-way', () => {
    const dir = tmp();
    const f = join(dir, 'bad.csv');
    const good = Array.from({ length: 5000 }, (_, i) => `${i % 50},a${i % 7},2024-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`);
    writeFileSync(f, `case_id,activity,timestamp\n${good.join('\n')}\n7,x,not-a-date\n`);
    const out = join(dir, 'out.xes');
    const r = procmine(['convert', f, out]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['bad.csv']);
  });
});
