/**
 * CLI tier for `filter` and `compare`: exit codes, JSON fields, byte-identical reruns, and filtered logs read back
 * and checked against plain counting, through the built binary.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { columnValue } from '../../src/log/event-log.js';
import { readLog } from '../../src/log/read-log.js';
import { fixture, procmine, type CliResult } from './helpers.js';

const run = (args: string[]): CliResult => procmine(args);

const receipt = fixture('logs', '08_receipt.xes.gz');
const dir = mkdtempSync(join(tmpdir(), 'procmine-filter-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('procmine filter', () => {
  it('writes the filtered log and reports each filter on stderr', async () => {
    const out = join(dir, 'desk.csv');
    const r = run(['filter', receipt, '--where', 'channel=Desk', '--with-rework', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^filter --where \(channel = Desk\): removed 1,325 case\(s\), 7,920 event\(s\); 109 case\(s\), 657 event\(s\) left$/);
    expect(lines[1]).toMatch(/^filter --with-rework \(cases where any activity repeats\): removed /);
    expect(lines[2]).toMatch(/^wrote .*desk\.csv \(csv\): 10 cases, /);
    // read back, and count the same cases from the original by hand
    const full = await readLog(receipt);
    const channel = full.caseAttributes.get('channel')!;
    const expected = full.caseIds.filter((_, c) => {
      if (columnValue(channel, c) !== 'Desk') return false;
      const seen = new Set<number>();
      for (let e = full.caseOffsets[c]; e < full.caseOffsets[c + 1]; e++) {
        if (seen.has(full.activities[e])) return true;
        seen.add(full.activities[e]);
      }
      return false;
    });
    const written = await readLog(out);
    expect([...written.caseIds].sort()).toEqual([...expected].sort());
  });

  it('prints a byte-identical JSON report on a rerun, filters in command-line order', () => {
    const args = ['filter', receipt, '--top-variants', '1', '--keep-activities', 'Confirmation of receipt,T06 Determine necessity of stop advice',
      '-o', join(dir, 'a.xes.gz'), '--json', '--quiet'];
    const first = run(args);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(run(args).stdout).toBe(first.stdout);
    const json = JSON.parse(first.stdout);
    expect(Object.keys(json)).toEqual(['schema', 'input', 'output', 'cases', 'events', 'filters']);
    expect(json.schema).toBe('procmine.filter/1');
    expect(json.filters.map((f: { name: string }) => f.name)).toEqual(['--top-variants', '--keep-activities']);
    // the top variant of receipt has 713 cases (pm4py's ref), each keeping its two named events
    expect(json.cases).toBe(713);
    expect(json.events).toBe(2 * 713);
    const reversed = JSON.parse(run(['filter', receipt, '--keep-activities', 'Confirmation of receipt,T06 Determine necessity of stop advice',
      '--top-variants', '1', '-o', join(dir, 'b.xes.gz'), '--json', '--quiet']).stdout);
    expect(reversed.filters.map((f: { name: string }) => f.name)).toEqual(['--keep-activities', '--top-variants']);
    expect(reversed.cases).not.toBe(713);
  });

  it('exits 2 naming the filter that removed the last case, and for unknown attributes or activities', () => {
    const empty = run(['filter', receipt, '--where', 'channel=Fax', '-o', join(dir, 'x.csv')]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no cases left after --where (channel = Fax): it removed all 1,434 case(s) of the log');
    expect(empty.stderr).toContain('values of channel: Internet (1250), Desk (109)');
    const unknown = run(['filter', receipt, '--where', 'chanel=Desk', '-o', join(dir, 'x.csv')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("the log has no attribute 'chanel'");
    expect(unknown.stderr).toContain('case attributes: channel, deadline, department');
    const activity = run(['filter', receipt, '--cases-with', 'confirmation of receipt', '-o', join(dir, 'x.csv')]);
    expect(activity.code).toBe(2);
    expect(activity.stderr).toContain("did you mean 'Confirmation of receipt'");
    expect(run(['filter', receipt, '--top-variants', 'many', '-o', join(dir, 'x.csv')]).code).toBe(2);
    expect(run(['filter', receipt, '-o', join(dir, 'x.unknown')]).code).toBe(2);
    expect(run(['filter', receipt]).code).toBe(2);
  });
});

describe('procmine compare', () => {
  const split = ['compare', receipt, '--split-by', 'channel=Internet,Desk', '--sla', '5d', '--format', 'json'];

  it('--split-by: procmine.compare/1 with the CLI.md fields, byte-identical on a rerun', () => {
    const r = run(split);
    expect(r.code).toBe(0);
    expect(run(split).stdout).toBe(r.stdout);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['schema', 'split', 'baseline', 'groups', 'tests', 'variants', 'activities', 'edges', 'verdict', 'caveats', 'settings']);
    expect(json.schema).toBe('procmine.compare/1');
    expect(json.groups.map((g: { name: string; cases: number }) => [g.name, g.cases])).toEqual([['Internet', 1250], ['Desk', 109]]);
    expect(Object.keys(json.groups[0])).toEqual(['name', 'cases', 'events', 'cycleTime', 'slaShare', 'reworkShare']);
    expect(Object.keys(json.tests.cycleTime)).toEqual(expect.arrayContaining(['mannWhitney', 'welch', 'medianDifferenceSeconds', 'ci95', 'effectSize']));
    expect(json.tests.cycleTime.mannWhitney.p).toBeCloseTo(0.17570988483572403, 12);
    expect(json.tests.cycleTime.welch.df).toBeCloseTo(125.79887452741131, 8);
    expect(Object.keys(json.variants)).toEqual(expect.arrayContaining(['onlyA', 'onlyB', 'changed']));
    expect(json.edges.length).toBe(10);
    expect(json.verdict).toMatch(/^No significant difference in median cycle time between Desk and Internet/);
  });

  it('two logs (written by filter) with --names give the same tests as the split', () => {
    expect(run(['filter', receipt, '--where', 'channel=Internet', '-o', join(dir, 'internet.parquet'), '-q']).code).toBe(0);
    expect(run(['filter', receipt, '--where', 'channel=Desk', '-o', join(dir, 'desk.parquet'), '-q']).code).toBe(0);
    const r = run(['compare', join(dir, 'internet.parquet'), join(dir, 'desk.parquet'), '--names', 'Internet,Desk', '--sla', '5d', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const bySplit = JSON.parse(run(split).stdout);
    expect(json.split).toEqual({ by: 'logs', files: [join(dir, 'internet.parquet'), join(dir, 'desk.parquet')] });
    expect(json.groups).toEqual(bySplit.groups);
    expect(json.tests).toEqual(bySplit.tests);
  });

  it('--split-at: before/after with its caveats; table and dot formats', () => {
    const r = run(['compare', receipt, '--split-at', '2011-01-01', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.groups.map((g: { name: string }) => g.name)).toEqual(['before 2011-01-01', 'from 2011-01-01']);
    expect(json.groups[0].cases + json.groups[1].cases).toBe(1434);
    expect(json.verdict).toMatch(/^from 2011-01-01 is [\d.]+ days faster than before 2011-01-01 in median/);
    expect(json.caveats.some((c: string) => c.startsWith('Cases still open'))).toBe(true);
    const table = run(['compare', receipt, '--split-at', '2011-01-01']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Groups (baseline: before 2011-01-01)');
    const dot = run(['compare', receipt, '--split-by', 'channel=Internet,Desk', '--format', 'dot', '--metric', 'waiting']);
    expect(dot.code).toBe(0);
    expect(dot.stdout.startsWith('digraph differencemap {')).toBe(true);
  });

  it('reports the filters applied before splitting', () => {
    const json = JSON.parse(run(['compare', receipt, '--split-by', 'channel=Internet,Desk', '--cases-without', 'T03 Adjust confirmation of receipt',
      '--format', 'json', '--bootstrap', '200', '-q']).stdout);
    expect(json.filters).toEqual([{ log: receipt, steps: [expect.objectContaining({ name: '--cases-without', cases: 1434 - json.filters[0].steps[0].casesRemoved })] }]);
    expect(json.filters[0].steps[0].casesRemoved).toBeGreaterThan(0);
  });

  it('more than two groups: each against the baseline in comparisons', () => {
    const json = JSON.parse(run(['compare', receipt, '--split-by', 'channel=Internet,Desk,Post', '--format', 'json', '--bootstrap', '200']).stdout);
    expect(json.comparisons.map((c: { a: string; b: string }) => `${c.b} vs ${c.a}`)).toEqual(['Desk vs Internet', 'Post vs Internet']);
    expect(json.caveats.some((c: string) => c.includes('Bonferroni'))).toBe(true);
  });

  it('writes to -o, the format taken from the extension', () => {
    const out = join(dir, 'compare.json');
    expect(run(['compare', receipt, '--split-by', 'channel=Internet,Desk', '-o', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).schema).toBe('procmine.compare/1');
  });

  it('usage errors exit 2', () => {
    expect(run(['compare', receipt]).stderr).toContain('nothing to compare');
    expect(run(['compare', receipt]).code).toBe(2);
    expect(run(['compare', receipt, receipt, '--split-by', 'channel']).code).toBe(2);
    expect(run(['compare', receipt, '--split-by', 'channel=Fax,Desk']).stderr).toContain("no case has the value 'Fax'");
    expect(run(['compare', receipt, '--split-by', 'responsible']).stderr).toContain('would make 39 groups');
    expect(run(['compare', receipt, '--split-at', 'yesterday']).code).toBe(2);
    expect(run(['compare', receipt, '--split-by', 'channel', '--alpha', '2']).code).toBe(2);
  });
});

describe('filter flags (in process)', async () => {
  const { Command } = await import('commander');
  const { addFilterOptions, buildFilters, parseActivityList } = await import('../../src/cli/filter-options.js');
  const parse = (args: string[]) => {
    const cmd = addFilterOptions(new Command('x').exitOverride().option('--timezone <zone>'));
    cmd.parse(args, { from: 'user' });
    return cmd.opts();
  };

  it('builds filters in the order typed, --from/--to and the duration pair at their first flag', () => {
    const flags = parse(['--with-rework', '--max-duration', '30d', '--where', 'a=1', '--to', '2024-03-31', '--top-variants', '3',
      '--without-rework', 'X', '--min-duration', '1d', '--from', '2024-01-01', '--where', 'b~c']);
    expect(buildFilters(flags).map((f) => f.name)).toEqual([
      '--with-rework', '--min-duration/--max-duration', '--where', '--from/--to', '--top-variants', '--without-rework', '--where',
    ]);
    expect(buildFilters(flags).map((f) => f.description)).toEqual([
      'cases where any activity repeats',
      'cases lasting at least 1d and at most 30d',
      'a = 1',
      'cases contained in 2024-01-01T00:00:00.000Z to 2024-04-01T00:00:00.000Z (exclusive)',
      'the 3 most frequent variants',
      "cases where 'X' never repeats",
      'b matches /c/',
    ]);
  });

  it('reads dates in --timezone, and checks the time frame and durations before reading', () => {
    const flags = parse(['--from', '2024-01-01 08:00', '--to', '2024-01-31', '--time-mode', 'started']);
    expect(buildFilters(flags, { timezone: 'Europe/Amsterdam' })[0].description)
      .toBe('cases started in 2024-01-01T07:00:00.000Z to 2024-01-31T23:00:00.000Z (exclusive)');
    expect(() => buildFilters(parse(['--from', '2024-02-01', '--to', '2024-01-01']))).toThrow(/is after --to/);
    expect(() => buildFilters(parse(['--min-duration', '2d', '--max-duration', '1d']))).toThrow(/longer than --max-duration/);
    expect(() => buildFilters(parse(['--min-duration', 'soon']))).toThrow(/cannot read --min-duration/);
    expect(() => buildFilters(parse(['--variant-coverage', '180%']))).toThrow(/between 0% and 100%/);
    expect(() => parse(['--time-mode', 'during'])).toThrow();
  });

  it('splits activity lists on commas, \\, inside a name', () => {
    expect(parseActivityList('A, B ,C', '--keep-activities')).toEqual(['A', 'B', 'C']);
    expect(parseActivityList('Pay\\, then ship,Close', '--keep-activities')).toEqual(['Pay, then ship', 'Close']);
    expect(() => parseActivityList(' , ', '--keep-activities')).toThrow(/at least one activity/);
  });

  it('declares the flags once however often it is called', () => {
    const cmd = addFilterOptions(addFilterOptions(new Command('x')));
    expect(cmd.options.filter((o) => o.long === '--where')).toHaveLength(1);
  });
});

describe('compare --model', () => {
  it('checks each group against the model', () => {
    const r = procmine(['compare', fixture('logs', 'running-example.xes'), '--split-at', '2011-01-01', '--model', fixture('models', 'running-example.bpmn'), '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.conformance.map((c: { fitness: number }) => c.fitness)).toEqual([1, 1]);
    expect(json.conformance).toHaveLength(2);
  });
});
