/**
 * The key performance indicators of a log, as BPM programmes track them: size, cycle time, SLA and rework
 * shares, arrivals and throughput per period with work in progress, error rate by outcome, and cost per
 * execution (from rates per activity, or a numeric cost attribute) with totals per case, variant and activity.
 */
import { csvParseRows } from 'd3-dsv';
import { InputError, ProcmineError } from '../errors.js';
import type { EventLog } from '../log/event-log.js';
import { computeVariantLog, variantTrace } from '../log/variant-log.js';
import { PeriodBucketer, type Period } from '../util/calendar.js';
import { formatIsoUtc } from '../util/iso-time.js';
import { quantileSorted } from '../util/quantile.js';
import { computeCaseDurations } from './case-durations.js';
import { computeRework } from './rework.js';

/** What one execution of an activity costs: a fixed amount plus rates per hour of its service and waiting time. */
export interface CostRate {
  perExecution: number;
  perServiceHour: number;
  perWaitingHour: number;
}

/** Rates by activity name; `fallback` (the `*` row of a costs file) prices every activity not listed. */
export interface CostTable {
  rates: Map<string, CostRate>;
  fallback?: CostRate;
}

export type CostSource = { kind: 'table'; table: CostTable } | { kind: 'attribute'; attribute: string };

export interface KpiOptions {
  /** period for throughput, arrivals and WIP (default: {@link choosePeriod} of the log's time span). */
  by?: Period;
  /** IANA zone in which periods are cut (default UTC). */
  timeZone?: string;
  slaSeconds?: number;
  /** a case has failed when it reaches any of these. */
  failureActivities?: string[];
  /** a case has failed when its last activity is none of these (used when failureActivities is not given). */
  successEndActivities?: string[];
  cost?: CostSource;
  /** how many of the costliest variants and cases to list (default 10). */
  top?: number;
}

export interface PeriodKpis {
  /** `2024-03-05` (day), `2024-03-04` (week, its Monday), `2024-03` (month). */
  period: string;
  /** cases started in the period (arrivals). */
  started: number;
  /** cases completed in the period (throughput). */
  completed: number;
  /** cases open at the end of the period (started, not yet completed). */
  wip: number;
  /** median duration of the cases completed in the period (NaN when none). */
  medianCycleTimeSeconds: number;
  slaShare?: number;
  errorShare?: number;
}

export interface ErrorRate {
  rule: 'failure-activities' | 'success-end-activities';
  activities: string[];
  cases: number;
  share: number;
  /** failure rule: cases reaching each failure activity; success rule: failed cases per (other) end activity. */
  byActivity: { activity: string; cases: number }[];
}

export interface CostKpis {
  source: 'table' | 'attribute';
  attribute?: string;
  total: number;
  perCase: { mean: number; median: number; p90: number; max: number };
  /** empty for a case-level cost attribute. */
  perActivity: { activity: string; executions: number; total: number; meanPerExecution: number; share: number }[];
  /** the costliest variants by total. */
  perVariant: { activities: string[]; cases: number; total: number; meanPerCase: number }[];
  costliestCases: { caseId: string; total: number }[];
  /** activities of the log that the cost table does not price (counted as 0). */
  unpricedActivities: string[];
  /** events (or cases) without a cost value, for a cost attribute. */
  missingValues: number;
}

export interface KpiResult {
  cases: number;
  events: number;
  activities: number;
  variants: number;
  timeRange: { start: string | null; end: string | null };
  cycleTime: { medianSeconds: number; meanSeconds: number };
  sla?: { thresholdSeconds: number; within: number; share: number };
  rework: { cases: number; share: number };
  period: Period;
  timeZone: string;
  perPeriod: PeriodKpis[];
  /** cases started per day and per week: the inverse of the mean time between consecutive starts. */
  arrivalRate: { perDay: number; perWeek: number };
  /** cases completed per day and per week, the same way over completions. */
  throughputRate: { perDay: number; perWeek: number };
  /** work in progress at period ends. */
  wip: { mean: number; max: number; last: number };
  errorRate?: ErrorRate;
  cost?: CostKpis;
}

const DAY_MS = 86_400_000;
const MAX_PERIODS = 100_000;

/** A period that gives a readable number of points: days up to three months, weeks up to three years, else months. */
export function choosePeriod(spanMs: number): Period {
  if (!(spanMs > 92 * DAY_MS)) return 'day';
  return spanMs <= 3 * 366 * DAY_MS ? 'week' : 'month';
}

/** The label of the period after `label` (labels as {@link PeriodBucketer} writes them). */
export function nextPeriodLabel(label: string, period: Period): string {
  const [y, m, d] = label.split('-').map(Number);
  if (period === 'month') return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
  const next = new Date(Date.UTC(y, m - 1, d + (period === 'week' ? 7 : 1)));
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * @example
 * const k = computeKpis(log, { slaSeconds: 5 * 86400, failureActivities: ['reject request'] });
 * k.errorRate?.share; // 0.375
 */
export function computeKpis(log: EventLog, options: KpiOptions = {}): KpiResult {
  const cases = log.caseOffsets.length - 1;
  const durations = computeCaseDurations(log);
  const starts = new Float64Array(cases);
  const ends = new Float64Array(cases);
  for (let c = 0; c < cases; c++) {
    let first = Infinity;
    let last = -Infinity;
    for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) {
      const end = log.timestamps[e];
      const s = log.startTimestamps?.[e];
      const begin = s !== undefined && !Number.isNaN(s) ? s : end;
      if (begin < first) first = begin;
      if (end > last) last = end;
    }
    starts[c] = Number.isFinite(first) ? first : NaN;
    ends[c] = Number.isFinite(last) ? last : NaN;
  }
  const valid = durations.filter((d) => !Number.isNaN(d)).sort();
  let sum = 0;
  for (const d of valid) sum += d;
  const failed = options.failureActivities || options.successEndActivities ? new Uint8Array(cases) : null;
  const errorRate = failed ? computeErrorRate(log, options, failed) : undefined;

  const firstStart = minOf(starts);
  const lastEnd = maxOf(ends);
  const period = options.by ?? choosePeriod(lastEnd - firstStart);
  const timeZone = options.timeZone ?? 'UTC';
  const perPeriod = computePerPeriod(starts, ends, durations, failed, period, timeZone, options.slaSeconds);
  const wips = perPeriod.map((p) => p.wip);

  const result: KpiResult = {
    cases,
    events: log.activities.length,
    activities: countUsedActivities(log),
    variants: computeVariantLog(log).counts.length,
    timeRange: {
      start: Number.isFinite(firstStart) ? formatIsoUtc(firstStart) : null,
      end: Number.isFinite(lastEnd) ? formatIsoUtc(lastEnd) : null,
    },
    cycleTime: { medianSeconds: quantileSorted(valid, 0.5), meanSeconds: valid.length ? sum / valid.length : NaN },
    rework: (({ casesWithRework, share }) => ({ cases: casesWithRework, share }))(computeRework(log)),
    period,
    timeZone,
    perPeriod,
    arrivalRate: ratePerDay(starts),
    throughputRate: ratePerDay(ends),
    wip: {
      mean: wips.length ? wips.reduce((a, b) => a + b, 0) / wips.length : NaN,
      max: wips.length ? Math.max(...wips) : NaN,
      last: wips.length ? wips[wips.length - 1] : NaN,
    },
  };
  if (options.slaSeconds !== undefined) {
    let within = 0;
    for (const d of valid) if (d <= options.slaSeconds) within++;
    result.sla = { thresholdSeconds: options.slaSeconds, within, share: valid.length ? within / valid.length : NaN };
  }
  if (errorRate) result.errorRate = errorRate;
  if (options.cost) result.cost = computeCosts(log, options.cost, options.top ?? 10);
  return result;
}

function minOf(values: Float64Array): number {
  let m = Infinity;
  for (const v of values) if (v < m) m = v;
  return m;
}

function maxOf(values: Float64Array): number {
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return m;
}

function countUsedActivities(log: EventLog): number {
  const seen = new Uint8Array(log.activityNames.length);
  let n = 0;
  for (const a of log.activities) if (!seen[a]) (seen[a] = 1), n++;
  return n;
}

/** n instants spanning T days give (n − 1) / T per day; NaN with fewer than two distinct instants. */
function ratePerDay(instants: Float64Array): { perDay: number; perWeek: number } {
  const finite = instants.filter((v) => !Number.isNaN(v));
  const span = (maxOf(finite) - minOf(finite)) / DAY_MS;
  const perDay = finite.length > 1 && span > 0 ? (finite.length - 1) / span : NaN;
  return { perDay, perWeek: perDay * 7 };
}

function computeErrorRate(log: EventLog, options: KpiOptions, failed: Uint8Array): ErrorRate {
  const names = log.activityNames;
  const code = new Map(names.map((n, a) => [n, a]));
  const cases = failed.length;
  const perActivity = new Int32Array(names.length);
  const rule: ErrorRate['rule'] = options.failureActivities ? 'failure-activities' : 'success-end-activities';
  const listed = [...new Set((options.failureActivities ?? options.successEndActivities)!)];
  const marked = new Uint8Array(names.length);
  for (const name of listed) {
    const a = code.get(name);
    if (a !== undefined) marked[a] = 1;
  }
  const reached = new Int32Array(names.length).fill(-1);
  for (let c = 0; c < cases; c++) {
    const lo = log.caseOffsets[c];
    const hi = log.caseOffsets[c + 1];
    if (rule === 'failure-activities') {
      for (let e = lo; e < hi; e++) {
        const a = log.activities[e];
        if (marked[a] && reached[a] !== c) {
          reached[a] = c;
          perActivity[a]++;
          failed[c] = 1;
        }
      }
    } else if (hi > lo && !marked[log.activities[hi - 1]]) {
      failed[c] = 1;
      perActivity[log.activities[hi - 1]]++;
    }
  }
  let count = 0;
  for (const f of failed) count += f;
  const byActivity =
    rule === 'failure-activities'
      ? listed.map((activity) => ({ activity, cases: code.has(activity) ? perActivity[code.get(activity)!] : 0 }))
      : names.map((activity, a) => ({ activity, cases: perActivity[a] })).filter((x) => x.cases > 0);
  byActivity.sort((x, y) => y.cases - x.cases || (x.activity < y.activity ? -1 : x.activity > y.activity ? 1 : 0));
  return { rule, activities: listed, cases: count, share: cases ? count / cases : NaN, byActivity };
}

function computePerPeriod(
  starts: Float64Array,
  ends: Float64Array,
  durations: Float64Array,
  failed: Uint8Array | null,
  period: Period,
  timeZone: string,
  slaSeconds: number | undefined,
): PeriodKpis[] {
  const first = minOf(starts);
  const last = maxOf(ends);
  if (!Number.isFinite(first) || !Number.isFinite(last)) return [];
  const bucketer = new PeriodBucketer(timeZone);
  const labels: string[] = [];
  const index = new Map<string, number>();
  const lastLabel = bucketer.label(last, period);
  for (let label = bucketer.label(first, period); labels.length < MAX_PERIODS; label = nextPeriodLabel(label, period)) {
    index.set(label, labels.length);
    labels.push(label);
    if (label >= lastLabel) break;
  }
  const n = labels.length;
  const started = new Int32Array(n);
  const completed = new Int32Array(n);
  const failures = new Int32Array(n);
  const within = new Int32Array(n);
  const completedDurations: number[][] = Array.from({ length: n }, () => []);
  for (let c = 0; c < starts.length; c++) {
    if (Number.isNaN(starts[c]) || Number.isNaN(ends[c])) continue;
    started[index.get(bucketer.label(starts[c], period)) ?? 0]++;
    const k = index.get(bucketer.label(ends[c], period)) ?? n - 1;
    completed[k]++;
    completedDurations[k].push(durations[c]);
    if (failed?.[c]) failures[k]++;
    if (slaSeconds !== undefined && durations[c] <= slaSeconds) within[k]++;
  }
  const out: PeriodKpis[] = [];
  let open = 0;
  for (let k = 0; k < n; k++) {
    open += started[k] - completed[k];
    const point: PeriodKpis = {
      period: labels[k],
      started: started[k],
      completed: completed[k],
      wip: open,
      medianCycleTimeSeconds: quantileSorted(Float64Array.from(completedDurations[k]).sort(), 0.5),
    };
    if (slaSeconds !== undefined) point.slaShare = completed[k] ? within[k] / completed[k] : NaN;
    if (failed) point.errorShare = completed[k] ? failures[k] / completed[k] : NaN;
    out.push(point);
  }
  return out;
}

function computeCosts(log: EventLog, source: CostSource, top: number): CostKpis {
  const cases = log.caseOffsets.length - 1;
  const names = log.activityNames;
  const perCase = new Float64Array(cases);
  const activityTotal = new Float64Array(names.length);
  const executions = new Int32Array(names.length);
  let missing = 0;
  const unpriced = new Set<string>();
  if (source.kind === 'table') {
    const rates = names.map((name) => source.table.rates.get(name) ?? source.table.fallback);
    const ts = log.timestamps;
    const st = log.startTimestamps;
    for (let c = 0; c < cases; c++) {
      for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) {
        const a = log.activities[e];
        executions[a]++;
        const rate = rates[a];
        if (!rate) {
          unpriced.add(names[a]);
          continue;
        }
        const start = st !== null && !Number.isNaN(st[e]) ? st[e] : ts[e];
        const serviceHours = nonNegative(ts[e] - start) / 3_600_000;
        // Overlapping (merged start/complete) events can start before their predecessor ends: no negative waiting cost.
        const waitingHours = e > log.caseOffsets[c] ? nonNegative(start - ts[e - 1]) / 3_600_000 : 0;
        const cost = rate.perExecution + rate.perServiceHour * serviceHours + rate.perWaitingHour * waitingHours;
        activityTotal[a] += cost;
        perCase[c] += cost;
      }
    }
  } else {
    const eventColumn = log.eventAttributes.get(source.attribute);
    const caseColumn = log.caseAttributes.get(source.attribute);
    if (eventColumn && (eventColumn.type === 'int' || eventColumn.type === 'float')) {
      for (let c = 0; c < cases; c++) {
        for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) {
          const a = log.activities[e];
          executions[a]++;
          const v = eventColumn.values[e];
          if (Number.isNaN(v)) {
            missing++;
            continue;
          }
          activityTotal[a] += v;
          perCase[c] += v;
        }
      }
    } else if (caseColumn && (caseColumn.type === 'int' || caseColumn.type === 'float')) {
      for (let c = 0; c < cases; c++) {
        const v = caseColumn.values[c];
        if (Number.isNaN(v)) missing++;
        else perCase[c] = v;
      }
    } else {
      throw new ProcmineError('unknown-attribute', `the log has no numeric attribute '${source.attribute}' to read costs from`);
    }
  }
  let total = 0;
  for (const v of perCase) total += v;
  const sorted = perCase.slice().sort();
  const hasActivityCosts = !(source.kind === 'attribute' && !log.eventAttributes.has(source.attribute));
  const perActivity = hasActivityCosts
    ? names
        .map((activity, a) => ({
          activity,
          executions: executions[a],
          total: activityTotal[a],
          meanPerExecution: executions[a] ? activityTotal[a] / executions[a] : NaN,
          share: total ? activityTotal[a] / total : NaN,
        }))
        .filter((x) => x.executions > 0)
        .sort((x, y) => y.total - x.total || y.executions - x.executions || compare(x.activity, y.activity))
    : [];
  const vlog = computeVariantLog(log);
  const variantTotal = new Float64Array(vlog.counts.length);
  for (let c = 0; c < cases; c++) variantTotal[vlog.caseVariant[c]] += perCase[c];
  const perVariant = Array.from(vlog.counts, (count, v) => ({
    activities: Array.from(variantTrace(vlog, v), (a) => names[a]),
    cases: count,
    total: variantTotal[v],
    meanPerCase: variantTotal[v] / count,
  }))
    .sort((x, y) => y.total - x.total || y.cases - x.cases || compare(x.activities.join('\u0000'), y.activities.join('\u0000')))
    .slice(0, top);
  const caseOrder = Array.from({ length: cases }, (_, c) => c).sort(
    (x, y) => perCase[y] - perCase[x] || compare(log.caseIds[x], log.caseIds[y]),
  );
  return {
    source: source.kind,
    ...(source.kind === 'attribute' ? { attribute: source.attribute } : {}),
    total,
    perCase: {
      mean: cases ? total / cases : NaN,
      median: quantileSorted(sorted, 0.5),
      p90: quantileSorted(sorted, 0.9),
      max: cases ? sorted[cases - 1] : NaN,
    },
    perActivity,
    perVariant,
    costliestCases: caseOrder.slice(0, top).map((c) => ({ caseId: log.caseIds[c], total: perCase[c] })),
    unpricedActivities: [...unpriced].sort(compare),
    missingValues: missing,
  };
}

function nonNegative(ms: number): number {
  return ms > 0 ? ms : 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const COST_COLUMNS = ['per_execution', 'per_service_hour', 'per_waiting_hour'] as const;

/**
 * Reads a costs file: a CSV with a header `activity` and any of `per_execution`, `per_service_hour`,
 * `per_waiting_hour` (empty cells are 0). The activity `*` prices every activity not listed.
 *
 * @example
 * parseCostTable('activity,per_execution\nregister request,12.5\n*,2', 'costs.csv').rates.get('register request');
 */
export function parseCostTable(text: string, file: string): CostTable {
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const activityColumn = header.indexOf('activity');
  const columns = COST_COLUMNS.map((name) => header.indexOf(name));
  if (activityColumn < 0 || columns.every((i) => i < 0)) {
    throw new InputError('costs-header', 'a costs file needs a header with `activity` and at least one of per_execution, per_service_hour, per_waiting_hour', {
      file,
      line: 1,
      hint: 'e.g. activity,per_execution,per_service_hour',
    });
  }
  const table: CostTable = { rates: new Map() };
  rows.slice(1).forEach((row, i) => {
    if (row.every((cell) => cell.trim() === '')) return;
    const values = columns.map((k, j) => {
      const cell = k < 0 ? '' : (row[k] ?? '').trim();
      const v = cell === '' ? 0 : Number(cell);
      if (!Number.isFinite(v)) {
        throw new InputError('costs-value', `'${cell}' in column ${COST_COLUMNS[j]} is not a number`, { file, line: i + 2, column: k + 1 });
      }
      return v;
    });
    const rate: CostRate = { perExecution: values[0], perServiceHour: values[1], perWaitingHour: values[2] };
    const activity = row[activityColumn] ?? '';
    if (activity.trim() === '*') table.fallback = rate;
    else table.rates.set(activity, rate);
  });
  return table;
}
