import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultReportPath } from '../../src/cli/report.js';
import { procmine, type CliResult } from '../cli/helpers.js';
import { writeXssFiles, XSS } from './report-fixtures.js';

/** Runs `procmine report …` through bin/procmine.js, as a user would. */
function runReport(args: string[], cwd: string): CliResult {
  return procmine(['report', ...args], { cwd });
}

describe('procmine report', () => {
  it('writes reports/<log name>.html by default, creating the folder', () => {
    const { dir, log } = writeXssFiles();
    const r = runReport([log, '--delimiter', ','], dir);
    expect(r.stderr).toContain('wrote reports/xss.html');
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'reports', 'xss.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.includes(XSS)).toBe(false);
    expect(html.match(/<div class="map-view" data-view="(frequency|performance)"[^>]*><svg/g)).toHaveLength(2);
    expect(html.includes('class="node"')).toBe(true);
    expect(r.stdout).toBe('');
  });

  it('takes -o, the SLA, period, error rate and costs', () => {
    const { dir, log, costs } = writeXssFiles();
    const r = runReport([log, '--delimiter', ',', '-o', 'out/deep/r.html', '--sla', '2d', '--by', 'week', '--failure-activities', 'register', '--costs', costs, '--group-by', 'region', '--top', '5', '-q'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'out', 'deep', 'r.html'), 'utf8');
    for (const id of ['sla', 'outcomes', 'costs']) expect(html.includes(`<section id="${id}">`), id).toBe(true);
    expect(html.includes('Periods are weeks in UTC.')).toBe(true);
  });

  it('writes the same bytes on every run', () => {
    const { dir, log } = writeXssFiles();
    runReport([log, '--delimiter', ',', '-o', 'a.html', '-q'], dir);
    runReport([log, '--delimiter', ',', '-o', 'b.html', '-q'], dir);
    const a = readFileSync(join(dir, 'a.html'));
    expect(a.equals(readFileSync(join(dir, 'b.html')))).toBe(true);
    expect(a.length).toBeGreaterThan(100_000);
  });

  it('rejects conflicting, unknown and unreadable inputs with exit code 2', () => {
    const { dir, log } = writeXssFiles();
    const cases: [string[], RegExp][] = [
      [['--failure-activities', 'a', '--success-end-activities', 'b'], /two ways/],
      [['--costs', 'missing.csv'], /costs file/],
      [['--cost-attribute', 'nope'], /no numeric attribute 'nope'/],
      [['--group-by', 'nope'], /no case attribute 'nope'/],
      [['--sla', 'soon'], /--sla/],
      [['--paths', '150%'], /--paths/],
    ];
    for (const [flags, message] of cases) {
      const r = runReport([log, '--delimiter', ',', '-o', 'x.html', ...flags], dir);
      expect(r.code, flags.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
  });

  it('adds a conformance section with --model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmine-report-model-'));
    const out = join(dir, 'r.html');
    const r = procmine(['report', 'fixtures/logs/running-example.xes', '--model', 'fixtures/models/running-example.bpmn', '-o', out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    const section = html.slice(html.indexOf('id="conformance"'));
    expect(section.length).toBeGreaterThan(0);
    expect(section).toContain('running-example.bpmn');
    expect(section).toMatch(/Fitness<\/div><div class="value">100\.0%/);
    expect(section).toMatch(/Precision<\/div><div class="value">75\.3%/); // pm4py: 0.753086
  });

  it('names the default output after the log without its extensions', () => {
    expect(defaultReportPath('fixtures/logs/Sepsis Cases - Event Log.xes.gz')).toBe(join('reports', 'Sepsis Cases - Event Log.html'));
    expect(defaultReportPath('/data/orders.csv')).toBe(join('reports', 'orders.html'));
    expect(defaultReportPath('log')).toBe(join('reports', 'log.html'));
  });
});

describe('--format html of the analytics commands', () => {
  it.each(['variants', 'cycle-time', 'bottlenecks'])('%s writes one self-contained page', (command) => {
    const dir = mkdtempSync(join(tmpdir(), 'procmine-html-'));
    const out = join(dir, `${command}.html`);
    const r = procmine([command, 'fixtures/logs/running-example.xes', '--format', 'html', '-o', out, ...(command === 'cycle-time' ? ['--by', 'week', '--sla', '10d'] : [])]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.includes('<script type="application/json" id="procmine-data">')).toBe(true);
    expect(html.match(/data-chart="/g)!.length).toBeGreaterThan(0);
  });
});
