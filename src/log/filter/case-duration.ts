/**
 * `--min-duration 1d --max-duration 30d`: keeps cases whose duration (first start to last completion) lies
 * within the bounds, both inclusive (pm4py's case performance filter). Cases without timestamps go.
 */
import { formatDuration } from '../../util/duration.js';
import { computeCaseSpans } from './case-span.js';
import type { LogFilter } from './log-filter.js';

export interface CaseDurationOptions {
  minSeconds?: number;
  maxSeconds?: number;
}

export function filterCaseDuration(options: CaseDurationOptions): LogFilter {
  const min = options.minSeconds ?? -Infinity;
  const max = options.maxSeconds ?? Infinity;
  const parts: string[] = [];
  if (options.minSeconds !== undefined) parts.push(`at least ${formatDuration(options.minSeconds)}`);
  if (options.maxSeconds !== undefined) parts.push(`at most ${formatDuration(options.maxSeconds)}`);
  return {
    name: '--min-duration/--max-duration',
    description: `cases lasting ${parts.join(' and ')}`,
    select(log) {
      const { starts, ends } = computeCaseSpans(log);
      const cases = new Uint8Array(starts.length);
      for (let c = 0; c < cases.length; c++) {
        const seconds = (ends[c] - starts[c]) / 1000;
        cases[c] = seconds >= min && seconds <= max ? 1 : 0;
      }
      return { cases };
    },
  };
}
