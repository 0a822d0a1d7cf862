/**
 * A share per period as a line on a 0–100% axis: the SLA share of the cases completed in each period, or their
 * error rate. Periods without completed cases are left out.
 */
import type { Period } from '../../../util/calendar.js';
import { formatShare } from '../format.js';
import { createSpec, periodAxis, roundValue, type VegaLiteSpec } from './spec-common.js';

export interface SharePoint {
  period: string;
  share: number | undefined;
  cases: number;
}

export function createShareTrendSpec(points: SharePoint[], period: Period, title: string, shareName: string, color: string): VegaLiteSpec {
  const values = points
    .filter((p) => p.cases > 0 && p.share !== undefined && Number.isFinite(p.share))
    .map((p) => ({ period: p.period, share: roundValue(p.share!), shareText: formatShare(p.share!), cases: p.cases }));
  return createSpec(title, 200, {
    data: { values },
    mark: { type: 'line', color, point: { size: 25, color } },
    encoding: {
      x: periodAxis(period),
      y: { field: 'share', type: 'quantitative', title: shareName, scale: { domain: [0, 1] }, axis: { format: '%' } },
      tooltip: [
        { field: 'period', title: period },
        { field: 'shareText', title: shareName },
        { field: 'cases', title: 'cases completed', format: ',' },
      ],
    },
  });
}
