/** Conformance against a model: fitness, precision, the share of fitting cases, and the top deviations. */
import { formatCount, formatShare } from '../format.js';
import { renderCards, renderChart, renderParagraph, renderTable } from '../markup.js';
import type { ConformanceSummary } from '../report-data.js';
import type { Section } from '../section.js';
import { createDeviationsSpec } from '../specs/deviations-spec.js';
import type { VegaLiteSpec } from '../specs/spec-common.js';

export function createConformanceSection(c: ConformanceSummary, tableRows: number): Section {
  const cards = [
    { label: 'Fitness', value: formatShare(c.fitness), note: 'how well the log replays on the model' },
    ...(c.precision !== undefined ? [{ label: 'Precision', value: formatShare(c.precision), note: 'how little else the model allows' }] : []),
    { label: 'Fitting cases', value: formatShare(c.fittingShare) },
  ];
  let html = (c.model ? renderParagraph(`Against the model ${c.model}.`) : '') + renderCards(cards);
  const charts: Record<string, VegaLiteSpec> = {};
  if (c.deviations.length) {
    charts.deviations = createDeviationsSpec(c.deviations);
    html += renderChart('deviations', 'Top deviations from the model') + renderTable(
      [{ title: 'activity' }, { title: 'deviation' }, { title: 'occurrences', numeric: true }, { title: 'share of cases', numeric: true }],
      c.deviations.slice(0, tableRows).map((d) => [d.activity, d.kind === 'skipped' ? 'skipped (model move)' : 'inserted (log move)', formatCount(d.count), formatShare(d.share)]),
    );
  } else {
    html += renderParagraph('No deviations: every case follows the model.');
  }
  return { id: 'conformance', title: 'Conformance', html, charts };
}
