/** Costs: per case, per activity (chart and table), the costliest variants and cases. */
import type { CostKpis } from '../../../analytics/kpis.js';
import { formatAmount, formatCount, formatShare } from '../format.js';
import { renderCards, renderChart, renderHeading, renderParagraph, renderSequence, renderTable } from '../markup.js';
import type { Section } from '../section.js';
import { createCostPerActivitySpec } from '../specs/cost-per-activity-spec.js';
import type { VegaLiteSpec } from '../specs/spec-common.js';

export function createCostsSection(c: CostKpis, tableRows: number): Section {
  const basis = c.source === 'attribute'
    ? `Costs are the values of the attribute ${c.attribute}` + (c.missingValues ? ` (missing on ${formatCount(c.missingValues)}, counted as 0).` : '.')
    : 'Costs come from the cost table: a cost per execution plus rates per hour of service and waiting time.' +
      (c.unpricedActivities.length ? ` Not priced (counted as 0): ${c.unpricedActivities.join(', ')}.` : '');
  let html = renderParagraph(basis) + renderCards([
    { label: 'Total cost', value: formatAmount(c.total) },
    { label: 'Mean per case', value: formatAmount(c.perCase.mean) },
    { label: 'Median per case', value: formatAmount(c.perCase.median) },
    { label: '90th percentile', value: formatAmount(c.perCase.p90), note: `maximum ${formatAmount(c.perCase.max)}` },
  ]);
  const charts: Record<string, VegaLiteSpec> = {};
  if (c.perActivity.length) {
    charts['cost-per-activity'] = createCostPerActivitySpec(c.perActivity);
    html += renderChart('cost-per-activity', 'Cost per activity') + renderTable(
      [{ title: 'activity' }, { title: 'executions', numeric: true }, { title: 'total', numeric: true }, { title: 'share', numeric: true }, { title: 'per execution', numeric: true }],
      c.perActivity.slice(0, tableRows).map((a) => [a.activity, formatCount(a.executions), formatAmount(a.total), formatShare(a.share), formatAmount(a.meanPerExecution)]),
    );
  }
  html += renderHeading('Costliest variants') + renderTable(
    [{ title: 'cases', numeric: true }, { title: 'total', numeric: true }, { title: 'per case', numeric: true }, { title: 'activities' }],
    c.perVariant.map((v) => [formatCount(v.cases), formatAmount(v.total), formatAmount(v.meanPerCase), renderSequence(v.activities)]),
  );
  html += renderHeading('Costliest cases') + renderTable(
    [{ title: 'case' }, { title: 'cost', numeric: true }],
    c.costliestCases.map((x) => [x.caseId, formatAmount(x.total)]),
  );
  return { id: 'costs', title: 'Costs', html, charts };
}
