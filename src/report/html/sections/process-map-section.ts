/**
 * The process map: the Graphviz SVG of the directly-follows graph in a frequency and a performance view, with
 * a toggle between them (the page script flips `hidden`; without script the frequency view shows).
 */
import { escapeHtml } from '../escape.js';
import type { ProcessMapData } from '../report-data.js';
import { sanitizeSvg } from '../sanitize-svg.js';
import type { Section } from '../section.js';

export function createProcessMapSection(map: ProcessMapData | null, note?: string): Section {
  if (!map) {
    return { id: 'map', title: 'Process map', html: `<p class="lead">${escapeHtml(note ?? 'The process map is not available.')}</p>`, charts: {} };
  }
  const html = `<div class="toggle" role="group" aria-label="Map view">
<button type="button" data-map-view="frequency" aria-pressed="true">Frequency</button><button type="button" data-map-view="performance" aria-pressed="false">Performance (median waiting time)</button>
</div>
<p class="table-note">${escapeHtml(map.caption)}</p>
<div class="map-view" data-view="frequency">${sanitizeSvg(map.frequencySvg, 'freq')}</div>
<div class="map-view" data-view="performance" hidden>${sanitizeSvg(map.performanceSvg, 'perf')}</div>`;
  return { id: 'map', title: 'Process map', html, charts: {} };
}
