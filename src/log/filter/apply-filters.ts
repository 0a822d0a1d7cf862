/**
 * Applies filters one after another, in the order given, and reports what each removed. Every filter is
 * checked against the log as read first, so a typo in the last filter fails before any work is done. A
 * filter that removes the last case stops with a usage error that names it.
 */
import { UsageError } from '../../errors.js';
import type { EventLog } from '../event-log.js';
import { applyMasks } from './apply-masks.js';
import type { FilterStep, LogFilter } from './log-filter.js';

export interface FilteredLog {
  log: EventLog;
  steps: FilterStep[];
}

/**
 * @example
 * const { log: kept, steps } = applyFilters(log, [filterTopVariants(5), filterKeepActivities(['a', 'b'])]);
 * steps[0]; // { name: '--top-variants', description: 'the 5 most frequent variants', casesRemoved: 12, … }
 */
export function applyFilters(log: EventLog, filters: readonly LogFilter[]): FilteredLog {
  for (const filter of filters) filter.check?.(log);
  const steps: FilterStep[] = [];
  let current = log;
  for (const filter of filters) {
    const next = applyMasks(current, filter.select(current));
    const cases = next.caseOffsets.length - 1;
    const events = next.activities.length;
    const step: FilterStep = {
      name: filter.name,
      description: filter.description,
      casesRemoved: current.caseOffsets.length - 1 - cases,
      eventsRemoved: current.activities.length - events,
      cases,
      events,
    };
    steps.push(step);
    if (cases === 0) {
      const of = steps.length > 1 ? `that the ${steps.length - 1} filter(s) before it left` : 'of the log';
      throw new UsageError('filtered-out', `no cases left after ${filter.name} (${filter.description}): it removed all ${step.casesRemoved.toLocaleString('en-US')} case(s) ${of}`, {
        hint: filter.hintWhenEmpty?.(current) ?? 'loosen or drop that filter, or check its value against `procmine inspect LOG`',
      });
    }
    current = next;
  }
  return { log: current, steps };
}
