/**
 * `procmine variants`, `procmine cycle-time` and `procmine bottlenecks`: read a log, compute, render as a
 * terminal table, JSON, CSV or a self-contained HTML page. Each is a thin shell over src/analytics.
 */
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { computeVariants } from '../analytics/variants.js';
import { computeCycleTime } from '../analytics/cycle-time.js';
import { findBottlenecks } from '../analytics/bottlenecks.js';
import { renderJson } from '../report/envelope.js';
import { renderVariantsTable } from '../report/table/variants-table.js';
import { renderCycleTimeTable } from '../report/table/cycle-time-table.js';
import { renderBottlenecksTable } from '../report/table/bottlenecks-table.js';
import { renderVariantsCsv, renderCycleTimeCsv, renderBottlenecksCsv } from '../report/csv/analytics-csv.js';
import { addLogReadingOptions, addOutputOptions, type LogReadingFlags, type OutputFlags } from './options.js';
import { emit, styleFor } from './io.js';
import { loadLog } from './load-log.js';
import { parseSlaFlag, parseTopFlag, requireCaseAttribute } from './flag-values.js';

interface CommonFlags extends LogReadingFlags, OutputFlags {
  top?: string;
}

const TABLE_ROWS = 25;

function parseTop(flags: CommonFlags): number | undefined {
  return parseTopFlag(flags.top);
}

function tableRows(flags: CommonFlags): number {
  return flags.full ? Infinity : (parseTop(flags) ?? TABLE_ROWS);
}

/** The HTML renderers, loaded only when asked for (they inline the Vega bundles). */
function loadHtmlRenderers() {
  return import('../report/html/render-analytics-html.js');
}

function define(program: Command, name: string, description: string, examples: string): Command {
  const cmd = program.command(name).description(description).argument('<log>', 'event log');
  addLogReadingOptions(cmd);
  addOutputOptions(cmd, ['table', 'json', 'csv', 'html']);
  cmd.option('--top <n>', 'show the first N rows only');
  cmd.addHelpText('after', `\nExamples:\n${examples}`);
  return cmd;
}

export function defineVariants(program: Command): void {
  define(program, 'variants', 'variants: activity sequences with cases, share, cumulative share (Pareto) and durations',
    `  $ procmine variants fixtures/logs/running-example.xes
  $ procmine variants orders.csv --top 10 --full
  $ procmine variants bpic2012.xes.gz --format csv -o variants.csv`)
    .action(async (file: string, flags: CommonFlags) => {
      const log = await loadLog(file, flags);
      const top = parseTop(flags);
      if (flags.format === 'html') {
        // The page's Pareto chart and selector show the first 50 whatever the table shows.
        const r = computeVariants(log, { top: Math.max(50, top ?? TABLE_ROWS) });
        const { renderVariantsHtml } = await loadHtmlRenderers();
        await emit(renderVariantsHtml(r, { source: basename(file), tableRows: flags.full ? r.variants.length : (top ?? TABLE_ROWS) }), flags.output);
        return;
      }
      const r = computeVariants(log, { top: flags.format === 'table' ? (flags.full ? undefined : (top ?? TABLE_ROWS)) : top });
      const text = flags.format === 'json' ? renderJson('procmine.variants/1', r)
        : flags.format === 'csv' ? renderVariantsCsv(r)
        : renderVariantsTable(r, { style: styleFor(flags), full: flags.full === true });
      await emit(text, flags.output);
    });
}

interface CycleTimeFlags extends CommonFlags {
  by?: 'day' | 'week' | 'month';
  groupBy?: string;
  sla?: string;
}

export function defineCycleTime(program: Command): void {
  define(program, 'cycle-time', 'case durations (first start to last completion): percentiles, histogram, trend, groups, SLA share',
    `  $ procmine cycle-time fixtures/logs/running-example.xes
  $ procmine cycle-time orders.csv --by month --timezone Europe/Amsterdam --sla 5d
  $ procmine cycle-time claims.xes.gz --group-by region --format json

Percentiles interpolate linearly between closest ranks, as numpy and pm4py do. Trends bucket cases by the
period in which they complete, in --timezone (default UTC); weeks start on Monday.`)
    .addOption(new Option('--by <period>', 'trend of cases completed per period').choices(['day', 'week', 'month']))
    .option('--group-by <attribute>', 'statistics per value of a case attribute')
    .option('--sla <duration>', "share of cases within this duration, e.g. '5d' or '36h'")
    .action(async (file: string, flags: CycleTimeFlags) => {
      const slaSeconds = parseSlaFlag(flags.sla);
      const log = await loadLog(file, flags);
      requireCaseAttribute(log, flags.groupBy);
      const r = computeCycleTime(log, { by: flags.by, timeZone: flags.timezone, groupBy: flags.groupBy, slaSeconds });
      if (flags.format === 'html') {
        const { renderCycleTimeHtml } = await loadHtmlRenderers();
        await emit(renderCycleTimeHtml(r, { source: basename(file), tableRows: tableRows(flags) }), flags.output);
        return;
      }
      const text = flags.format === 'json' ? renderJson('procmine.cycle-time/1', r)
        : flags.format === 'csv' ? renderCycleTimeCsv(r)
        : renderCycleTimeTable(r, { style: styleFor(flags), top: tableRows(flags) });
      await emit(text, flags.output);
    });
}

export function defineBottlenecks(program: Command): void {
  define(program, 'bottlenecks', 'waiting time per directly-follows edge, waiting/service/sojourn time per activity, handovers, ranked by total delay',
    `  $ procmine bottlenecks fixtures/logs/running-example.xes
  $ procmine bottlenecks orders.csv --top 10
  $ procmine bottlenecks bpic2012.xes.gz --format json -o bottlenecks.json

Waiting time runs from an event's completion to the next event's start (its completion when it has no start);
service time from start to completion, where the log has starts.`)
    .action(async (file: string, flags: CommonFlags) => {
      const log = await loadLog(file, flags);
      const r = findBottlenecks(log);
      const top = parseTop(flags);
      if (flags.format === 'html') {
        const { renderBottlenecksHtml } = await loadHtmlRenderers();
        await emit(renderBottlenecksHtml(r, { source: basename(file), tableRows: tableRows(flags) }), flags.output);
        return;
      }
      const cut = flags.format === 'table' || top === undefined ? r : {
        edges: r.edges.slice(0, top), activities: r.activities.slice(0, top), handovers: r.handovers?.slice(0, top) ?? null,
      };
      const text = flags.format === 'json' ? renderJson('procmine.bottlenecks/1', cut)
        : flags.format === 'csv' ? renderBottlenecksCsv(cut)
        : renderBottlenecksTable(r, { style: styleFor(flags), top: tableRows(flags) });
      await emit(text, flags.output);
    });
}
