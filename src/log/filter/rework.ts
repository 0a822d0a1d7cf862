/**
 * Rework filters: `--with-rework` keeps cases in which some activity happens more than once, `--without-rework`
 * the others; with an activity (`--with-rework 'Check'`) only that activity's repetitions count (pm4py's rework
 * filter with min_occurrences 2). The definition is analytics' rework share, so the two agree.
 */
import type { EventLog } from '../event-log.js';
import { checkActivities } from './activities.js';
import type { LogFilter } from './log-filter.js';

export function filterRework(options: { present: boolean; activity?: string }): LogFilter {
  const { present, activity } = options;
  const subject = activity === undefined ? 'any activity' : `'${activity}'`;
  return {
    name: present ? '--with-rework' : '--without-rework',
    description: present ? `cases where ${subject} repeats` : `cases where ${subject} never repeats`,
    check: activity === undefined ? undefined : (log) => checkActivities(log, [activity], present ? '--with-rework' : '--without-rework'),
    select(log: EventLog) {
      const target = activity === undefined ? -1 : log.activityNames.indexOf(activity);
      const seen = new Int32Array(log.activityNames.length).fill(-1);
      const cases = new Uint8Array(log.caseOffsets.length - 1);
      for (let c = 0; c < cases.length; c++) {
        let repeats = false;
        for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1] && !repeats; e++) {
          const a = log.activities[e];
          if (target >= 0 && a !== target) continue;
          if (seen[a] === c) repeats = true;
          seen[a] = c;
        }
        cases[c] = repeats === present ? 1 : 0;
      }
      return { cases };
    },
  };
}
