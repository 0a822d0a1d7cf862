/**
 * CSV renderings of the analytics results (d3-dsv quotes what needs quoting): one row per variant, per
 * percentile/trend/group row, per edge/activity/handover. Durations in seconds, shares as fractions.
 */
import { csvFormat } from 'd3-dsv';
import type { VariantsResult } from '../../analytics/variants.js';
import type { CycleTimeResult } from '../../analytics/cycle-time.js';
import type { BottlenecksResult } from '../../analytics/bottlenecks.js';

type Row = Record<string, string | number | null>;

function csv(rows: Row[], columns: string[]): string {
  return `${csvFormat(rows as never[], columns)}\n`;
}

const num = (x: number) => (Number.isFinite(x) ? x : null);

export function renderVariantsCsv(r: VariantsResult): string {
  return csv(
    r.variants.map((v, i) => ({
      rank: i + 1,
      count: v.count,
      share: v.share,
      cumulativeShare: v.cumulativeShare,
      medianDurationSeconds: num(v.medianDurationSeconds),
      meanDurationSeconds: num(v.meanDurationSeconds),
      events: v.activities.length,
      activities: v.activities.join(' -> '),
    })),
    ['rank', 'count', 'share', 'cumulativeShare', 'medianDurationSeconds', 'meanDurationSeconds', 'events', 'activities'],
  );
}

/** Long format: `section,key,cases,valueSeconds,slaShare` (stats, trend periods, groups). */
export function renderCycleTimeCsv(r: CycleTimeResult): string {
  const rows: Row[] = [];
  for (const [key, value] of Object.entries(r.stats)) rows.push({ section: 'stats', key, cases: r.cases, valueSeconds: num(value), slaShare: null });
  if (r.sla) rows.push({ section: 'sla', key: String(r.sla.thresholdSeconds), cases: r.cases, valueSeconds: r.sla.thresholdSeconds, slaShare: r.sla.share });
  for (const p of r.trend?.points ?? []) {
    rows.push({ section: `trend:${r.trend!.by}`, key: p.period, cases: p.cases, valueSeconds: num(p.medianSeconds), slaShare: p.slaShare ?? null });
  }
  for (const g of r.groups?.groups ?? []) {
    rows.push({ section: `group:${r.groups!.attribute}`, key: g.name, cases: g.cases, valueSeconds: num(g.stats.median), slaShare: g.slaShare ?? null });
  }
  return csv(rows, ['section', 'key', 'cases', 'valueSeconds', 'slaShare']);
}

/** Long format: `kind,from,to,count,meanSeconds,medianSeconds,p90Seconds,totalSeconds`. */
export function renderBottlenecksCsv(r: BottlenecksResult): string {
  const rows: Row[] = [];
  for (const e of r.edges) rows.push({ kind: 'edge', from: e.from, to: e.to, ...timeCells(e) });
  for (const a of r.activities) {
    rows.push({ kind: 'activity-waiting', from: '', to: a.activity, ...timeCells(a.waiting) });
    if (a.service) rows.push({ kind: 'activity-service', from: '', to: a.activity, ...timeCells(a.service) });
    rows.push({ kind: 'activity-sojourn', from: '', to: a.activity, ...timeCells(a.sojourn) });
  }
  for (const h of r.handovers ?? []) rows.push({ kind: 'handover', from: h.from, to: h.to, ...timeCells(h) });
  return csv(rows, ['kind', 'from', 'to', 'count', 'meanSeconds', 'medianSeconds', 'p90Seconds', 'totalSeconds']);
}

function timeCells(s: { count: number; meanSeconds: number; medianSeconds: number; p90Seconds: number; totalSeconds: number }): Row {
  return { count: s.count, meanSeconds: num(s.meanSeconds), medianSeconds: num(s.medianSeconds), p90Seconds: num(s.p90Seconds), totalSeconds: num(s.totalSeconds) };
}
