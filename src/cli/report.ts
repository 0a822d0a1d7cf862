/**
 * `procmine report LOG`: one self-contained, offline HTML report (KPIs, process map, variants, cycle time,
 * SLA, bottlenecks, rework, outcomes, costs), written to reports/<log name>.html unless -o says otherwise.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { InputError, UsageError } from '../errors.js';
import type { CostSource } from '../analytics/kpis.js';
import type { EventLog } from '../log/event-log.js';
import type { ConformanceSummary } from '../report/html/report-data.js';
import { addLogReadingOptions, type LogReadingFlags } from './options.js';
import { createProgress, emit, note } from './io.js';
import { loadLog } from './load-log.js';
import { parseSlaFlag, parseTopFlag, requireCaseAttribute } from './flag-values.js';
import { parseShare } from './percent.js';
import { PROCMINE_VERSION } from './version.js';

const EXAMPLES = `
Examples:
  $ procmine report fixtures/logs/running-example.xes
  $ procmine report orders.csv --sla 5d --by week --timezone Europe/Amsterdam -o reports/orders-q1.html
  $ procmine report claims.xes.gz --activities 80% --paths 30% --failure-activities "reject claim,cancel"
  $ procmine report claims.xes.gz --success-end-activities "pay claim" --costs costs.csv --group-by region

The report opens offline in any browser: charts (Vega-Lite) and their libraries are inside the file, no
request leaves it. It holds aggregates only, never events.

--costs reads a CSV with a header 'activity' and any of per_execution, per_service_hour, per_waiting_hour;
the activity '*' prices every activity not listed. Waiting time runs from the previous event's completion to
an event's start; service time from start to completion (where the log has start times).
--cost-attribute sums a numeric event attribute (e.g. cost:total) or takes a numeric case attribute.
Periods (--by) are cut in --timezone (default UTC); weeks start on Monday. Percentiles interpolate linearly
between closest ranks, as numpy and pm4py do.`;

interface ReportFlags extends LogReadingFlags {
  output?: string;
  title?: string;
  activities?: string;
  paths?: string;
  sla?: string;
  by?: 'day' | 'week' | 'month';
  groupBy?: string;
  failureActivities?: string;
  successEndActivities?: string;
  costs?: string;
  costAttribute?: string;
  top?: string;
  quiet?: boolean;
  model?: string;
  process?: string;
  ignoreCase?: boolean;
  labelMap?: string;
}

/** `reports/<log name>.html`, the log name without its extensions (`orders.xes.gz` → `orders`). */
export function defaultReportPath(log: string): string {
  const name = basename(log).replace(/\.gz$/i, '').replace(/\.[^.]+$/, '');
  return join('reports', `${name || 'report'}.html`);
}

function parseList(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const list = text.split(',').map((s) => s.trim()).filter(Boolean);
  return list.length ? list : undefined;
}

function checkFlags(flags: ReportFlags): void {
  if (flags.failureActivities !== undefined && flags.successEndActivities !== undefined) {
    throw new UsageError('conflicting-options', '--failure-activities and --success-end-activities define the error rate in two ways', {
      hint: 'pass one of them',
    });
  }
  if (flags.costs !== undefined && flags.costAttribute !== undefined) {
    throw new UsageError('conflicting-options', '--costs and --cost-attribute both say where costs come from', { hint: 'pass one of them' });
  }
}

function isNumeric(log: EventLog, key: string): boolean {
  const column = log.eventAttributes.get(key) ?? log.caseAttributes.get(key);
  return column !== undefined && (column.type === 'int' || column.type === 'float');
}

async function readCostSource(flags: ReportFlags, log: EventLog): Promise<CostSource | undefined> {
  if (flags.costAttribute !== undefined) {
    if (!isNumeric(log, flags.costAttribute)) {
      const numeric = [...log.eventAttributes.keys(), ...log.caseAttributes.keys()].filter((k) => isNumeric(log, k));
      throw new UsageError('unknown-attribute', `the log has no numeric attribute '${flags.costAttribute}'`, {
        hint: `numeric attributes: ${numeric.join(', ') || '(none)'}`,
      });
    }
    return { kind: 'attribute', attribute: flags.costAttribute };
  }
  if (flags.costs === undefined) return undefined;
  const { parseCostTable } = await import('../analytics/kpis.js');
  let text: string;
  try {
    text = await readFile(flags.costs, 'utf8');
  } catch (error) {
    throw new InputError('unreadable-file', `cannot read the costs file: ${(error as Error).message}`, { file: flags.costs, cause: error });
  }
  return { kind: 'table', table: parseCostTable(text, flags.costs) };
}

/** Warns about named activities the log does not have (most likely a typo). */
function warnUnknownActivities(log: EventLog, names: string[] | undefined, flag: string, flags: ReportFlags): void {
  const known = new Set(log.activityNames);
  const unknown = (names ?? []).filter((n) => !known.has(n));
  if (unknown.length) note(flags, `procmine: note: ${flag}: the log has no activity ${unknown.map((n) => `'${n}'`).join(', ')}`);
}

export function defineReport(program: Command): void {
  const cmd = program
    .command('report')
    .description('one self-contained, offline HTML report: KPIs, process map, variants, cycle time, SLA, bottlenecks, rework')
    .argument('<log>', 'event log');
  addLogReadingOptions(cmd);
  cmd
    .option('-o, --output <file>', "where to write the report ('-' for standard output; default: reports/<log name>.html)")
    .option('--title <text>', 'the report title (default: "Process report: <log file>")')
    .option('--activities <share>', 'share of activities on the map, most frequent first (default: all, at most 50)')
    .option('--paths <share>', 'share of paths on the map, strongest first (default: all, or about 40 on busy maps)')
    .option('--sla <duration>', "service level: share of cases completed within it, e.g. '5d' or '36h'")
    .addOption(new Option('--by <period>', 'period of trends, throughput and work in progress (default: from the time span)').choices(['day', 'week', 'month']))
    .option('--group-by <attribute>', 'cycle time per value of a case attribute')
    .option('--failure-activities <list>', 'error rate: share of cases reaching any of these comma-separated activities')
    .option('--success-end-activities <list>', 'error rate: share of cases ending with none of these comma-separated activities')
    .option('--costs <file>', 'costs per activity execution and per hour of service / waiting time (CSV, see below)')
    .option('--cost-attribute <key>', 'costs from a numeric event or case attribute, e.g. cost:total')
    .option('--top <n>', 'rows in the report tables (default 20)')
    .option('--model <file>', 'add a conformance section against this model (.bpmn, .pnml, .ptml): fitness, precision, deviations')
    .option('--process <id>', 'with --model: the BPMN process (id or pool name) to check against')
    .option('--ignore-case', 'with --model: match activities to model labels ignoring case')
    .option('--label-map <csv>', 'with --model: CSV of "log activity,model label" renames')
    .option('-q, --quiet', 'no progress or notes on standard error')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: ReportFlags) => {
      checkFlags(flags);
      const activities = flags.activities === undefined ? undefined : parseShare(flags.activities, '--activities');
      const paths = flags.paths === undefined ? undefined : parseShare(flags.paths, '--paths');
      const tableRows = parseTopFlag(flags.top) ?? 20;
      const slaSeconds = parseSlaFlag(flags.sla);
      const log = await loadLog(file, flags);
      requireCaseAttribute(log, flags.groupBy);
      const failureActivities = parseList(flags.failureActivities);
      const successEndActivities = parseList(flags.successEndActivities);
      warnUnknownActivities(log, failureActivities, '--failure-activities', flags);
      warnUnknownActivities(log, successEndActivities, '--success-end-activities', flags);
      const cost = await readCostSource(flags, log);
      const conformance = flags.model ? await checkAgainstModel(log, flags) : undefined;
      const { renderSvg } = await import('../model/io/render-svg.js');
      const { buildReportData } = await import('../report/html/build-report-data.js');
      const { renderReportHtml } = await import('../report/html/render-report-html.js');
      const data = await buildReportData(log, {
        title: flags.title,
        source: basename(file),
        activities,
        paths,
        by: flags.by,
        timeZone: flags.timezone,
        slaSeconds,
        groupBy: flags.groupBy,
        failureActivities,
        successEndActivities,
        cost,
        tableRows,
        conformance,
        generator: `procmine ${PROCMINE_VERSION}`,
      }, renderSvg);
      const html = renderReportHtml(data);
      const output = flags.output ?? defaultReportPath(file);
      if (output !== '-') await mkdir(dirname(output), { recursive: true });
      await emit(html, output);
      if (output !== '-') note(flags, `wrote ${output} (${(Buffer.byteLength(html) / 1e6).toFixed(1)} MB)`);
    });
}

/** The conformance section: optimal alignments (standard costs) and alignment-based precision. */
async function checkAgainstModel(log: EventLog, flags: ReportFlags): Promise<ConformanceSummary> {
  const { readModel } = await import('../model/io/read-model.js');
  const { readLabelMap } = await import('../model/io/read-label-map.js');
  const { checkConformance } = await import('../conformance/check-conformance.js');
  const rename = flags.labelMap ? await readLabelMap(flags.labelMap) : undefined;
  const model = await readModel(flags.model!, { process: flags.process, activities: log.activityNames });
  for (const w of model.warnings) note(flags, `warning: ${flags.model}: ${w}`);
  const progress = createProgress('aligning', flags, 'variants');
  const r = checkConformance(log, model.net, { precision: true, labels: { mode: flags.ignoreCase ? 'ignore-case' : 'exact', rename }, onProgress: progress.onProgress });
  progress.done();
  return { fitness: r.fitness, precision: r.precision?.value, fittingShare: r.fittingShare, deviations: r.deviations, model: basename(flags.model!) };
}
