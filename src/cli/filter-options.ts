/**
 * The filter flags every log-reading command takes (CLI.md), declared once. Commander hands over option values,
 * not their order, so each filter flag's parser stamps its value with a sequence number; `buildFilters` sorts by
 * it and so applies the filters in the order they were typed.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { filterCasesWith, filterCasesWithout, filterDropActivities, filterKeepActivities } from '../log/filter/activities.js';
import { filterCaseAttribute, parseAttributeCondition } from '../log/filter/case-attribute.js';
import { filterCaseDuration } from '../log/filter/case-duration.js';
import { filterEndsWith, filterStartsWith } from '../log/filter/endpoints.js';
import type { LogFilter } from '../log/filter/log-filter.js';
import { parseFilterDate } from '../log/filter/parse-filter-date.js';
import { filterRework } from '../log/filter/rework.js';
import { filterTimeFrame, TIME_FRAME_MODES, type TimeFrameMode } from '../log/filter/time-frame.js';
import { filterTopVariants, filterVariantCoverage } from '../log/filter/variants.js';
import { parseDuration } from '../util/duration.js';
import { parseShare } from './percent.js';

/** A flag's value with its position on the command line. */
export interface OrderedValue {
  seq: number;
  value: string;
}

export interface FilterFlags {
  from?: OrderedValue[];
  to?: OrderedValue[];
  timeMode?: TimeFrameMode;
  where?: OrderedValue[];
  topVariants?: OrderedValue[];
  variantCoverage?: OrderedValue[];
  keepActivities?: OrderedValue[];
  dropActivities?: OrderedValue[];
  casesWith?: OrderedValue[];
  casesWithout?: OrderedValue[];
  startsWith?: OrderedValue[];
  endsWith?: OrderedValue[];
  minDuration?: OrderedValue[];
  maxDuration?: OrderedValue[];
  withRework?: OrderedValue[];
  withoutRework?: OrderedValue[];
}

const GROUP = 'Filters (applied in the order given; see `procmine filter --help`):';

let sequence = 0;
function ordered(value: string, previous: OrderedValue[] | undefined): OrderedValue[] {
  return [...(previous ?? []), { seq: sequence++, value }];
}

function filterOption(flags: string, description: string): Option {
  return new Option(flags, description).argParser(ordered).helpGroup(GROUP);
}

/**
 * Declares the filter flags on a command (once, however often it is called).
 *
 * @example
 * addFilterOptions(program.command('variants').argument('<log>'));
 */
export function addFilterOptions(cmd: Command): Command {
  // Idempotent: commands may get these both from addLogReadingOptions and directly.
  if (cmd.options.some((o) => o.long === '--where')) return cmd;
  cmd
    .addOption(filterOption('--from <date>', 'time frame start (ISO date or time; zone-less in --timezone)'))
    .addOption(filterOption('--to <date>', 'time frame end (a bare date includes that whole day)'))
    .addOption(new Option('--time-mode <mode>', 'which cases the time frame keeps (trim: keep only events inside)')
      .choices([...TIME_FRAME_MODES]).default('contained').helpGroup(GROUP))
    .addOption(filterOption('--where <condition>', 'case attribute condition: ATTR=V, ATTR!=V, ATTR~REGEX, ATTR!~REGEX, ATTR>N, >=, <, <= (repeatable: AND)'))
    .addOption(filterOption('--top-variants <n>', 'keep the cases of the N most frequent variants'))
    .addOption(filterOption('--variant-coverage <share>', 'keep the most frequent variants covering this share of cases, e.g. 0.8 or 80%'))
    .addOption(filterOption('--keep-activities <list>', 'drop EVENTS of all other activities (comma-separated; \\, for a comma in a name)'))
    .addOption(filterOption('--drop-activities <list>', 'drop EVENTS of these activities'))
    .addOption(filterOption('--cases-with <list>', 'drop CASES that contain none of these activities'))
    .addOption(filterOption('--cases-without <list>', 'drop CASES that contain any of these activities'))
    .addOption(filterOption('--starts-with <list>', 'keep cases whose first activity is one of these'))
    .addOption(filterOption('--ends-with <list>', 'keep cases whose last activity is one of these'))
    .addOption(filterOption('--min-duration <duration>', "keep cases lasting at least this long, e.g. '1d' or '36h'"))
    .addOption(filterOption('--max-duration <duration>', "keep cases lasting at most this long, e.g. '30d'"));
  addOptionalValueOption(cmd, '--with-rework [activity]', 'keep cases in which an activity (or this one) repeats');
  addOptionalValueOption(cmd, '--without-rework [activity]', 'keep cases in which no activity (or not this one) repeats');
  return cmd;
}

/**
 * A flag whose value may be left out. Commander calls no parser then, so the value is stamped by a listener on
 * the option's event instead, which runs after commander's own and replaces its `true` with the ordered list.
 */
function addOptionalValueOption(cmd: Command, flags: string, description: string): void {
  const option = new Option(flags, description).helpGroup(GROUP);
  cmd.addOption(option);
  const values: OrderedValue[] = [];
  cmd.on(`option:${option.name()}`, (value: string | null) => {
    values.push({ seq: sequence++, value: value ?? '' });
    cmd.setOptionValueWithSource(option.attributeName(), [...values], 'cli');
  });
}

/**
 * The filters the flags ask for, in command-line order. `--from`/`--to` form one filter placed where the first
 * of them was typed, as do `--min-duration`/`--max-duration`.
 */
export function buildFilters(flags: FilterFlags, options: { timezone?: string } = {}): LogFilter[] {
  const items: { seq: number; make: () => LogFilter }[] = [];
  const each = (values: OrderedValue[] | undefined, make: (value: string) => LogFilter) => {
    for (const v of values ?? []) items.push({ seq: v.seq, make: () => make(v.value) });
  };
  const last = (values: OrderedValue[] | undefined) => values?.[values.length - 1];

  const from = last(flags.from);
  const to = last(flags.to);
  if (from || to) {
    items.push({
      seq: Math.min(from?.seq ?? Infinity, to?.seq ?? Infinity),
      make: () => {
        const start = from ? parseFilterDate(from.value, '--from', options.timezone) : undefined;
        const end = to ? parseFilterDate(to.value, '--to', options.timezone) : undefined;
        if (start && end && start.ms > end.endMs) throw new UsageError('bad-time-frame', `--from ${from!.value} is after --to ${to!.value}`);
        return filterTimeFrame({
          from: start?.ms,
          to: end === undefined ? undefined : end.wholeDay ? end.endMs : end.ms,
          toExclusive: end?.wholeDay,
          mode: flags.timeMode ?? 'contained',
        });
      },
    });
  }
  each(flags.where, (v) => filterCaseAttribute(parseAttributeCondition(v), { timezone: options.timezone }));
  each(flags.topVariants, (v) => filterTopVariants(parsePositiveInteger(v, '--top-variants')));
  each(flags.variantCoverage, (v) => filterVariantCoverage(parseShare(v, '--variant-coverage')));
  each(flags.keepActivities, (v) => filterKeepActivities(parseActivityList(v, '--keep-activities')));
  each(flags.dropActivities, (v) => filterDropActivities(parseActivityList(v, '--drop-activities')));
  each(flags.casesWith, (v) => filterCasesWith(parseActivityList(v, '--cases-with')));
  each(flags.casesWithout, (v) => filterCasesWithout(parseActivityList(v, '--cases-without')));
  each(flags.startsWith, (v) => filterStartsWith(parseActivityList(v, '--starts-with')));
  each(flags.endsWith, (v) => filterEndsWith(parseActivityList(v, '--ends-with')));
  const min = last(flags.minDuration);
  const max = last(flags.maxDuration);
  if (min || max) {
    items.push({
      seq: Math.min(min?.seq ?? Infinity, max?.seq ?? Infinity),
      make: () => {
        const minSeconds = min ? parseDurationFlag(min.value, '--min-duration') : undefined;
        const maxSeconds = max ? parseDurationFlag(max.value, '--max-duration') : undefined;
        if (minSeconds !== undefined && maxSeconds !== undefined && minSeconds > maxSeconds) {
          throw new UsageError('bad-duration', `--min-duration ${min!.value} is longer than --max-duration ${max!.value}`);
        }
        return filterCaseDuration({ minSeconds, maxSeconds });
      },
    });
  }
  each(flags.withRework, (v) => filterRework({ present: true, activity: v === '' ? undefined : v }));
  each(flags.withoutRework, (v) => filterRework({ present: false, activity: v === '' ? undefined : v }));
  return items.sort((a, b) => a.seq - b.seq).map((item) => item.make());
}

/** `A,B` → ['A', 'B']; `\,` is a comma inside a name. */
export function parseActivityList(text: string, flag: string): string[] {
  const names: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && text[i + 1] === ',') {
      current += ',';
      i++;
    } else if (ch === ',') {
      names.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  names.push(current.trim());
  const list = names.filter((n) => n !== '');
  if (list.length === 0) throw new UsageError('bad-activity-list', `${flag} needs at least one activity name`);
  return list;
}

function parsePositiveInteger(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError('bad-number', `${flag} must be a positive whole number, got '${text}'`);
  return n;
}

function parseDurationFlag(text: string, flag: string): number {
  const seconds = parseDuration(text);
  if (!Number.isFinite(seconds)) throw new UsageError('bad-duration', `cannot read ${flag} '${text}'`, { hint: `e.g. ${flag} 1d or ${flag} '1d 12h'` });
  return seconds;
}
