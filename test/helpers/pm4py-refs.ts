/**
 * Access to pm4py's reference outputs: the committed copies in fixtures/refs/pm4py and, when present, the full
 * set in ../shared/refs/pm4py beside the project. Also the read options that reproduce pm4py's view of a log.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { ReadLogOptions } from '../../src/log/read-options.js';

export const projectRoot = join(__dirname, '..', '..');
export const fixtureLogs = join(projectRoot, 'fixtures', 'logs');
export const fixtureRefs = join(projectRoot, 'fixtures', 'refs', 'pm4py');
export const sharedLogs = join(projectRoot, '..', 'shared', 'data', 'logs');
export const sharedRefs = join(projectRoot, '..', 'shared', 'refs', 'pm4py');
export const hasShared = existsSync(sharedLogs) && existsSync(sharedRefs);

export interface Pm4pyRef {
  input: { columns_used?: { case: string; activity: string; timestamp: string }; csv_separator?: string; separator?: string };
  log?: {
    cases: number;
    events: number;
    activities: { name: string; count: number }[];
    start_activities: Record<string, number>;
    end_activities: Record<string, number>;
    time_range?: { start: string; end: string };
  };
  dfg?: { edges: { from: string; to: string; count: number }[]; start_activities: Record<string, number>; end_activities: Record<string, number> };
  performance_dfg?: { edges: { from: string; to: string; meanSeconds: number; medianSeconds: number; minSeconds?: number; maxSeconds?: number; totalSeconds?: number }[] };
  variants?: { count: number; variants: { activities: string[]; count: number }[] };
  case_durations?: Record<string, number>;
  inductive?: Record<string, { tree?: string; petri_net?: Record<string, number>; bpmn?: Record<string, unknown> }>;
  timings_s?: Record<string, number>;
}

/** Read options giving pm4py's view: every lifecycle event kept, pm4py's CSV columns and separator. */
export function pm4pyReadOptions(ref: Pm4pyRef): ReadLogOptions {
  const options: ReadLogOptions = { lifecycle: 'all' };
  const cols = ref.input.columns_used;
  if (cols) Object.assign(options, { case: cols.case, activity: cols.activity, timestamp: cols.timestamp });
  const sep = ref.input.csv_separator ?? ref.input.separator;
  if (sep) options.delimiter = sep;
  return options;
}

/** [log name, log path, ref] for every ref whose log exists in `logDir` and that has `log` counts. */
export function refCases(logDir: string, refDir: string): [string, string, Pm4pyRef][] {
  if (!existsSync(logDir) || !existsSync(refDir)) return [];
  return readdirSync(refDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(refDir, f), 'utf8')) as Pm4pyRef] as const)
    .filter(([name, ref]) => ref.log?.cases !== undefined && existsSync(join(logDir, name)))
    .map(([name, ref]) => [name, join(logDir, name), ref]);
}

/**
 * Whether an XES file's timestamps all carry the same UTC offset. pm4py's XES reader drops offsets instead of
 * converting them, so its durations are comparable with ours only on such logs (see refs/README.md).
 */
export function xesHasSingleOffset(file: string): boolean {
  if (!/\.xes(\.gz)?$/i.test(file)) return true;
  const raw = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  const offsets = new Set<string>();
  for (const m of text.matchAll(/key="time:timestamp"\s+value="[^"]*?(Z|[+-]\d\d:?\d\d)?"/g)) offsets.add(m[1] ?? 'none');
  return offsets.size <= 1;
}

/**
 * Logs on which pm4py's reading differs from procmine's for a documented reason, so that order-dependent
 * comparisons (DFG edges, variants, trees) cannot agree. Counts of cases, events and activities still do.
 */
export const PM4PY_ORDER_DIFFERS: Record<string, string> = {
  'mobis_challenge_log_2019_snippet.csv':
    'its timestamps are day-first (16.01.2017 13:40); pandas reads those that also fit month-first as month-first ' +
    '(04.01.2017 becomes 1 April), so pm4py orders events by partly wrong dates',
  'interval_event_log.xes':
    "pm4py's XES reader replaces UTC offsets by UTC instead of converting them, which reorders events around the offset change",
};
