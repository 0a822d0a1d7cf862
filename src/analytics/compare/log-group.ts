/**
 * A named group of cases to compare: a whole log (`compare A B`) or a slice of one (`--split-by`,
 * `--split-at`). Comparisons take a list of groups; the first is the baseline the others are measured against.
 */
import type { EventLog } from '../../log/event-log.js';

export interface LogGroup {
  name: string;
  log: EventLog;
}
