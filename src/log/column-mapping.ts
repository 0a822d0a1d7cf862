/**
 * Chooses which columns of a table (CSV, Arrow, Parquet) hold the case, activity, timestamps and resource:
 * the ones named by flags, else the first match among common names (pm4py's XES-style names first, then the
 * names Disco, Celonis and the BPI Challenge exports use). `inspect` prints the choice.
 */
import { InputError } from '../errors.js';
import type { ColumnMapping } from './event-log.js';

export interface ColumnFlags {
  case?: string;
  activity?: string;
  timestamp?: string;
  startTimestamp?: string;
  resource?: string;
}

/** Candidate names per role, most specific first; compared case-insensitively, ignoring spaces, `_` and `-`. */
export const COMMON_COLUMN_NAMES = {
  case: ['case:concept:name', 'case_id', 'caseid', 'case id', 'case', 'case_concept_name', 'trace_id', 'traceid', 'trace'],
  activity: ['concept:name', 'activity', 'activity_name', 'activityname', 'event', 'event_name', 'task', 'action'],
  timestamp: [
    'time:timestamp', 'timestamp', 'complete timestamp', 'complete_timestamp', 'end timestamp', 'end_timestamp',
    'completetimestamp', 'end time', 'endtime', 'end', 'completion time', 'time', 'date', 'datetime',
  ],
  startTimestamp: ['start_timestamp', 'start timestamp', 'starttimestamp', 'start time', 'starttime', 'start'],
  resource: ['org:resource', 'resource', 'user', 'performer', 'org:role', 'role'],
} as const;

function normalize(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * The mapping for a table with these column names. Throws an {@link InputError} that lists the columns found
 * and the flags to pass when the case, activity or timestamp column cannot be found.
 */
export function resolveColumnMapping(columns: readonly string[], flags: ColumnFlags, file: string): ColumnMapping {
  const byNormal = new Map<string, string>();
  for (const c of columns) {
    const n = normalize(c);
    if (!byNormal.has(n)) byNormal.set(n, c);
  }
  const taken = new Set<string>();
  const pick = (role: keyof ColumnFlags, flag: string, required: boolean): string | undefined => {
    const given = flags[role];
    if (given !== undefined) {
      if (columns.includes(given)) return take(given);
      const loose = byNormal.get(normalize(given));
      if (loose !== undefined) return take(loose);
      throw new InputError('column-not-found', `column '${given}' (given with ${flag}) is not in the file`, {
        file,
        line: 1,
        hint: `columns found: ${listColumns(columns)}`,
      });
    }
    for (const candidate of COMMON_COLUMN_NAMES[role]) {
      const c = byNormal.get(normalize(candidate));
      if (c !== undefined && !taken.has(c)) return take(c);
    }
    if (required) {
      throw new InputError('column-not-found', `no ${describe(role)} column found`, {
        file,
        line: 1,
        hint: `columns found: ${listColumns(columns)}; name the column with ${flag} COLUMN`,
      });
    }
    return undefined;
  };
  const take = (c: string): string => {
    taken.add(c);
    return c;
  };
  // Order matters: the case column claims `case:concept:name` before activity looks for `concept:name`-like
  // names, and the completion timestamp is chosen before the start.
  const caseColumn = pick('case', '--case', true)!;
  const activity = pick('activity', '--activity', true)!;
  const timestamp = pick('timestamp', '--timestamp', true)!;
  const startTimestamp = pick('startTimestamp', '--start-timestamp', false);
  const resource = pick('resource', '--resource', false);
  const mapping: ColumnMapping = { case: caseColumn, activity, timestamp };
  if (startTimestamp !== undefined) mapping.startTimestamp = startTimestamp;
  if (resource !== undefined) mapping.resource = resource;
  const lifecycle = byNormal.get(normalize('lifecycle:transition'));
  if (lifecycle !== undefined) mapping.lifecycle = lifecycle;
  return mapping;
}

function describe(role: keyof ColumnFlags): string {
  return role === 'startTimestamp' ? 'start timestamp' : role;
}

function listColumns(columns: readonly string[]): string {
  const shown = columns.slice(0, 30).map((c) => `'${c}'`).join(', ');
  return columns.length > 30 ? `${shown}, … (${columns.length} in all)` : shown || '(none)';
}
