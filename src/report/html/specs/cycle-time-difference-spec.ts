/**
 * The cycle-time differences of each comparison with their 95% intervals (a forest plot): the median
 * difference with its bootstrap interval and the mean difference with Welch's, against a line at zero. Green
 * when the whole interval is below zero (faster), red when above (slower), grey when it includes zero.
 */
import { formatDuration } from '../format.js';
import { chooseDurationUnit, COLORS, createSpec, roundValue, type VegaLiteSpec } from './spec-common.js';

export interface DifferenceRow {
  /** unique per row, e.g. `Desk − Internet: median`. */
  label: string;
  /** e.g. `bootstrap, 2000 resamples`. */
  method: string;
  valueSeconds: number;
  ci95: [number, number];
}

const FASTER = 'faster';
const SLOWER = 'slower';
const UNCLEAR = 'no clear difference';

export function createCycleTimeDifferenceSpec(rows: DifferenceRow[]): VegaLiteSpec {
  const extent = rows.flatMap((r) => [r.valueSeconds, ...r.ci95]).filter(Number.isFinite).map(Math.abs);
  const unit = chooseDurationUnit(Math.max(0, ...extent));
  const signed = (s: number) => (s > 0 ? `+${formatDuration(s)}` : formatDuration(s));
  const values = rows.map((r, i) => {
    const [lo, hi] = r.ci95;
    return {
      order: i,
      row: r.label,
      value: roundValue(r.valueSeconds / unit.seconds),
      lo: roundValue(lo / unit.seconds),
      hi: roundValue(hi / unit.seconds),
      direction: hi < 0 ? FASTER : lo > 0 ? SLOWER : UNCLEAR,
      difference: signed(r.valueSeconds),
      interval: Number.isFinite(lo) && Number.isFinite(hi) ? `${signed(lo)} to ${signed(hi)}` : 'not computable',
      method: r.method,
    };
  });
  const y = { field: 'row', type: 'nominal', title: null, sort: { field: 'order', order: 'ascending' }, axis: { labelLimit: 260 } };
  const color = {
    field: 'direction',
    type: 'nominal',
    title: null,
    scale: { domain: [FASTER, SLOWER, UNCLEAR], range: [COLORS.good, COLORS.bad, COLORS.muted] },
    legend: { orient: 'top' },
  };
  const tooltip = [
    { field: 'row', title: 'difference' },
    { field: 'difference', title: 'estimate' },
    { field: 'interval', title: '95% interval' },
    { field: 'method', title: 'interval from' },
  ];
  return createSpec('Cycle-time difference and 95% interval (< 0: faster)', Math.max(90, 36 * rows.length), {
    layer: [
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', color: COLORS.dark, strokeDash: [4, 3] },
        encoding: { x: { field: 'zero', type: 'quantitative' } },
      },
      {
        data: { values },
        mark: { type: 'rule', strokeWidth: 3 },
        encoding: { y, x: { field: 'lo', type: 'quantitative', title: `difference (${unit.name})` }, x2: { field: 'hi' }, color, tooltip },
      },
      {
        data: { values },
        mark: { type: 'point', filled: true, size: 90, opacity: 1 },
        encoding: { y, x: { field: 'value', type: 'quantitative' }, color, tooltip },
      },
    ],
  });
}
