/**
 * Turns the gathered attributes of one `<event>` into a builder event at `</event>`: activity (concept:name, or
 * the classifier's keys joined by `+` as ProM does), time, resource, lifecycle (with concept:instance), and every
 * other attribute into its column. No activity: an InputError, or with `skipInvalid` a reported dropped row.
 */
import { InputError } from '../../errors.js';
import type { EventLogBuilder } from '../builder.js';
import type { ColumnBuilder } from '../column-builder.js';
import type { WallToInstant } from '../timestamps/zone-offset.js';
import { setColumnValue, V_DATE } from './attribute-value.js';
import { SKIP_INVALID_HINT } from './attribute-reader.js';
import { parseTimestampText } from './parse-timestamp-text.js';
import { PendingEvent } from './pending-event.js';
import type { ReadNotes } from './read-notes.js';
import type { XmlTokenizer } from './xml-tokenizer.js';
import { CONCEPT_INSTANCE, CONCEPT_NAME, LIFECYCLE_TRANSITION, ORG_RESOURCE, TIME_TIMESTAMP } from './xes-vocabulary.js';

export class EventAssembler {
  readonly pending = new PendingEvent();
  /** null: the activity is concept:name; else the classifier's keys. */
  activityKeys: string[] | null = null;
  sawResource = false;
  sawLifecycle = false;

  private readonly builder: EventLogBuilder;
  private readonly file: string;
  private readonly skipInvalid: boolean;
  private readonly toInstant: WallToInstant;
  private readonly notes: ReadNotes;
  /** names of the classifiers the log declares, for the hint when events have no activity. */
  private declared: string[] = [];

  private inTrace = false;
  private line = 0;
  private offset = 0;
  private lineStart = 0;
  private invalid: string | null = null;
  /** the column last used at each position of an event (events mostly list their attributes in one order). */
  private readonly columnKeys: string[] = [];
  private readonly columns: ColumnBuilder[] = [];

  constructor(builder: EventLogBuilder, file: string, skipInvalid: boolean, toInstant: WallToInstant, notes: ReadNotes) {
    this.builder = builder;
    this.file = file;
    this.skipInvalid = skipInvalid;
    this.toInstant = toInstant;
    this.notes = notes;
  }

  /** Uses a classifier's keys for the activity; `declared` names the log's classifiers for hints. */
  useClassifier(keys: string[] | null, declared: string[]): void {
    this.activityKeys = keys;
    this.declared = declared;
  }

  /** A new `<event>` starts at the tokenizer's current tag. */
  begin(t: XmlTokenizer, inTrace: boolean): void {
    this.inTrace = inTrace;
    this.line = t.tokenLine;
    this.offset = t.tokenStart;
    this.lineStart = t.tokenLineStart;
    this.invalid = null;
    this.pending.count = 0;
  }

  /** Marks the event invalid (skipInvalid): it will be dropped for this reason (the first one given). */
  markInvalid(reason: string): void {
    this.invalid ??= reason;
  }

  get eventLine(): number {
    return this.line;
  }

  /** `</event>`: adds the event to case `caseIndex`, or drops it and says why. */
  finish(t: XmlTokenizer, caseIndex: number): void {
    const b = this.builder;
    if (!this.inTrace) {
      b.drop('event outside a trace', this.line);
      return;
    }
    if (this.invalid !== null) {
      b.drop(this.invalid, this.line);
      return;
    }
    const p = this.pending;
    let activity: string | undefined;
    if (this.activityKeys === null) {
      const i = p.lastIndexOf(CONCEPT_NAME);
      if (i >= 0) activity = p.text(i);
    } else {
      activity = this.classify();
    }
    if (activity === undefined) {
      this.reject(t);
      return;
    }
    const ti = p.lastIndexOf(TIME_TIMESTAMP);
    const row = b.addEvent(caseIndex, activity, ti < 0 ? NaN : this.readTimestamp(ti));
    const conceptIsActivity = this.activityKeys === null;
    let transition: string | undefined;
    let instance: string | undefined;
    for (let i = 0; i < p.count; i++) {
      const key = p.keys[i];
      if (key === CONCEPT_NAME) {
        if (conceptIsActivity) continue;
      } else if (key === TIME_TIMESTAMP) {
        continue;
      } else if (key === ORG_RESOURCE) {
        b.setResource(row, p.text(i));
        this.sawResource = true;
        continue;
      } else if (key === LIFECYCLE_TRANSITION) {
        transition = p.text(i);
        continue;
      } else if (key === CONCEPT_INSTANCE) {
        instance = p.text(i);
      }
      setColumnValue(this.columnFor(i, key), row, p.types[i], p.texts[i], p.numbers[i]);
    }
    if (transition !== undefined) {
      b.setLifecycle(row, transition, instance);
      this.sawLifecycle = true;
    }
  }

  private columnFor(position: number, key: string): ColumnBuilder {
    if (this.columnKeys[position] === key) return this.columns[position];
    const column = this.builder.eventAttribute(key);
    this.columnKeys[position] = key;
    this.columns[position] = column;
    return column;
  }

  /** The classifier's values joined by `+`; a key the event lacks adds "" (as ProM); undefined if it has none. */
  private classify(): string | undefined {
    const keys = this.activityKeys!;
    const p = this.pending;
    let out = '';
    let found = false;
    for (let k = 0; k < keys.length; k++) {
      if (k > 0) out += '+';
      const i = p.lastIndexOf(keys[k]);
      if (i >= 0) {
        out += p.text(i);
        found = true;
      }
    }
    return found ? out : undefined;
  }

  /**
   * A `<date>` was checked when read. A time of another type (a string, in logs converted from CSV) is parsed when
   * it can be; otherwise the event keeps no time and a warning says so (pm4py keeps such events too).
   */
  private readTimestamp(i: number): number {
    const p = this.pending;
    if (p.types[i] === V_DATE) return p.numbers[i];
    const text = p.text(i);
    const ms = parseTimestampText(text, this.toInstant);
    if (Number.isNaN(ms)) this.notes.note('time:timestamp value(s) that are not dates were read as missing', this.line, text);
    return ms;
  }

  private reject(t: XmlTokenizer): void {
    const label = this.activityKeys === null ? CONCEPT_NAME : this.activityKeys.join('+');
    if (this.skipInvalid) {
      this.builder.drop(`event without ${label}`, this.line);
      return;
    }
    const choose = this.declared.length > 0 ? `choose another with --classifier (the log declares ${this.declared.map((d) => `'${d}'`).join(', ')}), or ` : '';
    throw new InputError('xes-no-activity', `an event has no ${label} (its activity)`, {
      file: this.file,
      line: this.line,
      column: t.columnOf(this.offset, this.lineStart),
      hint: choose ? `${choose}pass --skip-invalid to drop such events and report them` : SKIP_INVALID_HINT.replace('fix the value', `give each event a ${label}`),
    });
  }
}
