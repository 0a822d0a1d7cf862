/** Arrivals and throughput: cases started and cases completed in each period, as two lines. */
import type { PeriodKpis } from '../../../analytics/kpis.js';
import type { Period } from '../../../util/calendar.js';
import { COLORS, createSpec, periodAxis, type VegaLiteSpec } from './spec-common.js';

export function createCasesPerPeriodSpec(points: PeriodKpis[], period: Period): VegaLiteSpec {
  const values = points.flatMap((p) => [
    { period: p.period, series: 'started', cases: p.started },
    { period: p.period, series: 'completed', cases: p.completed },
  ]);
  return createSpec(`Cases started and completed per ${period}`, 220, {
    data: { values },
    mark: { type: 'line', point: { size: 20 } },
    encoding: {
      x: periodAxis(period),
      y: { field: 'cases', type: 'quantitative', title: 'cases', axis: { tickMinStep: 1 } },
      color: {
        field: 'series',
        type: 'nominal',
        title: null,
        scale: { domain: ['started', 'completed'], range: [COLORS.primary, COLORS.good] },
        legend: { orient: 'top' },
      },
      tooltip: [
        { field: 'period', title: period },
        { field: 'series', title: 'cases' },
        { field: 'cases', title: 'number', format: ',' },
      ],
    },
  });
}
