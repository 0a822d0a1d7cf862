/** Work in progress: the cases open at the end of each period (started and not yet completed). */
import type { PeriodKpis } from '../../../analytics/kpis.js';
import type { Period } from '../../../util/calendar.js';
import { COLORS, createSpec, periodAxis, type VegaLiteSpec } from './spec-common.js';

export function createWipSpec(points: PeriodKpis[], period: Period): VegaLiteSpec {
  const values = points.map((p) => ({ period: p.period, open: p.wip }));
  return createSpec(`Work in progress: cases open at the end of each ${period}`, 200, {
    data: { values },
    mark: { type: 'area', color: COLORS.primary, opacity: 0.35, line: { color: COLORS.primary }, interpolate: 'step-after' },
    encoding: {
      x: periodAxis(period),
      y: { field: 'open', type: 'quantitative', title: 'open cases', axis: { tickMinStep: 1 } },
      tooltip: [
        { field: 'period', title: period },
        { field: 'open', title: 'open cases', format: ',' },
      ],
    },
  });
}
