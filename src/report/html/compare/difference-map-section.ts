/**
 * The difference map of each comparison: the union of both groups' process maps coloured by change (red more,
 * blue less; dashed only in the baseline, bold only in the other group), in a frequency and a waiting-time view
 * with the report's toggle. The Graphviz SVG is sanitized as the process report's map is.
 */
import type { CompareResult } from '../../../analytics/compare/compare-groups.js';
import { escapeHtml } from '../escape.js';
import { renderHeading, renderParagraph } from '../markup.js';
import { sanitizeSvg } from '../sanitize-svg.js';
import type { Section } from '../section.js';
import type { CompareReportData, MapView } from './compare-report-data.js';

const VIEWS: { view: MapView; button: string }[] = [
  { view: 'frequency', button: 'Frequency per case' },
  { view: 'waiting', button: 'Waiting time per case' },
];

export function createDifferenceMapSection(r: CompareResult, data: CompareReportData): Section {
  let html = renderParagraph('Every activity and path of either group. Red: more in the compared group than in the baseline, blue: less, ' +
    'grey: unchanged; darker means a larger change. Dashed: only in the baseline; bold: only in the compared group. Labels show both values.');
  if (data.mapNote) html += renderParagraph(data.mapNote, 'table-note');
  r.comparisons.forEach((c, k) => {
    const map = data.maps[k];
    if (!map) return;
    const toggle = VIEWS.map(({ view, button }) =>
      `<button type="button" data-map-view="${view}" aria-pressed="${view === data.mapView}">${escapeHtml(button)}</button>`).join('');
    const views = VIEWS.map(({ view }) => {
      const svg = view === 'frequency' ? map.frequencySvg : map.waitingSvg;
      return `<div class="map-view" data-view="${view}"${view === data.mapView ? '' : ' hidden'}>${sanitizeSvg(svg, `diff${k + 1}-${view}`)}</div>`;
    });
    html += renderHeading(`${c.b} against ${c.a}`);
    html += `<div class="toggle" role="group" aria-label="Map view">${toggle}</div>\n<p class="table-note">${escapeHtml(map.caption)}</p>\n${views.join('\n')}`;
  });
  return { id: 'map', title: 'Difference map', html, charts: {} };
}
