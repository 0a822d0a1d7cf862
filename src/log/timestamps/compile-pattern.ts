/**
 * Compiles an explicit `--timestamp-format` pattern (`DD/MM/YYYY HH:mm`, `D MMM YYYY h:mm A`) into a parser.
 * Tokens: YYYY YY MMMM MMM MM M DD D HH H hh h mm ss S… A Z ZZ; `[text]` and other characters are literal.
 * `DD` etc. also read one digit before a separator; `YY` 00–68 is 20xx, 69–99 19xx; `hh` without `A` is `HH`.
 */
import { UsageError } from '../../errors.js';
import { composeWallMillis } from './civil-time.js';
import { readDigitsUpTo, readFixedDigits, readFraction, readZone, type Scan, type WallParser } from './scan-text.js';
import { readMeridiem } from './parse-numeric-date.js';

type Field = 'year' | 'year2' | 'month' | 'day' | 'hour' | 'minute' | 'second';

type Step =
  | { kind: 'literal'; text: string }
  | { kind: 'number'; field: Field; min: number; max: number }
  | { kind: 'fraction' }
  | { kind: 'month-name' }
  | { kind: 'meridiem' }
  | { kind: 'zone' };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const NUMBER_TOKENS: [string, Field, number][] = [
  ['YYYY', 'year', 4],
  ['YY', 'year2', 2],
  ['MM', 'month', 2],
  ['M', 'month', 1],
  ['DD', 'day', 2],
  ['D', 'day', 1],
  ['HH', 'hour', 2],
  ['H', 'hour', 1],
  ['hh', 'hour', 2],
  ['h', 'hour', 1],
  ['mm', 'minute', 2],
  ['ss', 'second', 2],
];

/** The steps of a pattern; throws a {@link UsageError} when it cannot name a date. */
export function compilePattern(pattern: string): WallParser {
  const steps = tokenize(pattern);
  const fields = new Set(steps.flatMap((s) => (s.kind === 'number' ? [s.field] : s.kind === 'month-name' ? ['month'] : [])));
  if (!(fields.has('year') || fields.has('year2')) || !fields.has('month')) {
    throw new UsageError('timestamp-format-invalid', `the timestamp format '${pattern}' names no year and month`, {
      hint: 'use tokens such as YYYY MM DD HH mm ss (e.g. "DD/MM/YYYY HH:mm"), or iso, epoch-s, epoch-ms',
    });
  }
  const twelveHour = steps.some((s) => s.kind === 'meridiem');
  return (text, scan) => runSteps(steps, twelveHour, text, scan);
}

function tokenize(pattern: string): Step[] {
  const steps: Step[] = [];
  let i = 0;
  const literal = (text: string): void => {
    const last = steps[steps.length - 1];
    if (last?.kind === 'literal') last.text += text;
    else steps.push({ kind: 'literal', text });
  };
  outer: while (i < pattern.length) {
    const c = pattern[i];
    if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      const stop = end < 0 ? pattern.length : end;
      literal(pattern.slice(i + 1, stop));
      i = stop + 1;
      continue;
    }
    if (pattern.startsWith('MMMM', i) || pattern.startsWith('MMM', i)) {
      steps.push({ kind: 'month-name' });
      i += pattern.startsWith('MMMM', i) ? 4 : 3;
      continue;
    }
    if (c === 'S') {
      while (pattern[i] === 'S') i++;
      steps.push({ kind: 'fraction' });
      continue;
    }
    if (c === 'A') {
      steps.push({ kind: 'meridiem' });
      i++;
      continue;
    }
    if (c === 'Z') {
      steps.push({ kind: 'zone' });
      i += pattern.startsWith('ZZ', i) ? 2 : 1;
      continue;
    }
    for (const [token, field, width] of NUMBER_TOKENS) {
      if (pattern.startsWith(token, i)) {
        steps.push({ kind: 'number', field, min: width, max: width });
        i += token.length;
        continue outer;
      }
    }
    literal(c);
    i++;
  }
  // One-letter tokens read one or two digits; two-letter ones too when a separator follows (`DD/` reads `1/`).
  steps.forEach((step, k) => {
    if (step.kind !== 'number' || step.field === 'year' || step.field === 'year2') return;
    const next = steps[k + 1];
    if (step.min === 1 || next?.kind === 'literal' || next?.kind === 'meridiem') {
      step.min = 1;
      step.max = 2;
    }
  });
  return steps;
}

function runSteps(steps: Step[], twelveHour: boolean, text: string, scan: Scan): number {
  let year = NaN;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let millis = 0;
  let meridiem = 0;
  scan.pos = 0;
  scan.zone = NaN;
  for (const step of steps) {
    switch (step.kind) {
      case 'literal':
        if (!text.startsWith(step.text, scan.pos)) return NaN;
        scan.pos += step.text.length;
        break;
      case 'number': {
        let v: number;
        if (step.min === step.max) {
          v = readFixedDigits(text, scan.pos, step.min);
          if (v >= 0) scan.pos += step.min;
        } else {
          v = readDigitsUpTo(text, scan, step.max);
        }
        if (v < 0) return NaN;
        switch (step.field) {
          case 'year': year = v; break;
          case 'year2': year = v < 69 ? 2000 + v : 1900 + v; break;
          case 'month': month = v; break;
          case 'day': day = v; break;
          case 'hour': hour = v; break;
          case 'minute': minute = v; break;
          case 'second': second = v; break;
        }
        break;
      }
      case 'fraction':
        millis = readFraction(text, scan);
        if (millis < 0) return NaN;
        break;
      case 'month-name':
        month = readMonthName(text, scan);
        if (month < 0) return NaN;
        break;
      case 'meridiem':
        meridiem = readMeridiem(text, scan);
        if (meridiem === 0) return NaN;
        break;
      case 'zone':
        if (!readZone(text, scan)) return NaN;
        break;
    }
  }
  if (scan.pos !== text.length) return NaN;
  if (twelveHour) {
    if (hour < 1 || hour > 12) return NaN;
    hour = (hour % 12) + (meridiem === 2 ? 12 : 0);
  }
  return composeWallMillis(year, month, day, hour, minute, second, millis);
}

/** An English month name, full or its first three letters, any case: 1–12, or -1. */
function readMonthName(text: string, scan: Scan): number {
  const p = scan.pos;
  let end = p;
  while (end < text.length && ((text.charCodeAt(end) | 32) >= 97 && (text.charCodeAt(end) | 32) <= 122)) end++;
  const word = text.slice(p, end).toLowerCase();
  if (word.length < 3) return -1;
  const month = MONTHS.findIndex((m) => m === word || (word.length === 3 && m.startsWith(word)));
  if (month < 0) return -1;
  scan.pos = end;
  return month + 1;
}
