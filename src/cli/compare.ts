/**
 * `procmine compare A B`, `procmine compare LOG --split-by ATTR[=V1,V2,…]` or `--split-at DATE`: two or more
 * groups of cases compared with statistics (the first group is the baseline), rendered as a table, JSON
 * (`procmine.compare/1`), an offline HTML comparison report, or a difference map in DOT or SVG.
 */
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { compareGroups, type CompareResult, type GroupComparison } from '../analytics/compare/compare-groups.js';
import type { LogGroup } from '../analytics/compare/log-group.js';
import { parseSplitBy, splitAtInstant, splitByAttribute } from '../analytics/compare/split-log.js';
import { computeMapDifference } from '../analytics/compare/map-difference.js';
import type { FilterStep } from '../log/filter/log-filter.js';
import { parseFilterDate } from '../log/filter/parse-filter-date.js';
import { renderJson } from '../report/envelope.js';
import { renderDifferenceMapDot, type DifferenceMetric } from '../report/map/difference-map-dot.js';
import { renderCompareTable } from '../report/table/compare-table.js';
import { addFilterOptions } from './filter-options.js';
import { describeFilterSteps, loadFilteredLog, type LoadLogFlags } from './load-log.js';
import { addLogReadingOptions, addOutputOptions, type OutputFlags } from './options.js';
import { PROCMINE_VERSION } from './version.js';
import { parseSlaFlag } from './flag-values.js';
import { createProgress, emit, note, styleFor } from './io.js';

const EXAMPLES = `
Examples:
  $ procmine compare before.xes.gz after.xes.gz --sla 5d
  $ procmine compare fixtures/logs/08_receipt.xes.gz --split-by channel=Desk,Internet
  $ procmine compare orders.csv --split-at 2024-03-01 --ends-with 'Order closed' --format json -o compare.json
  $ procmine compare claims.csv --split-by region --format dot -o difference.dot --metric waiting
  $ procmine compare before.xes.gz after.xes.gz --names before,after --sla 5d -o reports/before-after.html
  $ procmine compare fixtures/logs/08_receipt.xes.gz --split-by channel=Internet,Desk -o difference.svg

The first group is the baseline (the first log, the first value listed after --split-by, the larger group
otherwise, or the cases started before --split-at); every other group is compared with it, and differences
are "other − baseline": negative cycle-time differences mean faster.
Cycle time: two-sided Mann–Whitney U (normal approximation with tie and continuity correction, as SciPy's
method="asymptotic") on the typical case, Welch's t-test on the mean, the median difference with a seeded
bootstrap 95% interval (--seed, --bootstrap), Cliff's delta as effect size. Shares within --sla and with
rework: two-proportion z-test. The verdict names its caveats: groups under 20 cases, tests that disagree,
several comparisons at once, and, for --split-at, that cases still open at extraction look shorter.
Filters (--where, --from, …) apply to each log, or to the log before it is split.
JSON: groups, tests.cycleTime, variants, activities, edges, verdict, caveats describe the baseline against
the second group; with more than two groups, comparisons lists each group against the baseline.
HTML (--format html, or -o with .html): one self-contained page that opens offline: the verdict and its
caveats, the groups, cycle-time distributions and differences with the tests in plain words, variant shift,
the difference map of every comparison (--metric picks the view shown first) and what changed most.
SVG (--format svg, or -o with .svg) and DOT draw the difference map of the first comparison.`;

interface CompareFlags extends LoadLogFlags, OutputFlags {
  splitBy?: string;
  splitAt?: string;
  names?: string;
  sla?: string;
  alpha: string;
  seed: string;
  bootstrap: string;
  metric: DifferenceMetric;
  top?: string;
  model?: string;
  process?: string;
}

const BY_EXTENSION: Record<string, string> = { '.json': 'json', '.dot': 'dot', '.gv': 'dot', '.html': 'html', '.htm': 'html', '.svg': 'svg' };
const TABLE_ROWS = 10;

export function defineCompare(program: Command): void {
  const cmd = program
    .command('compare')
    .description('compare two logs, or groups of one log (--split-by, --split-at): cycle time with significance tests, rates, variant shift, map differences, as a table, JSON, HTML report or difference map')
    .argument('<log>', 'event log (the baseline when a second log is given)')
    .argument('[other]', 'a second event log to compare with the first');
  addLogReadingOptions(cmd);
  addFilterOptions(cmd);
  addOutputOptions(cmd, ['table', 'json', 'html', 'dot', 'svg']);
  cmd
    .option('--split-by <attribute>', "compare the groups of a case attribute: 'channel' or 'channel=Desk,Internet' (first = baseline)")
    .option('--split-at <date>', 'compare cases started before this date with those started on or after it')
    .option('--names <a,b>', 'names for the two logs (default: their file names)')
    .option('--sla <duration>', "also compare the share of cases within this duration, e.g. '5d'")
    .option('--alpha <level>', 'significance level', '0.05')
    .option('--seed <n>', 'bootstrap seed (same seed, same intervals)', '1')
    .option('--bootstrap <n>', 'bootstrap resamples', '2000')
    .addOption(new Option('--metric <metric>', 'what colours the difference map').choices(['frequency', 'waiting']).default('frequency'))
    .option('--top <n>', 'rows per list (variants, activities, edges)')
    .option('--model <file>', 'also check each group against this model (.bpmn, .pnml, .ptml): fitness and precision')
    .option('--process <id>', 'with --model: the BPMN process (id or pool name) to use')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, other: string | undefined, flags: CompareFlags, command: Command) => {
      const settings = parseSettings(flags);
      const format = command.getOptionValueSource('format') === 'default' && flags.output
        ? (BY_EXTENSION[flags.output.toLowerCase().match(/\.[a-z]+$/)?.[0] ?? ''] ?? 'table')
        : (flags.format ?? 'table');
      const modes = [other !== undefined, flags.splitBy !== undefined, flags.splitAt !== undefined].filter(Boolean).length;
      if (modes !== 1) {
        throw new UsageError('compare-what', modes === 0 ? 'nothing to compare: give a second log, --split-by or --split-at' : 'give only one of: a second log, --split-by, --split-at', {
          hint: 'procmine compare A.xes B.xes | procmine compare LOG --split-by ATTR | procmine compare LOG --split-at 2024-03-01',
        });
      }
      const splitAt = flags.splitAt === undefined ? undefined : parseFilterDate(flags.splitAt, '--split-at', flags.timezone);
      const { groups, split, filters } = await loadGroups(file, other, flags, splitAt?.ms);
      const top = flags.full ? Infinity : settings.top;
      const result = compareGroups(groups, { ...settings, top, splitInTime: splitAt !== undefined });
      const conformance = flags.model ? await checkGroupsAgainstModel(groups, flags.model, flags) : undefined;
      if (format === 'json') {
        await emit(renderJson('procmine.compare/1', { ...toJson(result, split, filters, top), ...(conformance ? { conformance } : {}) }), flags.output);
      } else if (format === 'html') {
        const { renderSvg } = await import('../model/io/render-svg.js');
        const { buildCompareReportData } = await import('../report/html/compare/build-compare-report-data.js');
        const { renderCompareHtml } = await import('../report/html/compare/render-compare-html.js');
        const notes = filters.flatMap((f) => describeFilterSteps(f.steps).map((line) => `${basename(f.log)}: ${line}`));
        if (conformance) notes.push(...describeGroupConformance(conformance, flags.model!));
        const data = await buildCompareReportData(result, groups, { source: describeSource(file, split), notes, mapView: flags.metric, tableRows: top, generator: `procmine ${PROCMINE_VERSION}` }, renderSvg);
        await emit(renderCompareHtml(result, data), flags.output);
      } else if (format === 'dot' || format === 'svg') {
        const first = result.comparisons[0];
        if (result.comparisons.length > 1) note(flags, `the difference map shows ${first.b} against ${first.a}; use --split-by ATTR=V1,V2 for another pair`);
        const diff = computeMapDifference(groups[0].log, groups[1].log);
        const dot = renderDifferenceMapDot(diff, { metric: flags.metric, a: first.a, b: first.b, caption: first.verdict.split('. ')[0] });
        if (format === 'dot') {
          await emit(dot, flags.output);
        } else {
          const { renderSvg } = await import('../model/io/render-svg.js');
          await emit(await renderSvg(dot), flags.output);
        }
      } else {
        let text = renderCompareTable(result, { style: styleFor(flags), top, full: flags.full === true });
        if (conformance) text += `\n${describeGroupConformance(conformance, flags.model!).join('\n')}\n`;
        await emit(text, flags.output);
      }
    });
}

function parseSettings(flags: CompareFlags) {
  const alpha = Number(flags.alpha);
  if (!(alpha > 0 && alpha < 1)) throw new UsageError('bad-alpha', `--alpha must be between 0 and 1, got '${flags.alpha}'`);
  const seed = Number(flags.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new UsageError('bad-seed', `--seed must be a whole number ≥ 0, got '${flags.seed}'`);
  const resamples = Number(flags.bootstrap);
  if (!Number.isInteger(resamples) || resamples < 100) throw new UsageError('bad-bootstrap', `--bootstrap must be a whole number ≥ 100, got '${flags.bootstrap}'`);
  const slaSeconds = parseSlaFlag(flags.sla);
  let top = TABLE_ROWS;
  if (flags.top !== undefined) {
    top = Number(flags.top);
    if (!Number.isInteger(top) || top < 1) throw new UsageError('bad-top', `--top must be a positive whole number, got '${flags.top}'`);
  }
  return { alpha, seed, resamples, slaSeconds, top };
}

type Split = { by: 'logs'; files: string[] } | { by: 'attribute'; attribute: string } | { by: 'date'; at: string };

async function loadGroups(file: string, other: string | undefined, flags: CompareFlags, splitAtMs: number | undefined): Promise<{
  groups: LogGroup[];
  split: Split;
  filters: { log: string; steps: FilterStep[] }[];
}> {
  const filters: { log: string; steps: FilterStep[] }[] = [];
  const load = async (path: string) => {
    const loaded = await loadFilteredLog(path, flags);
    if (loaded.filters.length > 0) {
      filters.push({ log: path, steps: loaded.filters });
      note(flags, describeFilterSteps(loaded.filters).map((line) => `${basename(path)}: ${line}`).join('\n'));
    }
    return loaded.log;
  };
  if (other !== undefined) {
    const names = flags.names === undefined ? [basename(file), basename(other)] : flags.names.split(',').map((n) => n.trim());
    if (names.length !== 2 || names.some((n) => n === '')) throw new UsageError('bad-names', `--names takes two names, e.g. --names before,after`);
    if (names[0] === names[1]) names[1] = `${names[1]} (2)`;
    const [a, b] = [await load(file), await load(other)];
    return { groups: [{ name: names[0], log: a }, { name: names[1], log: b }], split: { by: 'logs', files: [file, other] }, filters };
  }
  const log = await load(file);
  if (splitAtMs !== undefined) {
    return { groups: splitAtInstant(log, splitAtMs), split: { by: 'date', at: new Date(splitAtMs).toISOString() }, filters };
  }
  const { attribute, values } = parseSplitBy(flags.splitBy!);
  return { groups: splitByAttribute(log, attribute, { values }), split: { by: 'attribute', attribute }, filters };
}

/** The line under the HTML report's title: which logs, or how the one log was split. */
function describeSource(file: string, split: Split): string {
  if (split.by === 'logs') return split.files.map((f) => basename(f)).join(' vs ');
  if (split.by === 'attribute') return `${basename(file)}, split by ${split.attribute}`;
  return `${basename(file)}, split at ${split.at} (cases started before vs from then on)`;
}

/** CLI.md's field order: groups, tests, variants, edges, verdict; lists cut to `top`. */
function toJson(r: CompareResult, split: Split, filters: { log: string; steps: FilterStep[] }[], top: number): object {
  const cut = (c: GroupComparison) => ({ ...c, activities: c.activities.slice(0, top), edges: c.edges.slice(0, top) });
  const first = cut(r.comparisons[0]);
  const caveats = [...new Set(r.comparisons.flatMap((c) => c.caveats))];
  return {
    split,
    baseline: r.baseline,
    groups: r.groups,
    tests: first.tests,
    variants: first.variants,
    activities: first.activities,
    edges: first.edges,
    verdict: r.comparisons.map((c) => c.verdict).join(' '),
    caveats,
    ...(r.comparisons.length > 1 ? { comparisons: r.comparisons.map(cut) } : {}),
    settings: r.settings,
    ...(filters.length > 0 ? { filters } : {}),
  };
}

interface GroupConformance {
  group: string;
  fitness: number;
  precision: number;
  fittingShare: number;
}

/** Conformance of each group to one model (alignments with standard costs, alignment-based precision). */
async function checkGroupsAgainstModel(groups: LogGroup[], modelFile: string, flags: CompareFlags): Promise<GroupConformance[]> {
  const { readModel } = await import('../model/io/read-model.js');
  const { checkConformance } = await import('../conformance/check-conformance.js');
  const activities = [...new Set(groups.flatMap((g) => g.log.activityNames))];
  const model = await readModel(modelFile, { process: flags.process, activities });
  for (const w of model.warnings) note(flags, `warning: ${modelFile}: ${w}`);
  return groups.map((g) => {
    const progress = createProgress(`aligning ${g.name}`, flags, 'variants');
    const r = checkConformance(g.log, model.net, { precision: true, onProgress: progress.onProgress });
    progress.done();
    return { group: g.name, fitness: r.fitness, precision: r.precision?.value ?? NaN, fittingShare: r.fittingShare };
  });
}

function describeGroupConformance(list: GroupConformance[], model: string): string[] {
  return [
    `Conformance to ${basename(model)}:`,
    ...list.map((c) => `  ${c.group}: fitness ${c.fitness.toFixed(4)}, precision ${c.precision.toFixed(4)}, ${(100 * c.fittingShare).toFixed(1)}% of cases fit`),
  ];
}
