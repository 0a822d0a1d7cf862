/**
 * Turns CSV records into events on an {@link EventLogBuilder}: checks a row completely before adding anything
 * (so a dropped row leaves no trace but its count), then sets the core fields and attributes. Each column
 * decodes through a {@link FieldCache}, since logs repeat values row after row.
 */
import { InputError } from '../../errors.js';
import type { EventLogBuilder } from '../builder.js';
import type { ColumnBuilder } from '../column-builder.js';
import type { LifecycleMode } from '../event-log.js';
import type { TimestampParser } from '../timestamps.js';
import { setCell } from './cell-value.js';
import type { CsvPlan } from './csv-plan.js';
import type { CsvRecord } from './csv-tokenizer.js';
import { FieldCache } from './field-cache.js';

export interface CsvRowOptions {
  file: string;
  time: TimestampParser;
  /** the start timestamp column's parser, null without one. */
  start: TimestampParser | null;
  skipInvalid: boolean;
  lifecycle?: LifecycleMode | 'auto';
}

const SKIP_HINT = 'or pass --skip-invalid to drop such rows (inspect reports how many and why)';

export class CsvRowReader {
  private readonly plan: CsvPlan;
  private readonly builder: EventLogBuilder;
  private readonly time: TimestampParser;
  private readonly start: TimestampParser | null;
  private readonly file: string;
  private readonly skipInvalid: boolean;
  private readonly pairByInstance: boolean;
  private header = true;

  private readonly cells: FieldCache[];
  private lastCaseId = '';
  private lastCase = -1;
  private lastTimeText = '';
  private lastTime = NaN;
  private readonly eventBuilders: (ColumnBuilder | null)[];
  private readonly caseBuilders: (ColumnBuilder | null)[];

  constructor(plan: CsvPlan, builder: EventLogBuilder, options: CsvRowOptions) {
    this.plan = plan;
    this.builder = builder;
    this.time = options.time;
    this.start = options.start;
    this.file = options.file;
    this.skipInvalid = options.skipInvalid;
    // Instances only pair start and complete events; with every event kept as it is, interning them is waste.
    this.pairByInstance = options.lifecycle !== 'all' && options.lifecycle !== 'complete';
    this.cells = plan.names.map(() => new FieldCache());
    this.eventBuilders = plan.eventColumns.map(() => null);
    this.caseBuilders = plan.caseColumns.map(() => null);
  }

  /** Reads one record; the first one is the header. */
  add(record: CsvRecord): void {
    if (this.header) {
      this.header = false;
      return;
    }
    const plan = this.plan;
    if (record.malformedField !== 0) {
      this.reject(record, 'csv-quote', 'text after a closing quote', `field ${record.malformedField} has text after its closing quote`, record.malformedField,
        `quote the whole field and double the quotes inside it (""), ${SKIP_HINT}`);
      return;
    }
    if (record.count !== plan.width) {
      const more = record.count > plan.width;
      this.reject(record, 'csv-fields', more ? 'too many fields' : 'too few fields',
        `the row has ${record.count} field(s), the header ${plan.width}`, more ? plan.width + 1 : record.count + 1,
        `check for an unquoted delimiter or a missing field (is the delimiter '${printDelimiter(this.builder.delimiter)}' right?), ${SKIP_HINT}`);
      return;
    }

    const caseColumn = plan.case;
    if (record.isEmpty(caseColumn)) return this.rejectEmpty(record, caseColumn, 'case id');
    const activity = this.activityOf(record);
    if (activity === '') return this.rejectEmpty(record, plan.activity[0], 'activity');
    const tc = plan.timestamp;
    if (record.isEmpty(tc)) return this.rejectEmpty(record, tc, 'timestamp');
    const timeText = this.textOf(record, tc);
    let ms: number;
    if (timeText === this.lastTimeText) {
      ms = this.lastTime;
    } else {
      ms = this.time.parse(timeText);
      this.lastTimeText = timeText;
      this.lastTime = ms;
    }
    if (Number.isNaN(ms)) return this.rejectTimestamp(record, tc, timeText, this.time, 'unparseable timestamp');
    let startMs = NaN;
    const sc = plan.start;
    if (sc >= 0 && !record.isEmpty(sc)) {
      const text = this.textOf(record, sc);
      startMs = this.start!.parse(text);
      if (Number.isNaN(startMs)) return this.rejectTimestamp(record, sc, text, this.start!, 'unparseable start timestamp');
    }

    const builder = this.builder;
    const caseId = this.textOf(record, caseColumn);
    let c: number;
    if (caseId === this.lastCaseId) {
      c = this.lastCase;
    } else {
      c = builder.caseFor(caseId);
      this.lastCaseId = caseId;
      this.lastCase = c;
    }
    const row = builder.addEvent(c, activity, ms);
    if (!Number.isNaN(startMs)) builder.setStartTimestamp(row, startMs);
    const rc = plan.resource;
    if (rc >= 0 && !record.isEmpty(rc)) builder.setResource(row, this.textOf(record, rc));
    const lc = plan.lifecycle;
    if (lc >= 0 && !record.isEmpty(lc)) {
      const ic = this.pairByInstance ? plan.instance : -1;
      builder.setLifecycle(row, this.textOf(record, lc), ic >= 0 && !record.isEmpty(ic) ? this.textOf(record, ic) : undefined);
    }

    const events = plan.eventColumns;
    for (let k = 0; k < events.length; k++) {
      const i = events[k].index;
      if (record.isEmpty(i)) continue;
      let column = this.eventBuilders[k];
      if (column === null) column = this.eventBuilders[k] = builder.eventAttribute(events[k].key);
      this.setAttribute(record, i, column, row);
    }
    const cases = plan.caseColumns;
    for (let k = 0; k < cases.length; k++) {
      const i = cases[k].index;
      if (record.isEmpty(i)) continue;
      let column = this.caseBuilders[k];
      if (column === null) column = this.caseBuilders[k] = builder.caseAttribute(cases[k].key);
      // The first value of a case wins; later rows of the case are not even decoded.
      else if (column.has(c)) continue;
      this.setAttribute(record, i, column, c);
    }
  }

  private setAttribute(record: CsvRecord, i: number, column: ColumnBuilder, row: number): void {
    const cell = this.cells[i];
    const text = cell.text(record, i);
    setCell(column, row, text, cell.kindOfLast(), cell.numberOfLast());
  }

  private textOf(record: CsvRecord, i: number): string {
    return this.cells[i].text(record, i);
  }

  private activityOf(record: CsvRecord): string {
    const columns = this.plan.activity;
    if (columns.length === 1) return record.isEmpty(columns[0]) ? '' : this.textOf(record, columns[0]);
    let any = false;
    const parts = columns.map((i) => {
      if (record.isEmpty(i)) return '';
      any = true;
      return this.textOf(record, i);
    });
    return any ? parts.join('+') : '';
  }

  private rejectEmpty(record: CsvRecord, i: number, what: string): void {
    this.reject(record, 'csv-empty-value', `empty ${what}`, `the ${what} (column '${this.plan.names[i]}') is empty`, i + 1,
      `every row needs a ${what}; ${SKIP_HINT}`);
  }

  private rejectTimestamp(record: CsvRecord, i: number, text: string, parser: TimestampParser, reason: string): void {
    this.reject(record, 'timestamp-unparseable', reason,
      `cannot read '${text}' in column '${this.plan.names[i]}' as a timestamp (format: ${parser.format})`, i + 1,
      `pass --timestamp-format with the column's pattern (e.g. "DD.MM.YYYY HH:mm"), ${SKIP_HINT}`);
  }

  private reject(record: CsvRecord, code: string, reason: string, message: string, column: number, hint: string): void {
    if (this.skipInvalid) {
      this.builder.drop(reason, record.line);
      return;
    }
    throw new InputError(code, message, { file: this.file, line: record.line, column, hint });
  }
}

function printDelimiter(delimiter: string | undefined): string {
  return delimiter === '\t' ? '\\t' : (delimiter ?? ',');
}
