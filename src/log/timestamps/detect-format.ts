/**
 * Detects a timestamp column's format from sample values: each candidate form (ISO 8601, year-first, day-first,
 * month-first, epoch) counts the samples it reads, and the form reading the most wins, ties going to the
 * earlier form. A tie between day-first and month-first is not guessed: it is reported as ambiguous, naming
 * both `--timestamp-format` values. A few unreadable values do not stop detection; the reader reports them.
 */
import { InputError } from '../../errors.js';
import { parseIsoWall } from './parse-iso.js';
import { createNumericDateParser, type DateOrder } from './parse-numeric-date.js';
import { EPOCH_MS_THRESHOLD, parseEpoch } from './parse-epoch.js';
import type { Scan, WallParser } from './scan-text.js';

export interface DetectContext {
  timezone?: string;
  /** the column's name, for messages. */
  column: string;
  file: string;
  /** 1-based position of the column, for the error's location. */
  columnNumber?: number;
  /** the line each sample came from (parallel to the samples), for the error's location. */
  lines?: readonly number[];
}

/** What detection chose. */
export interface DetectedFormat {
  /** `iso`, `epoch-s`, `epoch-ms`, or a pattern such as `DD.MM.YYYY HH:mm` that {@link createTimestampParser} reads. */
  format: string;
  /** the parser of the chosen form (null for epoch formats): faster than compiling `format`, and more lenient. */
  wall: WallParser | null;
}

interface Candidate {
  name: string;
  order?: DateOrder;
  separator?: string;
  parse: WallParser;
}

function candidates(): Candidate[] {
  const list: Candidate[] = [{ name: 'iso', parse: parseIsoWall }];
  const forms: [DateOrder, string][] = [
    ['ymd', '/'], ['ymd', '.'], ['ymd', '-'],
    ['dmy', '/'], ['dmy', '-'], ['dmy', '.'],
    ['mdy', '/'], ['mdy', '-'], ['mdy', '.'],
  ];
  for (const [order, separator] of forms) {
    list.push({ name: `${order}${separator}`, order, separator, parse: createNumericDateParser(order, separator) });
  }
  list.push({ name: 'epoch', parse: (text) => parseEpoch(text, 'ms') });
  return list;
}

/** Counts, value by value, which forms read a column; then names the format or explains why it cannot. */
export class TimestampDetector {
  private readonly context: DetectContext;
  private readonly forms = candidates();
  private readonly fits: number[];
  private readonly firstFit: (string | undefined)[];
  private readonly firstFitLine: (number | undefined)[];
  private readonly scan: Scan = { pos: 0, zone: NaN };
  private maxEpoch = 0;
  private samples = 0;
  private firstMisfit: { value: string; line?: number } | undefined;

  constructor(context: DetectContext) {
    this.context = context;
    this.fits = this.forms.map(() => 0);
    this.firstFit = this.forms.map(() => undefined);
    this.firstFitLine = this.forms.map(() => undefined);
  }

  /** Counts one non-empty value. */
  offer(value: string, line?: number): void {
    const text = value.trim();
    if (text === '') return;
    this.samples++;
    let any = false;
    for (let k = 0; k < this.forms.length; k++) {
      const form = this.forms[k];
      const ms = form.parse(text, this.scan);
      if (Number.isNaN(ms)) continue;
      any = true;
      this.fits[k]++;
      if (this.firstFit[k] === undefined) {
        this.firstFit[k] = text;
        this.firstFitLine[k] = line;
      }
      if (form.name === 'epoch') this.maxEpoch = Math.max(this.maxEpoch, Math.abs(ms));
    }
    if (!any && this.firstMisfit === undefined) this.firstMisfit = { value: text, line };
  }

  /** Non-empty values offered so far. */
  get count(): number {
    return this.samples;
  }

  /** Whether the values so far leave day-first against month-first open. */
  get ambiguous(): boolean {
    return this.tiedPair() !== undefined;
  }

  /** The format; throws `timestamp-unparseable` or `timestamp-ambiguous` {@link InputError}s. */
  result(): DetectedFormat {
    const max = Math.max(...this.fits);
    if (this.samples === 0) return { format: 'iso', wall: parseIsoWall };
    if (max === 0) {
      const misfit = this.firstMisfit!;
      throw new InputError('timestamp-unparseable', `cannot read '${misfit.value}' in column '${this.context.column}' as a timestamp`, {
        file: this.context.file,
        line: misfit.line,
        column: this.context.columnNumber,
        hint: 'pass --timestamp-format with its pattern (e.g. --timestamp-format "DD.MM.YYYY HH:mm"), or choose another column with --timestamp',
      });
    }
    const pair = this.tiedPair();
    if (pair !== undefined) {
      const [dmy, mdy] = pair;
      const example = this.firstFit[dmy]!;
      throw new InputError(
        'timestamp-ambiguous',
        `the timestamps in column '${this.context.column}' read as day-first and as month-first (e.g. '${example}')`,
        {
          file: this.context.file,
          line: this.firstFitLine[dmy],
          column: this.context.columnNumber,
          hint: `say which with --timestamp-format "${this.label(dmy)}" or --timestamp-format "${this.label(mdy)}"`,
        },
      );
    }
    const best = this.fits.indexOf(max);
    const name = this.forms[best].name;
    if (name === 'iso') return { format: 'iso', wall: parseIsoWall };
    if (name === 'epoch') return { format: this.maxEpoch >= EPOCH_MS_THRESHOLD ? 'epoch-ms' : 'epoch-s', wall: null };
    return { format: this.label(best), wall: this.forms[best].parse };
  }

  /** Indices of a day-first and a month-first form with the same separator that both read the most values. */
  private tiedPair(): [number, number] | undefined {
    const max = Math.max(...this.fits);
    if (max === 0) return undefined;
    for (let a = 0; a < this.forms.length; a++) {
      if (this.fits[a] !== max || this.forms[a].order !== 'dmy') continue;
      for (let b = 0; b < this.forms.length; b++) {
        const f = this.forms[b];
        if (this.fits[b] === max && f.order === 'mdy' && f.separator === this.forms[a].separator) {
          // An earlier form that reads as many values (ISO, year-first) settles it.
          if (this.fits.slice(0, a).some((n) => n === max)) return undefined;
          return [a, b];
        }
      }
    }
    return undefined;
  }

  /** The explicit pattern that reads the first value this form read, e.g. `DD/MM/YYYY HH:mm:ss`. */
  private label(k: number): string {
    const form = this.forms[k];
    return describePattern(form.order!, form.separator!, this.firstFit[k]!);
  }
}

/** A `--timestamp-format` pattern with the shape of `sample` (time, seconds, fraction, AM/PM, zone as it has). */
export function describePattern(order: DateOrder, separator: string, sample: string): string {
  const s = separator;
  let out = order === 'dmy' ? `DD${s}MM${s}YYYY` : order === 'mdy' ? `MM${s}DD${s}YYYY` : `YYYY${s}MM${s}DD`;
  const space = sample.indexOf(' ');
  const t = sample.indexOf('T');
  const cut = space >= 0 ? space : t;
  if (cut < 0) return out;
  let time = sample.slice(cut + 1);
  const meridiem = /\s?[ap]m/i.exec(time);
  if (meridiem) time = time.replace(meridiem[0], '');
  const zone = /(\s?)(Z|[+-]\d{2}(:?\d{2})?)$/.exec(time);
  if (zone) time = time.slice(0, zone.index);
  out += `${sample[cut] === 'T' ? '[T]' : ' '}${meridiem ? 'hh' : 'HH'}:mm`;
  if ((time.match(/:/g) ?? []).length >= 2) out += ':ss';
  const fraction = /:\d{2}:\d{2}([.,])\d/.exec(time);
  if (fraction) out += `${fraction[1]}SSS`;
  if (meridiem) out += `${meridiem[0].startsWith(' ') ? ' ' : ''}A`;
  if (zone) out += `${zone[1]}Z`;
  return out;
}
