/**
 * What every Vega-Lite spec of the report shares: the schema, a common look, the unit durations are charted
 * in, and the time axis of per-period series. Specs carry their data inline and never put log text into a Vega
 * expression (only into data fields), so an activity name cannot become code.
 */
import type { Period } from '../../../util/calendar.js';

export type VegaLiteSpec = Record<string, unknown>;

export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

export const COLORS = {
  primary: '#1e88e5',
  accent: '#e65100',
  muted: '#90a4ae',
  dark: '#37474f',
  good: '#2e7d32',
  bad: '#c62828',
};

/** A full-width chart of the given height, with a title. */
export function createSpec(title: string, height: number, body: VegaLiteSpec): VegaLiteSpec {
  return {
    $schema: SCHEMA,
    title: { text: title, anchor: 'start', fontSize: 13, fontWeight: 600, color: COLORS.dark },
    width: 'container',
    height,
    config: { view: { stroke: null }, axis: { labelColor: '#546e7a', titleColor: '#546e7a', gridColor: '#eceff1' } },
    ...body,
  };
}

export interface DurationUnit {
  name: 'seconds' | 'minutes' | 'hours' | 'days';
  seconds: number;
}

/** The unit in which durations up to `maxSeconds` read best on an axis. */
export function chooseDurationUnit(maxSeconds: number): DurationUnit {
  if (maxSeconds >= 2 * 86400) return { name: 'days', seconds: 86400 };
  if (maxSeconds >= 2 * 3600) return { name: 'hours', seconds: 3600 };
  if (maxSeconds >= 120) return { name: 'minutes', seconds: 60 };
  return { name: 'seconds', seconds: 1 };
}

/** Rounded for the file (charts need no more), null for NaN so Vega leaves the point out. */
export function roundValue(x: number, digits = 4): number | null {
  if (!Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const PERIOD_TITLE: Record<Period, string> = { day: 'day', week: 'week (starting Monday)', month: 'month' };

/** The x encoding of a per-period series: period labels are calendar dates, so read and shown as UTC. */
export function periodAxis(period: Period): VegaLiteSpec {
  return {
    field: 'period',
    type: 'temporal',
    timeUnit: period === 'month' ? 'utcyearmonth' : 'utcyearmonthdate',
    title: PERIOD_TITLE[period],
  };
}
