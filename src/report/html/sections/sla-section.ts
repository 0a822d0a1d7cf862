/** SLA: the share of cases completed within the threshold, overall and per period. */
import type { Period } from '../../../util/calendar.js';
import { formatCount, formatDuration, formatShare } from '../format.js';
import { renderCards, renderChart } from '../markup.js';
import type { Section } from '../section.js';
import { createShareTrendSpec, type SharePoint } from '../specs/share-trend-spec.js';
import { COLORS, type VegaLiteSpec } from '../specs/spec-common.js';

export interface SlaSummary {
  thresholdSeconds: number;
  within: number;
  share: number;
}

/** `points`: the SLA share of the cases completed in each period (none: no trend chart). */
export function createSlaSection(sla: SlaSummary, cases: number, points: SharePoint[], period: Period): Section {
  const cards = renderCards([
    { label: 'SLA', value: formatDuration(sla.thresholdSeconds), note: 'case duration at most' },
    { label: 'Within SLA', value: formatShare(sla.share), note: `${formatCount(sla.within)} cases`, tone: 'good' },
    { label: 'Beyond SLA', value: formatShare(1 - sla.share), note: `${formatCount(cases - sla.within)} cases`, tone: 'bad' },
  ]);
  const charts: Record<string, VegaLiteSpec> = {};
  let html = cards;
  if (points.filter((p) => p.cases > 0).length > 1) {
    charts['sla-trend'] = createShareTrendSpec(points, period, `Share of the cases completed per ${period} within ${formatDuration(sla.thresholdSeconds)}`, 'within SLA', COLORS.good);
    html += renderChart('sla-trend', 'SLA share per period');
  }
  return { id: 'sla', title: 'SLA', html, charts };
}
