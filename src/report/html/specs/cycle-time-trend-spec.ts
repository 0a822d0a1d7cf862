/** Trend of cycle time: the median duration of the cases completed in each period, with their number in the tooltip. */
import type { Period } from '../../../util/calendar.js';
import { formatDuration } from '../format.js';
import { chooseDurationUnit, COLORS, createSpec, periodAxis, roundValue, type VegaLiteSpec } from './spec-common.js';

export interface CycleTimePoint {
  period: string;
  cases: number;
  medianSeconds: number;
}

export function createCycleTimeTrendSpec(points: CycleTimePoint[], period: Period): VegaLiteSpec {
  const unit = chooseDurationUnit(Math.max(0, ...points.map((p) => (Number.isFinite(p.medianSeconds) ? p.medianSeconds : 0))));
  const values = points
    .filter((p) => p.cases > 0)
    .map((p) => ({ period: p.period, cases: p.cases, median: roundValue(p.medianSeconds / unit.seconds), medianText: formatDuration(p.medianSeconds) }));
  return createSpec(`Median cycle time of the cases completed per ${period}`, 220, {
    data: { values },
    mark: { type: 'line', color: COLORS.primary, point: { size: 25, color: COLORS.primary } },
    encoding: {
      x: periodAxis(period),
      y: { field: 'median', type: 'quantitative', title: `median (${unit.name})` },
      tooltip: [
        { field: 'period', title: period },
        { field: 'medianText', title: 'median cycle time' },
        { field: 'cases', title: 'cases completed', format: ',' },
      ],
    },
  });
}
