/** `procmine inspect LOG`: read a log and summarise it (what was read, how, and what was dropped). */
import type { Command } from 'commander';
import { summarizeLog } from '../analytics/log-summary.js';
import { renderJson } from '../report/envelope.js';
import { renderInspectTable } from '../report/table/inspect-table.js';
import { addLogReadingOptions, addOutputOptions, type LogReadingFlags, type OutputFlags } from './options.js';
import { emit, styleFor } from './io.js';
import { describeFilterSteps, loadFilteredLog } from './load-log.js';

const EXAMPLES = `
Examples:
  $ procmine inspect fixtures/logs/running-example.xes
  $ procmine inspect orders.csv --case order_id --activity step --timestamp done_at
  $ procmine inspect bpic2012.xes.gz --lifecycle all --format json -o summary.json
  $ procmine inspect export.csv --timestamp-format 'DD/MM/YYYY HH:mm' --timezone Europe/Amsterdam --skip-invalid`;

export function defineInspect(program: Command): void {
  const cmd = program
    .command('inspect')
    .description('read a log and summarise it: cases, events, activities, start/end activities, time span, attributes, the column mapping used, rows dropped and why')
    .argument('<log>', 'event log (.csv, .tsv, .xes, .xes.gz, .arrow, .parquet)');
  addLogReadingOptions(cmd);
  addOutputOptions(cmd, ['table', 'json']);
  cmd.addHelpText('after', EXAMPLES).action(async (file: string, flags: LogReadingFlags & OutputFlags) => {
    const { log, filters } = await loadFilteredLog(file, flags);
    const summary = { ...summarizeLog(log), ...(filters.length > 0 ? { filters } : {}) };
    let text = flags.format === 'json'
      ? renderJson('procmine.inspect/1', summary)
      : renderInspectTable(summary, { style: styleFor(flags), top: flags.full ? Infinity : 25 });
    if (flags.format !== 'json' && filters.length > 0) text += `\nFilters\n${describeFilterSteps(filters).join('\n')}\n`;
    await emit(text, flags.output);
  });
}
