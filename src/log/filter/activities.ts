/**
 * Activity filters. Two remove events and keep the rest of each case (its remaining events become directly
 * following): `--keep-activities A,B` and `--drop-activities A,B`. Two remove whole cases:
 * `--cases-with A,B` keeps cases containing any of the activities, `--cases-without A,B` cases containing none.
 * Names are checked against the log as read, so a typo is an error rather than an empty result.
 */
import { UsageError } from '../../errors.js';
import type { EventLog } from '../event-log.js';
import type { LogFilter } from './log-filter.js';

export function filterKeepActivities(activities: readonly string[]): LogFilter {
  return eventFilter('--keep-activities', `events of ${list(activities)} only`, activities, true);
}

export function filterDropActivities(activities: readonly string[]): LogFilter {
  return eventFilter('--drop-activities', `events of ${list(activities)} removed`, activities, false);
}

export function filterCasesWith(activities: readonly string[]): LogFilter {
  return caseFilter('--cases-with', `cases with ${activities.length > 1 ? 'any of ' : ''}${list(activities)}`, activities, true);
}

export function filterCasesWithout(activities: readonly string[]): LogFilter {
  return caseFilter('--cases-without', `cases without ${list(activities)}`, activities, false);
}

function eventFilter(name: string, description: string, activities: readonly string[], keep: boolean): LogFilter {
  return {
    name,
    description,
    check: (log) => checkActivities(log, activities, name),
    select(log) {
      const chosen = activityMask(log, activities);
      const events = Uint8Array.from(log.activities, (a) => (chosen[a] === 1) === keep ? 1 : 0);
      return { events };
    },
  };
}

function caseFilter(name: string, description: string, activities: readonly string[], keepWith: boolean): LogFilter {
  return {
    name,
    description,
    check: (log) => checkActivities(log, activities, name),
    select(log) {
      const chosen = activityMask(log, activities);
      const cases = new Uint8Array(log.caseOffsets.length - 1);
      for (let c = 0; c < cases.length; c++) {
        let has = false;
        for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1] && !has; e++) has = chosen[log.activities[e]] === 1;
        cases[c] = has === keepWith ? 1 : 0;
      }
      return { cases };
    },
  };
}

/** 1 for activity codes named in `activities`. */
export function activityMask(log: EventLog, activities: readonly string[]): Uint8Array {
  const wanted = new Set(activities);
  return Uint8Array.from(log.activityNames, (name) => (wanted.has(name) ? 1 : 0));
}

export function checkActivities(log: EventLog, activities: readonly string[], flag: string): void {
  const known = new Set(log.activityNames);
  const unknown = activities.filter((a) => !known.has(a));
  if (unknown.length === 0) return;
  const suggestions = unknown.flatMap((u) => closest(u, log.activityNames)).filter((s, i, all) => all.indexOf(s) === i);
  throw new UsageError('unknown-activity', `${flag}: the log has no activity ${unknown.map((u) => `'${u}'`).join(', ')}`, {
    hint: suggestions.length > 0
      ? `did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}? (names are case-sensitive)`
      : `activities: ${log.activityNames.slice(0, 20).join(', ')}${log.activityNames.length > 20 ? ', …' : ''}`,
  });
}

function list(activities: readonly string[]): string {
  return activities.map((a) => `'${a}'`).join(', ');
}

/** Names that differ only in case or contain the given text: the usual typos. */
function closest(name: string, names: readonly string[]): string[] {
  const lower = name.toLowerCase();
  return names.filter((n) => n.toLowerCase() === lower || n.toLowerCase().includes(lower)).slice(0, 3);
}
