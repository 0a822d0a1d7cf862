/**
 * `--format html` of `variants`, `cycle-time` and `bottlenecks`: single-section pages built from the same
 * sections, charts and shell as the full report.
 */
import type { BottlenecksResult } from '../../analytics/bottlenecks.js';
import type { CycleTimeResult } from '../../analytics/cycle-time.js';
import type { VariantsResult } from '../../analytics/variants.js';
import { formatCount } from './format.js';
import { renderPage } from './render-page.js';
import type { Section } from './section.js';
import { createBottlenecksSection } from './sections/bottlenecks-section.js';
import { createCycleTimeSection } from './sections/cycle-time-section.js';
import { createSlaSection } from './sections/sla-section.js';
import { createVariantsSection } from './sections/variants-section.js';

export interface AnalyticsPageOptions {
  /** the log file, as the user named it. */
  source: string;
  /** rows in tables (default 20). */
  tableRows?: number;
}

function logName(source: string): string {
  return source.split(/[\\/]/).pop() ?? source;
}

export function renderVariantsHtml(r: VariantsResult, options: AnalyticsPageOptions): string {
  return renderPage({
    title: `Variants: ${logName(options.source)}`,
    subtitle: [`${options.source} · ${formatCount(r.cases)} cases · ${formatCount(r.total)} variants`],
    sections: [createVariantsSection(r, options.tableRows ?? 20)],
    footer: 'Made with procmine.',
  });
}

export function renderCycleTimeHtml(r: CycleTimeResult, options: AnalyticsPageOptions): string {
  const trend = r.trend ? { period: r.trend.by, points: r.trend.points } : undefined;
  const sections: Section[] = [createCycleTimeSection(r, trend, options.tableRows ?? 20)];
  if (r.sla) {
    const points = r.trend?.points.map((p) => ({ period: p.period, share: p.slaShare, cases: p.cases })) ?? [];
    sections.push(createSlaSection(r.sla, r.cases, points, r.trend?.by ?? 'week'));
  }
  return renderPage({
    title: `Cycle time: ${logName(options.source)}`,
    subtitle: [`${options.source} · ${formatCount(r.cases)} cases` + (r.trend ? ` · periods are ${r.trend.by}s in ${r.trend.timeZone}` : '')],
    sections,
    footer: 'Made with procmine.',
  });
}

export function renderBottlenecksHtml(r: BottlenecksResult, options: AnalyticsPageOptions): string {
  return renderPage({
    title: `Bottlenecks: ${logName(options.source)}`,
    subtitle: [`${options.source} · ${formatCount(r.edges.length)} paths · ${formatCount(r.activities.length)} activities`],
    sections: [createBottlenecksSection(r, options.tableRows ?? 20)],
    footer: 'Made with procmine.',
  });
}
