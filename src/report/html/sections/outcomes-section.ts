/** Outcomes: the error rate (cases reaching a failure activity, or ending outside the success ends) overall and per period. */
import type { KpiResult } from '../../../analytics/kpis.js';
import { formatCount, formatShare } from '../format.js';
import { renderCards, renderChart, renderParagraph, renderTable } from '../markup.js';
import type { Section } from '../section.js';
import { createShareTrendSpec } from '../specs/share-trend-spec.js';
import { COLORS, type VegaLiteSpec } from '../specs/spec-common.js';

export function createOutcomesSection(k: KpiResult): Section | null {
  const e = k.errorRate;
  if (!e) return null;
  const rule = e.rule === 'failure-activities'
    ? `A case counts as failed when it reaches any of: ${e.activities.join(', ')}.`
    : `A case counts as failed when its last activity is none of: ${e.activities.join(', ')}.`;
  let html = renderParagraph(rule) + renderCards([
    { label: 'Error rate', value: formatShare(e.share), note: `${formatCount(e.cases)} of ${formatCount(k.cases)} cases`, tone: 'bad' },
    { label: 'Success rate', value: formatShare(1 - e.share), note: `${formatCount(k.cases - e.cases)} cases`, tone: 'good' },
  ]);
  const charts: Record<string, VegaLiteSpec> = {};
  const points = k.perPeriod.map((p) => ({ period: p.period, share: p.errorShare, cases: p.completed }));
  if (points.filter((p) => p.cases > 0).length > 1) {
    charts['error-trend'] = createShareTrendSpec(points, k.period, `Error rate of the cases completed per ${k.period}`, 'error rate', COLORS.bad);
    html += renderChart('error-trend', 'Error rate per period');
  }
  html += renderTable(
    [{ title: e.rule === 'failure-activities' ? 'failure activity' : 'last activity' }, { title: 'cases', numeric: true }, { title: 'share of cases', numeric: true }],
    e.byActivity.map((a) => [a.activity, formatCount(a.cases), formatShare(k.cases ? a.cases / k.cases : NaN)]),
  );
  return { id: 'outcomes', title: 'Outcomes', html, charts };
}
