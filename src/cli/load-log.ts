/**
 * How every command reads its log: the common flags turned into reader options, progress on a terminal, and
 * the filter flags applied in the order given. `loadFilteredLog` also returns what each filter removed, for
 * `inspect`, `filter` and JSON outputs; `loadLog` notes it on standard error unless --quiet.
 */
import type { EventLog } from '../log/event-log.js';
import { applyFilters } from '../log/filter/apply-filters.js';
import type { FilterStep } from '../log/filter/log-filter.js';
import { readLog } from '../log/read-log.js';
import { toReadLogOptions, type LogReadingFlags } from './options.js';
import { createProgress, note } from './io.js';
import { buildFilters, type FilterFlags } from './filter-options.js';

export type LoadLogFlags = LogReadingFlags & FilterFlags & { quiet?: boolean };

export interface LoadedLog {
  log: EventLog;
  /** one entry per filter applied, in order; empty without filter flags. */
  filters: FilterStep[];
}

export async function loadFilteredLog(file: string, flags: LoadLogFlags): Promise<LoadedLog> {
  const options = toReadLogOptions(flags);
  // Filter flags are checked before the (possibly long) read.
  const filters = buildFilters(flags, { timezone: flags.timezone });
  const progress = createProgress(`reading ${file}`, flags);
  let log: EventLog;
  try {
    log = await readLog(file, { ...options, onProgress: progress.onProgress });
  } finally {
    progress.done();
  }
  if (filters.length === 0) return { log, filters: [] };
  const result = applyFilters(log, filters);
  return { log: result.log, filters: result.steps };
}

export async function loadLog(file: string, flags: LoadLogFlags): Promise<EventLog> {
  const { log, filters } = await loadFilteredLog(file, flags);
  if (filters.length > 0) note(flags, describeFilterSteps(filters).join('\n'));
  return log;
}

/** One line per filter: `--where channel = Email: removed 812 cases, 4,410 events (622 cases left)`. */
export function describeFilterSteps(steps: readonly FilterStep[]): string[] {
  const n = (x: number) => x.toLocaleString('en-US');
  return steps.map((s) =>
    `filter ${s.name} (${s.description}): removed ${n(s.casesRemoved)} case(s), ${n(s.eventsRemoved)} event(s); ` +
    `${n(s.cases)} case(s), ${n(s.events)} event(s) left`);
}
