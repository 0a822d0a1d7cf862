/** `procmine map LOG`: a process map (directly-follows graph) with frequency or performance overlay. */
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { discoverSimplifiedMap } from '../discovery/simplify-map.js';
import { renderProcessMapDot, type MapMetric } from '../report/map/process-map-dot.js';
import { renderProcessMapHtml } from '../report/map/process-map-html.js';
import { renderJson } from '../report/envelope.js';
import type { Dfg } from '../model/dfg.js';
import { addLogReadingOptions, type LogReadingFlags } from './options.js';
import { emit } from './io.js';
import { loadLog } from './load-log.js';
import { parseShare } from './percent.js';

const EXAMPLES = `
Examples:
  $ procmine map fixtures/logs/running-example.xes -o map.svg
  $ procmine map orders.csv --metric performance --activities 80% --paths 30% -o map.html
  $ procmine map bpic2012.xes.gz --format json --lifecycle all

--activities keeps the most frequent activities (the others' events are removed, so their neighbours connect);
--paths keeps the edges every activity needs to stay connected plus the strongest others up to that share.
Waiting time on an edge runs from an event's completion to the next event's start (its completion without one).`;

interface MapFlags extends LogReadingFlags {
  metric: MapMetric;
  activities: string;
  paths: string;
  format?: 'svg' | 'html' | 'dot' | 'json';
  output?: string;
  quiet?: boolean;
}

const BY_EXTENSION: Record<string, MapFlags['format']> = { '.svg': 'svg', '.html': 'html', '.htm': 'html', '.dot': 'dot', '.gv': 'dot', '.json': 'json' };

export function defineMap(program: Command): void {
  const cmd = program
    .command('map')
    .description('process map (directly-follows graph) with a frequency or performance overlay, Disco-style simplification')
    .argument('<log>', 'event log');
  addLogReadingOptions(cmd);
  cmd
    .addOption(new Option('--metric <metric>', 'what edges show').choices(['frequency', 'performance']).default('frequency'))
    .option('--activities <share>', 'share of activities to show, most frequent first', '100%')
    .option('--paths <share>', 'share of paths (edges) to show, strongest first', '100%')
    .addOption(new Option('--format <format>', 'output format (default: from the -o extension, else dot)').choices(['svg', 'html', 'dot', 'json']))
    .option('-o, --output <file>', 'write to a file (.svg, .html, .dot, .json)')
    .option('-q, --quiet', 'no progress or notes on standard error')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: MapFlags) => {
      const ext = flags.output?.toLowerCase().match(/\.[a-z]+$/)?.[0];
      const format = flags.format ?? (ext ? BY_EXTENSION[ext] : 'dot');
      if (!format) {
        throw new UsageError('unsupported-output', `cannot tell the map format of '${flags.output}'`, {
          hint: 'end the file name with .svg, .html, .dot or .json, or pass --format',
        });
      }
      const activities = parseShare(flags.activities, '--activities');
      const paths = parseShare(flags.paths, '--paths');
      const log = await loadLog(file, flags);
      const { dfg, hidden } = discoverSimplifiedMap(log, { activities, paths, performance: true });
      const caption = `${log.caseIds.length.toLocaleString('en-US')} cases, ${log.activities.length.toLocaleString('en-US')} events; ` +
        `${flags.metric} view; ${Math.round(activities * 100)}% of activities (${hidden.activities} hidden), ` +
        `${Math.round(paths * 100)}% of paths (${hidden.edges} hidden)`;
      if (format === 'json') {
        await emit(renderJson('procmine.map/1', { metric: flags.metric, hidden, ...flattenDfg(dfg) }), flags.output);
        return;
      }
      const dot = renderProcessMapDot(dfg, { metric: flags.metric, caption });
      if (format === 'dot') {
        await emit(dot, flags.output);
        return;
      }
      const { renderSvg } = await import('../model/io/render-svg.js');
      const svg = await renderSvg(dot);
      await emit(format === 'svg' ? svg : renderProcessMapHtml(svg, `Process map of ${basename(file)}`, caption), flags.output);
    });
}

/** Edge performance flattened into the edge (`meanSeconds`, `medianSeconds`, …) as CLI.md lists the fields. */
export function flattenDfg(dfg: Dfg): object {
  return {
    activities: dfg.activities,
    edges: dfg.edges.map(({ performance, ...edge }) => ({ ...edge, ...(performance ?? {}) })),
    startActivities: dfg.startActivities,
    endActivities: dfg.endActivities,
  };
}
