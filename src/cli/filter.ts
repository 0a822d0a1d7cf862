/**
 * `procmine filter LOG [filters] -o OUT`: writes the filtered log (format from OUT's extension, atomically) and
 * reports on standard error what each filter removed; `--json` prints that report on standard output.
 */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { formatForPath, LOG_FORMATS } from '../log/formats.js';
import { writeLog } from '../log/read-log.js';
import { renderJson } from '../report/envelope.js';
import { addFilterOptions } from './filter-options.js';
import { describeFilterSteps, loadFilteredLog, type LoadLogFlags } from './load-log.js';
import { addLogReadingOptions } from './options.js';
import { emit, note } from './io.js';

const EXAMPLES = `
Examples:
  $ procmine filter fixtures/logs/08_receipt.xes.gz --where channel=Internet -o /tmp/internet.xes.gz
  $ procmine filter orders.csv --from 2024-01-01 --to 2024-03-31 --time-mode started -o q1.csv
  $ procmine filter bpic2012.xes.gz --variant-coverage 80% --drop-activities 'W_Wijzigen contractgegevens' -o main.parquet
  $ procmine filter claims.csv --where 'amount>=1000' --where 'region~^(North|East)$' --without-rework -o big.arrow

Filters apply in the order typed, each to what the previous ones left:
  --top-variants 5 --keep-activities A,B   picks the 5 top variants, then removes other events from them;
  --keep-activities A,B --top-variants 5   projects every case on A and B first, then ranks the shorter variants.
Event filters remove events and keep the rest of the case: --keep-activities, --drop-activities, --time-mode trim.
Case filters keep or remove whole cases: everything else (--cases-with / --cases-without, --starts-with, …).
--time-mode: contained (start and end in the frame), intersecting (overlaps it), started, completed (in it),
trim (every case, only the events completed in the frame). --where on an event attribute keeps cases where
any event matches (for != and !~: where no event has the value).
A filter that removes every case is an error (exit 2) naming it.`;

interface FilterCommandFlags extends LoadLogFlags {
  output: string;
  outputDelimiter?: string;
  json?: boolean;
}

export function defineFilter(program: Command): void {
  const writable = LOG_FORMATS.filter((f) => f.write).flatMap((f) => f.extensions);
  const cmd = program
    .command('filter')
    .description('write a filtered log: time frame, attributes, variants, activities, endpoints, duration, rework')
    .argument('<log>', 'event log');
  addLogReadingOptions(cmd);
  addFilterOptions(cmd);
  cmd
    .requiredOption('-o, --output <file>', `the filtered log (${writable.join(', ')})`)
    .option('--output-delimiter <char>', 'delimiter of a CSV output', ',')
    .option('--json', 'print what each filter removed as JSON (procmine.filter/1) on standard output')
    .option('-q, --quiet', 'no notes on standard error')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: FilterCommandFlags) => {
      const target = formatForPath(flags.output);
      if (!target?.write) {
        throw new UsageError('unsupported-output', `cannot tell the log format of '${flags.output}'`, {
          hint: `end the output file name with one of ${writable.join(', ')}`,
        });
      }
      const { log, filters } = await loadFilteredLog(file, flags);
      await writeLog(log, flags.output, { delimiter: flags.outputDelimiter });
      const cases = log.caseIds.length;
      const events = log.activities.length;
      if (filters.length === 0) note(flags, 'no filter given: the log is written as read');
      else note(flags, describeFilterSteps(filters).join('\n'));
      note(flags, `wrote ${flags.output} (${target.name}): ${cases.toLocaleString('en-US')} cases, ${events.toLocaleString('en-US')} events`);
      if (flags.json) {
        await emit(renderJson('procmine.filter/1', { input: file, output: flags.output, cases, events, filters }));
      }
    });
}
