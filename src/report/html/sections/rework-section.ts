/** Rework: how many cases repeat an activity, which activities are repeated, and the time it costs. */
import type { ReworkResult } from '../../../analytics/rework.js';
import { formatCount, formatDuration, formatShare } from '../format.js';
import { renderCards, renderChart, renderParagraph, renderTable } from '../markup.js';
import type { Section } from '../section.js';
import { createReworkSpec } from '../specs/rework-spec.js';

export function createReworkSection(r: ReworkResult, tableRows: number): Section {
  let html = renderCards([
    { label: 'Cases with rework', value: formatShare(r.share), note: `${formatCount(r.casesWithRework)} of ${formatCount(r.cases)}` },
    { label: 'Median with rework', value: formatDuration(r.medianDurationWithSeconds) },
    { label: 'Median without', value: formatDuration(r.medianDurationWithoutSeconds) },
    { label: 'Added by rework', value: formatDuration(r.addedMedianSeconds), note: 'difference of medians', tone: r.addedMedianSeconds > 0 ? 'bad' : undefined },
  ]);
  if (r.activities.length === 0) {
    return { id: 'rework', title: 'Rework', html: html + renderParagraph('No activity is repeated within a case.'), charts: {} };
  }
  const rows = r.activities.slice(0, tableRows).map((a) => [
    a.activity, formatCount(a.cases), formatShare(r.cases ? a.cases / r.cases : NaN), formatCount(a.repetitions), formatCount(a.selfLoops),
  ]);
  html += renderChart('rework', 'Share of cases repeating each activity') + renderTable(
    [{ title: 'activity' }, { title: 'cases', numeric: true }, { title: 'share of cases', numeric: true }, { title: 'repetitions', numeric: true }, { title: 'directly repeated', numeric: true }],
    rows,
    { caption: r.activities.length > rows.length ? `The ${rows.length} most repeated of ${formatCount(r.activities.length)} activities.` : undefined },
  );
  return { id: 'rework', title: 'Rework', html, charts: { rework: createReworkSpec(r) } };
}
