/**
 * `procmine compare --format html`: one self-contained, offline page a manager can read top to bottom: the
 * verdict and its caveats, the groups, cycle time with the tests in plain words, variant shift, the difference
 * map and what changed most. Built from the process report's shell and parts; same input, same bytes.
 */
import type { CompareResult } from '../../../analytics/compare/compare-groups.js';
import { formatCount } from '../format.js';
import { renderPage } from '../render-page.js';
import type { CompareReportData } from './compare-report-data.js';
import { createCycleTimeComparisonSection } from './cycle-time-comparison-section.js';
import { createDifferenceMapSection } from './difference-map-section.js';
import { createGroupsSection } from './groups-section.js';
import { createMapChangesSection } from './map-changes-section.js';
import { createVariantShiftSection } from './variant-shift-section.js';
import { createVerdictSection } from './verdict-section.js';

export function renderCompareHtml(result: CompareResult, data: CompareReportData): string {
  const groups = result.groups.map((g) => `${g.name}: ${formatCount(g.cases)} cases`).join(' · ');
  return renderPage({
    title: data.title,
    subtitle: [`${data.source} · ${groups}`, ...data.notes],
    sections: [
      createVerdictSection(result),
      createGroupsSection(result),
      createCycleTimeComparisonSection(result, data.durations),
      createVariantShiftSection(result),
      createDifferenceMapSection(result, data),
      createMapChangesSection(result, data.tableRows),
    ],
    footer: `Made with ${data.generator ?? 'procmine'}.`,
  });
}
