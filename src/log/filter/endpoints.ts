/**
 * Endpoint filters: `--starts-with A,B` keeps cases whose first event is one of the activities,
 * `--ends-with A,B` cases whose last event is (pm4py's start / end activity filters).
 */
import type { LogFilter } from './log-filter.js';
import { activityMask, checkActivities } from './activities.js';

export function filterStartsWith(activities: readonly string[]): LogFilter {
  return endpointFilter('--starts-with', activities, true);
}

export function filterEndsWith(activities: readonly string[]): LogFilter {
  return endpointFilter('--ends-with', activities, false);
}

function endpointFilter(name: string, activities: readonly string[], first: boolean): LogFilter {
  return {
    name,
    description: `cases ${first ? 'starting' : 'ending'} with ${activities.map((a) => `'${a}'`).join(' or ')}`,
    check: (log) => checkActivities(log, activities, name),
    select(log) {
      const chosen = activityMask(log, activities);
      const cases = new Uint8Array(log.caseOffsets.length - 1);
      for (let c = 0; c < cases.length; c++) {
        const e = first ? log.caseOffsets[c] : log.caseOffsets[c + 1] - 1;
        cases[c] = chosen[log.activities[e]];
      }
      return { cases };
    },
  };
}
