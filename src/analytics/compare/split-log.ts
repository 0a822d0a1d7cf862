/**
 * Splits one log into groups to compare: by the value of a case attribute (`--split-by channel` or
 * `--split-by channel=Email,Phone`), or by when cases started (`--split-at 2024-03-01`: before vs from then on).
 * An event attribute works too: a case takes its first non-missing value (Sepsis records `Age` on events).
 */
import { UsageError } from '../../errors.js';
import { columnValue, type Column, type EventLog } from '../../log/event-log.js';
import { applyMasks } from '../../log/filter/apply-masks.js';
import { computeCaseSpans } from '../../log/filter/case-span.js';
import { formatIsoUtc } from '../../util/iso-time.js';
import type { LogGroup } from './log-group.js';

export const MISSING = '(missing)';
const MAX_GROUPS = 12;

export interface SplitByAttributeOptions {
  /** the values to compare, in order (the first is the baseline); default every value, largest group first. */
  values?: string[];
}

/** `channel` → { attribute: 'channel' }; `channel=Email,Phone` → values too (`\,` for a comma in a value). */
export function parseSplitBy(text: string): { attribute: string; values?: string[] } {
  const eq = text.indexOf('=');
  if (eq < 0) return { attribute: text.trim() };
  const values = text.slice(eq + 1).split(/(?<!\\),/).map((v) => v.replace(/\\,/g, ',').trim()).filter((v) => v !== '');
  return { attribute: text.slice(0, eq).trim(), values };
}

export function splitByAttribute(log: EventLog, attribute: string, options: SplitByAttributeOptions = {}): LogGroup[] {
  const labels = caseLabels(log, attribute);
  const cases = labels.length;
  const byValue = new Map<string, number>();
  for (const label of labels) byValue.set(label, (byValue.get(label) ?? 0) + 1);
  let names: string[];
  if (options.values && options.values.length > 0) {
    const unknown = options.values.filter((v) => !byValue.has(v));
    if (unknown.length > 0) {
      throw new UsageError('unknown-value', `--split-by ${attribute}: no case has the value ${unknown.map((v) => `'${v}'`).join(', ')}`, {
        hint: `values: ${describeValues(byValue)}`,
      });
    }
    names = [...new Set(options.values)];
  } else {
    names = [...byValue.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([v]) => v);
    if (names.length > MAX_GROUPS) {
      throw new UsageError('too-many-groups', `--split-by ${attribute} would make ${names.length} groups`, {
        hint: `name the values to compare, e.g. --split-by '${attribute}=${names.slice(0, 2).join(',')}'; values: ${describeValues(byValue)}`,
      });
    }
  }
  if (names.length < 2) {
    throw new UsageError('one-group', `--split-by ${attribute}: only one group ('${names[0]}'); a comparison needs two or more`, {
      hint: `values: ${describeValues(byValue)}`,
    });
  }
  return names.map((name) => {
    const mask = new Uint8Array(cases);
    for (let c = 0; c < cases; c++) mask[c] = labels[c] === name ? 1 : 0;
    return { name, log: applyMasks(log, { cases: mask }) };
  });
}

/** Cases started before `ms` against cases started at or after it. */
export function splitAtInstant(log: EventLog, ms: number): LogGroup[] {
  const { starts } = computeCaseSpans(log);
  const before = Uint8Array.from(starts, (s) => (s < ms ? 1 : 0));
  const after = Uint8Array.from(starts, (s) => (s >= ms ? 1 : 0));
  const when = formatIsoUtc(ms).replace(/T00:00:00(\.000)?Z$/, '').replace(/\.000Z$/, 'Z');
  const groups = [
    { name: `before ${when}`, log: applyMasks(log, { cases: before }) },
    { name: `from ${when}`, log: applyMasks(log, { cases: after }) },
  ];
  groups.forEach((g, i) => {
    if (g.log.caseIds.length === 0) {
      throw new UsageError('one-group', `--split-at ${when}: no case started ${i === 0 ? 'before' : 'on or after'} it`, {
        hint: "pick a date inside the log's time range (`procmine inspect LOG` shows it)",
      });
    }
  });
  return groups;
}

/** Each case's value of the attribute as text (dates ISO), `(missing)` where it has none. */
function caseLabels(log: EventLog, attribute: string): string[] {
  const cases = log.caseOffsets.length - 1;
  const bare = attribute.startsWith('case:') ? attribute.slice(5) : attribute;
  const caseColumn = log.caseAttributes.get(attribute) ?? log.caseAttributes.get(bare);
  if (caseColumn) return Array.from({ length: cases }, (_, c) => label(caseColumn, c));
  const eventColumn = log.eventAttributes.get(attribute);
  if (eventColumn) {
    return Array.from({ length: cases }, (_, c) => {
      for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) {
        const v = label(eventColumn, e);
        if (v !== MISSING) return v;
      }
      return MISSING;
    });
  }
  throw new UsageError('unknown-attribute', `--split-by: the log has no attribute '${attribute}'`, {
    hint: `case attributes: ${[...log.caseAttributes.keys()].join(', ') || '(none)'}; event attributes: ${[...log.eventAttributes.keys()].join(', ') || '(none)'}`,
  });
}

function label(column: Column, row: number): string {
  const v = columnValue(column, row);
  if (v === undefined) return MISSING;
  return v instanceof Date ? formatIsoUtc(v.getTime()) : String(v);
}

function describeValues(byValue: Map<string, number>): string {
  const list = [...byValue.entries()].sort((x, y) => y[1] - x[1]).slice(0, 15).map(([v, n]) => `${v} (${n})`);
  return list.join(', ') + (byValue.size > 15 ? ', …' : '');
}
