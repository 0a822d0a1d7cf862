/**
 * What a log filter is: a named, described selection that marks the cases and/or events to keep as byte
 * masks over the log's shared columns (arquero's filters as bit masks). Filters never copy data themselves;
 * `applyMasks` builds the smaller log once per filter, and `applyFilters` composes them in order.
 */
import type { EventLog } from '../event-log.js';

/** 1 keeps, 0 removes; a missing mask keeps everything. Removing every event of a case removes the case. */
export interface FilterMasks {
  /** one entry per case. */
  cases?: Uint8Array;
  /** one entry per event. */
  events?: Uint8Array;
}

export interface LogFilter {
  /** the flag that asked for it, e.g. `--where`. */
  name: string;
  /** what it keeps, in words: `case attribute channel = Email`. */
  description: string;
  /** throws a UsageError when the filter names something the log does not have (checked on the log as read). */
  check?(log: EventLog): void;
  select(log: EventLog): FilterMasks;
  /** a hint for when this filter removes every case, e.g. the values the attribute does have. */
  hintWhenEmpty?(log: EventLog): string | undefined;
}

/** What one filter removed, for `inspect`, JSON outputs and the `filter` command's report. */
export interface FilterStep {
  name: string;
  description: string;
  casesRemoved: number;
  eventsRemoved: number;
  /** cases and events left after this filter. */
  cases: number;
  events: number;
}
