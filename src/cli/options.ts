/**
 * The flags every log-reading command shares (CLI.md "Options every log-reading command takes") and the output
 * flags, declared once and turned into library options here, so that commands stay thin.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import type { ReadLogOptions, LogFormatName } from '../log/read-options.js';
import { addFilterOptions, type FilterFlags } from './filter-options.js';

export interface LogReadingFlags extends FilterFlags {
  case?: string;
  activity?: string;
  timestamp?: string;
  startTimestamp?: string;
  resource?: string;
  lifecycle?: 'merge' | 'all' | 'complete';
  classifier?: string;
  timestampFormat?: string;
  timezone?: string;
  delimiter?: string;
  inputFormat?: LogFormatName;
  skipInvalid?: boolean;
}

export interface OutputFlags {
  format?: string;
  output?: string;
  quiet?: boolean;
  color?: boolean;
  full?: boolean;
}

export function addLogReadingOptions(cmd: Command): Command {
  cmd
    .option('--case <column>', 'column holding the case id (default: detected, e.g. case:concept:name, Case ID)')
    .option('--activity <column>', 'column holding the activity (default: detected, e.g. concept:name, Activity)')
    .option('--timestamp <column>', 'column holding the (completion) timestamp (default: detected)')
    .option('--start-timestamp <column>', 'column holding the start timestamp, if any (default: detected)')
    .option('--resource <column>', 'column holding the resource (default: detected, e.g. org:resource)')
    .addOption(
      new Option('--lifecycle <mode>', 'start/complete events: merge pairs (default when starts exist), keep all (as pm4py), or complete only')
        .choices(['merge', 'all', 'complete']),
    )
    .option('--classifier <keys>', "event attribute(s) naming the activity, '+'-joined, or an XES classifier name")
    .option('--timestamp-format <fmt>', "timestamp format, e.g. 'DD/MM/YYYY HH:mm' or epoch-s (default: detected)")
    .option('--timezone <zone>', 'IANA time zone for timestamps without an offset (default: UTC)')
    .option('--delimiter <char>', 'CSV field delimiter (default: sniffed)')
    .addOption(new Option('--input-format <format>', 'read the log as this format, whatever its extension').choices(['csv', 'xes', 'arrow', 'parquet']))
    .option('--skip-invalid', 'drop rows that cannot be read (and report them) instead of stopping');
  return addFilterOptions(cmd);
}

export function addOutputOptions(cmd: Command, formats: string[], defaultFormat = 'table'): Command {
  return cmd
    .addOption(new Option('--format <format>', 'output format').choices(formats).default(defaultFormat))
    .option('-o, --output <file>', 'write the output to a file instead of standard output')
    .option('--full', 'show every row of long lists')
    .option('-q, --quiet', 'no progress or notes on standard error')
    .option('--no-color', 'no colours in terminal output (also: NO_COLOR=1)');
}

export function toReadLogOptions(flags: LogReadingFlags): ReadLogOptions {
  if (flags.timezone !== undefined) checkTimezone(flags.timezone);
  if (flags.delimiter !== undefined) flags.delimiter = parseDelimiter(flags.delimiter);
  return {
    case: flags.case,
    activity: flags.activity,
    timestamp: flags.timestamp,
    startTimestamp: flags.startTimestamp,
    resource: flags.resource,
    lifecycle: flags.lifecycle,
    classifier: flags.classifier,
    timestampFormat: flags.timestampFormat,
    timezone: flags.timezone,
    delimiter: flags.delimiter,
    format: flags.inputFormat,
    skipInvalid: flags.skipInvalid,
  };
}

function checkTimezone(zone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    throw new UsageError('bad-timezone', `unknown time zone '${zone}'`, {
      hint: 'use an IANA name such as Europe/Amsterdam, America/New_York or UTC',
    });
  }
}

/** `\t`, `tab`, `;` … → the character. */
function parseDelimiter(text: string): string {
  const named: Record<string, string> = { '\\t': '\t', tab: '\t', comma: ',', semicolon: ';', pipe: '|' };
  const d = named[text.toLowerCase()] ?? text;
  if (d.length !== 1) {
    throw new UsageError('bad-delimiter', `the delimiter must be one character, got '${text}'`, {
      hint: "e.g. --delimiter ';' or --delimiter tab",
    });
  }
  return d;
}
