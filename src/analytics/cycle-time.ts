/**
 * Cycle time: the distribution of case durations (first start to last completion) with numpy-style percentiles,
 * a histogram, a trend of cases completed per period with their median duration, groups by a case attribute,
 * and the share of cases within an SLA.
 */
import { columnValue, type EventLog } from '../log/event-log.js';
import { PeriodBucketer, type Period } from '../util/calendar.js';
import { quantileSorted } from '../util/quantile.js';
import { computeCaseDurations, computeCaseEnds } from './case-durations.js';

export interface DurationStats {
  min: number;
  p25: number;
  median: number;
  mean: number;
  p75: number;
  p90: number;
  p95: number;
  max: number;
}

export interface CycleTimeOptions {
  by?: Period;
  /** IANA zone in which periods are cut (default UTC). */
  timeZone?: string;
  groupBy?: string;
  /** SLA threshold in seconds. */
  slaSeconds?: number;
  /** histogram bins (default 20). */
  bins?: number;
}

export interface TrendPoint {
  period: string;
  cases: number;
  medianSeconds: number;
  slaShare?: number;
}

export interface GroupStats {
  name: string;
  cases: number;
  stats: DurationStats;
  slaShare?: number;
}

export interface CycleTimeResult {
  cases: number;
  stats: DurationStats;
  histogram: { binStartSeconds: number[]; binEndSeconds: number[]; counts: number[] };
  sla?: { thresholdSeconds: number; within: number; share: number };
  trend?: { by: Period; timeZone: string; points: TrendPoint[] };
  groups?: { attribute: string; groups: GroupStats[] };
}

/** Summary of durations (sorted in place). NaN values are left out. */
export function describeDurations(values: Float64Array): DurationStats {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    min: sorted.length ? sorted[0] : NaN,
    p25: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    mean: sorted.length ? sum / sorted.length : NaN,
    p75: quantileSorted(sorted, 0.75),
    p90: quantileSorted(sorted, 0.9),
    p95: quantileSorted(sorted, 0.95),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
  };
}

function slaShare(values: Float64Array, threshold: number): number {
  let within = 0;
  for (const v of values) if (v <= threshold) within++;
  return values.length ? within / values.length : NaN;
}

export function computeCycleTime(log: EventLog, options: CycleTimeOptions = {}): CycleTimeResult {
  const durations = computeCaseDurations(log);
  const cases = durations.length;
  const result: CycleTimeResult = {
    cases,
    stats: describeDurations(durations.slice()),
    histogram: histogram(durations, options.bins ?? 20),
  };
  if (options.slaSeconds !== undefined) {
    const share = slaShare(durations, options.slaSeconds);
    result.sla = { thresholdSeconds: options.slaSeconds, within: Math.round(share * cases), share };
  }
  if (options.by) {
    const zone = options.timeZone ?? 'UTC';
    const bucketer = new PeriodBucketer(zone);
    const ends = computeCaseEnds(log);
    const buckets = new Map<string, number[]>();
    for (let c = 0; c < cases; c++) {
      if (Number.isNaN(ends[c])) continue;
      const label = bucketer.label(ends[c], options.by);
      let list = buckets.get(label);
      if (!list) buckets.set(label, (list = []));
      list.push(durations[c]);
    }
    const points = [...buckets.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([period, list]) => {
        const values = Float64Array.from(list).sort();
        const point: TrendPoint = { period, cases: values.length, medianSeconds: quantileSorted(values, 0.5) };
        if (options.slaSeconds !== undefined) point.slaShare = slaShare(values, options.slaSeconds);
        return point;
      });
    result.trend = { by: options.by, timeZone: zone, points };
  }
  if (options.groupBy) {
    const column = log.caseAttributes.get(options.groupBy) ?? null;
    const groups = new Map<string, number[]>();
    for (let c = 0; c < cases; c++) {
      const v = column ? columnValue(column, c) : undefined;
      const name = v === undefined ? '(missing)' : v instanceof Date ? v.toISOString() : String(v);
      let list = groups.get(name);
      if (!list) groups.set(name, (list = []));
      list.push(durations[c]);
    }
    const list: GroupStats[] = [...groups.entries()].map(([name, values]) => {
      const arr = Float64Array.from(values);
      const g: GroupStats = { name, cases: arr.length, stats: describeDurations(arr.slice()) };
      if (options.slaSeconds !== undefined) g.slaShare = slaShare(arr, options.slaSeconds);
      return g;
    });
    list.sort((a, b) => b.cases - a.cases || (a.name < b.name ? -1 : 1));
    result.groups = { attribute: options.groupBy, groups: list };
  }
  return result;
}

function histogram(values: Float64Array, bins: number): CycleTimeResult['histogram'] {
  const finite = values.filter((v) => !Number.isNaN(v));
  const out = { binStartSeconds: [] as number[], binEndSeconds: [] as number[], counts: [] as number[] };
  if (finite.length === 0) return out;
  let min = Infinity;
  let max = -Infinity;
  for (const v of finite) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const n = max > min ? bins : 1;
  const width = max > min ? (max - min) / n : 1;
  const counts = new Array<number>(n).fill(0);
  for (const v of finite) counts[Math.min(n - 1, Math.floor((v - min) / width))]++;
  for (let i = 0; i < n; i++) {
    out.binStartSeconds.push(min + i * width);
    out.binEndSeconds.push(i === n - 1 ? max : min + (i + 1) * width);
  }
  out.counts = counts;
  return out;
}
