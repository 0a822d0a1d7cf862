/**
 * Where waiting time moved between two groups: the directly-follows paths whose waiting per case (frequency
 * per case × mean wait) grew or shrank most, red for more and blue for less, as on the difference map.
 */
import type { EdgeChange } from '../../../analytics/compare/map-difference.js';
import { formatDuration } from '../format.js';
import { chooseDurationUnit, COLORS, createSpec, roundValue, type VegaLiteSpec } from './spec-common.js';

const MORE = 'more waiting per case';
const LESS = 'less waiting per case';
const LESS_COLOR = '#1565c0';

/** The edges as ranked by computeMapDifference (largest change first); those without a change are left out. */
export function createEdgeChangesSpec(edges: EdgeChange[], a: string, b: string, top = 15): VegaLiteSpec {
  const shown = edges.filter((e) => Number.isFinite(e.waitPerCaseChange) && e.waitPerCaseChange !== 0).slice(0, top);
  const unit = chooseDurationUnit(Math.max(0, ...shown.map((e) => Math.abs(e.waitPerCaseChange))));
  const signed = (s: number) => (s > 0 ? `+${formatDuration(s)}` : formatDuration(s));
  const n2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
  const values = shown.map((e, i) => ({
    order: i,
    path: `#${i + 1} ${e.from} → ${e.to}`,
    change: roundValue(e.waitPerCaseChange / unit.seconds),
    changeText: signed(e.waitPerCaseChange),
    direction: e.waitPerCaseChange > 0 ? MORE : LESS,
    perCase: `${a}: ${n2(e.perCaseA)}, ${b}: ${n2(e.perCaseB)}`,
    medianWait: `${a}: ${formatDuration(e.medianWaitA)}, ${b}: ${formatDuration(e.medianWaitB)}`,
    meanWait: `${a}: ${formatDuration(e.meanWaitA)}, ${b}: ${formatDuration(e.meanWaitB)}`,
  }));
  return createSpec(`Paths whose waiting time per case changed most, ${b} − ${a} (top ${values.length})`, Math.max(100, 24 * values.length), {
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'path', type: 'nominal', title: null, sort: { field: 'order', order: 'ascending' }, axis: { labelLimit: 360 } },
      x: { field: 'change', type: 'quantitative', stack: null, title: `change in waiting time per case (${unit.name})` },
      color: { field: 'direction', type: 'nominal', title: null, scale: { domain: [MORE, LESS], range: [COLORS.bad, LESS_COLOR] }, legend: { orient: 'top' } },
      tooltip: [
        { field: 'path', title: 'path' },
        { field: 'changeText', title: 'waiting per case' },
        { field: 'perCase', title: 'times per case' },
        { field: 'medianWait', title: 'median wait' },
        { field: 'meanWait', title: 'mean wait' },
      ],
    },
  });
}
