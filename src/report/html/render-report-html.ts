/**
 * `procmine report`: one self-contained HTML file a consultant can hand to a client. Overview KPIs, the
 * process map, variants, cycle time, SLA, bottlenecks, rework, outcomes and costs when asked for, and
 * conformance when a model was checked. Same data in, same bytes out.
 */
import { formatCount } from './format.js';
import type { ReportData } from './report-data.js';
import { renderPage } from './render-page.js';
import type { Section } from './section.js';
import { createBottlenecksSection } from './sections/bottlenecks-section.js';
import { createConformanceSection } from './sections/conformance-section.js';
import { createCostsSection } from './sections/costs-section.js';
import { createCycleTimeSection } from './sections/cycle-time-section.js';
import { createOutcomesSection } from './sections/outcomes-section.js';
import { createOverviewSection } from './sections/overview-section.js';
import { createProcessMapSection } from './sections/process-map-section.js';
import { createReworkSection } from './sections/rework-section.js';
import { createSlaSection } from './sections/sla-section.js';
import { createVariantsSection } from './sections/variants-section.js';

/** `2024-01-01 – 2024-03-31` from ISO instants (dates in UTC). */
export function describeTimeRange(range: { start: string | null; end: string | null }): string {
  return range.start && range.end ? `${range.start.slice(0, 10)} – ${range.end.slice(0, 10)} (UTC)` : 'no timestamps';
}

export function renderReportHtml(data: ReportData): string {
  const k = data.kpis;
  const trend = {
    period: k.period,
    points: k.perPeriod.map((p) => ({ period: p.period, cases: p.completed, medianSeconds: p.medianCycleTimeSeconds })),
  };
  const sections: (Section | null)[] = [
    createOverviewSection(k, data.conformance),
    createProcessMapSection(data.map, data.mapNote),
    createVariantsSection(data.variants, data.tableRows),
    createCycleTimeSection(data.cycleTime, trend, data.tableRows),
    k.sla
      ? createSlaSection(k.sla, k.cases, k.perPeriod.map((p) => ({ period: p.period, share: p.slaShare, cases: p.completed })), k.period)
      : null,
    createBottlenecksSection(data.bottlenecks, data.tableRows),
    createReworkSection(data.rework, data.tableRows),
    createOutcomesSection(k),
    k.cost ? createCostsSection(k.cost, data.tableRows) : null,
    data.conformance ? createConformanceSection(data.conformance, data.tableRows) : null,
  ];
  const footer = [data.generator ? `Made with ${data.generator}` : 'Made with procmine', data.generatedAt ? `on ${data.generatedAt}` : '']
    .filter(Boolean)
    .join(' ');
  return renderPage({
    title: data.title,
    subtitle: [
      `${data.source} · ${formatCount(k.cases)} cases · ${formatCount(k.events)} events · ${describeTimeRange(k.timeRange)}`,
      `Periods are ${k.period}s in ${k.timeZone}.`,
    ],
    sections: sections.filter((s): s is Section => s !== null),
    footer: `${footer}.`,
  });
}
