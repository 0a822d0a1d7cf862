/**
 * Cycle time compared: the groups' durations side by side in shared bands, the median and mean differences
 * with their 95% intervals, and per comparison the tests in plain words.
 */
import type { CompareResult } from '../../../analytics/compare/compare-groups.js';
import { formatCount } from '../format.js';
import { renderChart, renderHeading, renderParagraph } from '../markup.js';
import type { Section } from '../section.js';
import { createCycleTimeDifferenceSpec, type DifferenceRow } from '../specs/cycle-time-difference-spec.js';
import { createDurationBandsSpec, type DurationBands } from '../specs/duration-bands-spec.js';
import type { VegaLiteSpec } from '../specs/spec-common.js';
import { renderTestsTable } from './tests-table.js';

export function createCycleTimeComparisonSection(r: CompareResult, durations: DurationBands): Section {
  const charts: Record<string, VegaLiteSpec> = {};
  const placeholders: string[] = [];
  if (durations.bands.length > 0) {
    charts['duration-bands'] = createDurationBandsSpec(durations);
    placeholders.push(renderChart('duration-bands', "Share of each group's cases per duration band"));
  }
  const rows: DifferenceRow[] = r.comparisons.flatMap((c) => [
    {
      label: `${c.b} − ${c.a}: median`,
      method: `bootstrap, ${formatCount(c.tests.cycleTime.bootstrap.resamples)} resamples`,
      valueSeconds: c.tests.cycleTime.medianDifferenceSeconds,
      ci95: c.tests.cycleTime.ci95,
    },
    { label: `${c.b} − ${c.a}: mean`, method: "Welch's t", valueSeconds: c.tests.cycleTime.meanDifferenceSeconds, ci95: c.tests.cycleTime.meanCi95 },
  ]);
  if (rows.some((x) => Number.isFinite(x.valueSeconds))) {
    charts['cycle-time-difference'] = createCycleTimeDifferenceSpec(rows);
    placeholders.push(renderChart('cycle-time-difference', 'Median and mean differences in cycle time with 95% intervals'));
  }
  let html = renderParagraph('Case duration runs from the first event to the last. Bars show the share of each group\'s own cases, so groups of ' +
    'different size compare fairly. The intervals on the right contain the true difference with 95% confidence: one that crosses zero ' +
    'means the data are also consistent with no difference.');
  html += placeholders.length === 2 ? `<div class="grid2">${placeholders.join('')}</div>` : placeholders.join('');
  for (const c of r.comparisons) {
    html += renderHeading(`${c.b} against ${c.a}: the tests in plain words`);
    html += renderTestsTable(c, r);
  }
  return { id: 'cycle-time', title: 'Cycle time', html, charts };
}
