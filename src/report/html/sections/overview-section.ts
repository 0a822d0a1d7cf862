/** Overview: the KPI cards a client reads first, then arrivals/throughput and work in progress over time. */
import type { KpiResult } from '../../../analytics/kpis.js';
import type { ConformanceSummary } from '../report-data.js';
import { formatAmount, formatCount, formatDuration, formatRate, formatShare } from '../format.js';
import { renderCards, renderChart, type Card } from '../markup.js';
import type { Section } from '../section.js';
import { createCasesPerPeriodSpec } from '../specs/cases-per-period-spec.js';
import { createWipSpec } from '../specs/wip-spec.js';
import type { VegaLiteSpec } from '../specs/spec-common.js';

/** `2.6 per day`, or per week when fewer than one a day. */
function describeRate(rate: { perDay: number; perWeek: number }): string {
  if (!Number.isFinite(rate.perDay)) return '–';
  return rate.perDay >= 1 ? `${formatRate(rate.perDay)} / day` : `${formatRate(rate.perWeek)} / week`;
}

export function createKpiCards(k: KpiResult, conformance?: ConformanceSummary): Card[] {
  const cards: Card[] = [
    { label: 'Cases', value: formatCount(k.cases), note: `${formatCount(k.events)} events` },
    { label: 'Activities', value: formatCount(k.activities), note: `${formatCount(k.variants)} variants` },
    { label: 'Median cycle time', value: formatDuration(k.cycleTime.medianSeconds), note: `mean ${formatDuration(k.cycleTime.meanSeconds)}` },
  ];
  if (k.sla) {
    cards.push({ label: 'Within SLA', value: formatShare(k.sla.share), note: `${formatCount(k.sla.within)} cases within ${formatDuration(k.sla.thresholdSeconds)}` });
  }
  cards.push(
    { label: 'Rework', value: formatShare(k.rework.share), note: `${formatCount(k.rework.cases)} cases repeat an activity` },
    { label: 'Arrivals', value: describeRate(k.arrivalRate), note: 'cases started' },
    { label: 'Throughput', value: describeRate(k.throughputRate), note: 'cases completed' },
    { label: 'Work in progress', value: formatRate(k.wip.mean), note: `open cases at ${k.period} end; at most ${formatCount(k.wip.max)}` },
  );
  if (k.errorRate) {
    cards.push({ label: 'Error rate', value: formatShare(k.errorRate.share), note: `${formatCount(k.errorRate.cases)} cases`, tone: 'bad' });
  }
  if (k.cost) {
    cards.push({ label: 'Cost per case', value: formatAmount(k.cost.perCase.mean), note: `median ${formatAmount(k.cost.perCase.median)}; total ${formatAmount(k.cost.total)}` });
  }
  if (conformance) {
    cards.push({ label: 'Fitness', value: formatShare(conformance.fitness), note: `${formatShare(conformance.fittingShare)} of cases fit the model` });
  }
  return cards;
}

export function createOverviewSection(k: KpiResult, conformance?: ConformanceSummary): Section {
  const charts: Record<string, VegaLiteSpec> = k.perPeriod.length > 1
    ? { 'cases-per-period': createCasesPerPeriodSpec(k.perPeriod, k.period), wip: createWipSpec(k.perPeriod, k.period) }
    : {};
  const chartHtml = Object.keys(charts).length
    ? `<div class="grid2">${renderChart('cases-per-period', 'Cases started and completed per period')}${renderChart('wip', 'Work in progress per period')}</div>`
    : '';
  return { id: 'overview', title: 'Overview', html: `${renderCards(createKpiCards(k, conformance))}${chartHtml}`, charts };
}
