/** `procmine convert IN OUT`: convert an event log between CSV, XES (.xes/.xes.gz), Arrow and Parquet. */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { writeLog } from '../log/read-log.js';
import { formatForPath, LOG_FORMATS } from '../log/formats.js';
import { addLogReadingOptions, type LogReadingFlags } from './options.js';
import { note } from './io.js';
import { loadLog } from './load-log.js';

const EXAMPLES = `
Examples:
  $ procmine convert fixtures/logs/running-example.csv running-example.xes.gz
  $ procmine convert bpic2012.xes.gz bpic2012.arrow --lifecycle all
  $ procmine convert export.csv clean.csv --skip-invalid --output-delimiter ';'

Start/complete pairs are merged on reading (--lifecycle merge, the default where starts exist); XES output
writes them back as start and complete events, tables as a start_timestamp column.`;

interface ConvertFlags extends LogReadingFlags {
  outputDelimiter?: string;
  quiet?: boolean;
}

export function defineConvert(program: Command): void {
  const writable = LOG_FORMATS.filter((f) => f.write).flatMap((f) => f.extensions);
  const cmd = program
    .command('convert')
    .description('convert an event log between formats, chosen by file extension')
    .argument('<in>', 'input log')
    .argument('<out>', `output file (${writable.join(', ')})`);
  addLogReadingOptions(cmd);
  cmd
    .addOption(new Option('--output-delimiter <char>', 'delimiter of a CSV output').default(','))
    .option('-q, --quiet', 'no progress or notes on standard error')
    .addHelpText('after', EXAMPLES)
    .action(async (input: string, output: string, flags: ConvertFlags) => {
      const target = formatForPath(output);
      if (!target?.write) {
        throw new UsageError('unsupported-output', `cannot tell the output format of '${output}'`, {
          hint: `end the output file name with one of ${writable.join(', ')}`,
        });
      }
      const log = await loadLog(input, flags);
      await writeLog(log, output, { delimiter: flags.outputDelimiter });
      const dropped = log.info.dropped.count;
      note(flags, `wrote ${output} (${target.name}): ${log.caseIds.length.toLocaleString('en-US')} cases, ` +
        `${log.activities.length.toLocaleString('en-US')} events` +
        (dropped > 0 ? `; ${dropped} row(s) dropped: ${Object.entries(log.info.dropped.reasons).map(([r, n]) => `${r} (${n})`).join(', ')}` : ''));
    });
}
