/**
 * `--where ATTR=VALUE`: keeps cases by an attribute, with `=`, `!=`, `~`/`!~` (unanchored regex) and `>`, `>=`, `<`,
 * `<=` on numbers and dates. An event attribute keeps cases where any event matches (for `!=`/`!~`: where none has
 * the value), as pm4py's positive / negative attribute filters. Missing values match only the negative operators.
 */
import { UsageError } from '../../errors.js';
import type { Column, EventLog, NumberColumn } from '../event-log.js';
import type { LogFilter } from './log-filter.js';
import { parseFilterDate } from './parse-filter-date.js';

export type AttributeOperator = '=' | '!=' | '~' | '!~' | '>' | '>=' | '<' | '<=';

export interface AttributeCondition {
  attribute: string;
  operator: AttributeOperator;
  value: string;
}

const CONDITION = /^(.+?)(!=|!~|>=|<=|=|~|>|<)(.*)$/s;

/** `channel=Email`, `case:amount>=1000`, `responsible~^Resource0[1-3]$`. */
export function parseAttributeCondition(text: string): AttributeCondition {
  const m = CONDITION.exec(text);
  if (!m || m[1].trim() === '') {
    throw new UsageError('bad-where', `cannot read --where '${text}'`, {
      hint: "write ATTR=VALUE, ATTR!=VALUE, ATTR~REGEX, ATTR!~REGEX, or ATTR>N, ATTR>=N, ATTR<N, ATTR<=N",
    });
  }
  return { attribute: m[1].trim(), operator: m[2] as AttributeOperator, value: m[3] };
}

export interface CaseAttributeOptions {
  /** zone for date values without an offset. */
  timezone?: string;
}

const NEGATIVE = new Set<AttributeOperator>(['!=', '!~']);

/**
 * @example
 * filterCaseAttribute(parseAttributeCondition('channel=Email'));
 */
export function filterCaseAttribute(condition: AttributeCondition, options: CaseAttributeOptions = {}): LogFilter {
  const { operator, value } = condition;
  const negative = NEGATIVE.has(operator);
  let regex: RegExp | undefined;
  if (operator === '~' || operator === '!~') {
    try {
      regex = new RegExp(value, 'u');
    } catch (error) {
      throw new UsageError('bad-where', `--where ${condition.attribute}${operator}${value}: not a regular expression (${(error as Error).message})`);
    }
  }
  const describeValue = regex ? `/${value}/` : value;
  return {
    name: '--where',
    description: `${condition.attribute} ${operator === '~' ? 'matches' : operator === '!~' ? 'does not match' : operator} ${describeValue}`,
    check(log) {
      resolveAttribute(log, condition.attribute);
    },
    select(log) {
      const { level, column } = resolveAttribute(log, condition.attribute);
      // `!=` and `!~` keep what the positive test (`=`, `~`) does not select.
      const positive: AttributeOperator = operator === '!=' ? '=' : operator === '!~' ? '~' : operator;
      const test = compileTest(column, positive, value, regex, condition, options.timezone);
      const cases = log.caseOffsets.length - 1;
      const mask = new Uint8Array(cases);
      for (let c = 0; c < cases; c++) {
        let hit = false;
        if (level === 'case') hit = test(c);
        else for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1] && !hit; e++) hit = test(e);
        mask[c] = hit !== negative ? 1 : 0;
      }
      return { cases: mask };
    },
    hintWhenEmpty(log) {
      const { column } = resolveAttribute(log, condition.attribute);
      if (!('codes' in column)) return undefined;
      const counts = new Map<string, number>();
      for (const code of column.codes) if (code >= 0) counts.set(column.dictionary[code], (counts.get(column.dictionary[code]) ?? 0) + 1);
      const top = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 12);
      return `values of ${condition.attribute}${top.length < counts.size ? ' (most frequent)' : ''}: ${top.map(([v, n]) => `${v} (${n})`).join(', ')}`;
    },
  };
}

function resolveAttribute(log: EventLog, name: string): { level: 'case' | 'event'; column: Column } {
  const bare = name.startsWith('case:') ? name.slice(5) : name;
  const caseColumn = log.caseAttributes.get(name) ?? log.caseAttributes.get(bare);
  if (caseColumn) return { level: 'case', column: caseColumn };
  const eventColumn = log.eventAttributes.get(name);
  if (eventColumn && !name.startsWith('case:')) return { level: 'event', column: eventColumn };
  const caseKeys = [...log.caseAttributes.keys()];
  const eventKeys = [...log.eventAttributes.keys()];
  throw new UsageError('unknown-attribute', `--where: the log has no attribute '${name}'`, {
    hint: `case attributes: ${caseKeys.join(', ') || '(none)'}; event attributes: ${eventKeys.join(', ') || '(none)'}`,
  });
}

/** A predicate on rows of `column` for a positive operator. */
function compileTest(
  column: Column,
  operator: AttributeOperator,
  value: string,
  regex: RegExp | undefined,
  condition: AttributeCondition,
  timezone: string | undefined,
): (row: number) => boolean {
  const where = `--where ${condition.attribute}${condition.operator}${value}`;
  if ('codes' in column) {
    const dictionary = column.dictionary;
    let byCode: Uint8Array;
    if (operator === '=') byCode = Uint8Array.from(dictionary, (d) => (d === value ? 1 : 0));
    else if (operator === '~') byCode = Uint8Array.from(dictionary, (d) => (regex!.test(d) ? 1 : 0));
    else {
      const bound = Number(value);
      if (value.trim() === '' || Number.isNaN(bound)) throw new UsageError('bad-where', `${where}: '${value}' is not a number`);
      byCode = Uint8Array.from(dictionary, (d) => (d.trim() !== '' && compare(Number(d), operator, bound) ? 1 : 0));
    }
    const codes = column.codes;
    return (row) => codes[row] >= 0 && byCode[codes[row]] === 1;
  }
  if (column.type === 'boolean') {
    const values = column.values;
    if (operator === '~') return (row) => values[row] >= 0 && regex!.test(values[row] === 1 ? 'true' : 'false');
    const wanted = parseBoolean(value);
    if (operator !== '=' || wanted === undefined) {
      throw new UsageError('bad-where', `${where}: a boolean attribute takes =true, =false, != or ~`);
    }
    return (row) => values[row] === wanted;
  }
  const numeric = column as NumberColumn;
  const values = numeric.values;
  if (operator === '~') {
    const text = numeric.type === 'date' ? (v: number) => new Date(v).toISOString() : (v: number) => String(v);
    return (row) => !Number.isNaN(values[row]) && regex!.test(text(values[row]));
  }
  let bound: number;
  if (numeric.type === 'date') {
    const date = parseFilterDate(value, where, timezone);
    // `deadline<=2024-03-31` includes that day; `deadline=2024-03-31` means any time that day.
    if (date.wholeDay && operator === '=') return (row) => values[row] >= date.ms && values[row] < date.endMs;
    if (date.wholeDay && operator === '<=') return (row) => values[row] < date.endMs;
    if (date.wholeDay && operator === '>') return (row) => values[row] >= date.endMs;
    bound = date.ms;
  } else {
    bound = Number(value);
    if (value.trim() === '' || Number.isNaN(bound)) throw new UsageError('bad-where', `${where}: '${value}' is not a number`);
  }
  return (row) => compare(values[row], operator, bound);
}

function compare(v: number, operator: AttributeOperator, bound: number): boolean {
  switch (operator) {
    case '=':
      return v === bound;
    case '>':
      return v > bound;
    case '>=':
      return v >= bound;
    case '<':
      return v < bound;
    case '<=':
      return v <= bound;
    default:
      return false;
  }
}

function parseBoolean(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'true' || t === '1' || t === 'yes') return 1;
  if (t === 'false' || t === '0' || t === 'no') return 0;
  return undefined;
}
