/**
 * What changed most between the groups' process maps: the paths whose waiting per case grew or shrank most
 * (chart and table) and the activities whose frequency per case changed most (table).
 */
import type { CompareResult, GroupComparison } from '../../../analytics/compare/compare-groups.js';
import { formatCount, formatDuration } from '../format.js';
import { renderChart, renderHeading, renderParagraph, renderTable, type Cell } from '../markup.js';
import type { Section } from '../section.js';
import { createEdgeChangesSpec } from '../specs/edge-changes-spec.js';
import type { VegaLiteSpec } from '../specs/spec-common.js';
import { formatSignedDuration, formatStatistic } from './compare-format.js';

export function createMapChangesSection(r: CompareResult, tableRows: number): Section {
  const charts: Record<string, VegaLiteSpec> = {};
  let html = renderParagraph('Waiting per case is how often a path is taken per case times its mean waiting time: it grows when a path is taken ' +
    'more often, when it waits longer, or both, and adds up to the change in cycle time the path explains.');
  r.comparisons.forEach((c, k) => {
    const id = `edge-changes-${k + 1}`;
    html += renderHeading(`${c.b} against ${c.a}`);
    if (c.edges.some((e) => Number.isFinite(e.waitPerCaseChange) && e.waitPerCaseChange !== 0)) {
      charts[id] = createEdgeChangesSpec(c.edges, c.a, c.b);
      html += renderChart(id, `Paths whose waiting time per case changed most, ${c.b} against ${c.a}`);
    }
    html += renderEdgesTable(c, tableRows) + renderActivitiesTable(c, tableRows);
  });
  return { id: 'changes', title: 'What changed most', html, charts };
}

const n2 = (x: number) => formatStatistic(x, 2);
const arrow = (x: string, y: string) => `${x} → ${y}`;

function renderEdgesTable(c: GroupComparison, rows: number): string {
  const shown = c.edges.slice(0, rows);
  return renderTable(
    [{ title: '#', numeric: true }, { title: 'path' }, { title: `times per case (${c.a} → ${c.b})`, numeric: true }, { title: 'median wait', numeric: true },
      { title: 'mean wait', numeric: true }, { title: 'waiting per case', numeric: true }],
    shown.map((e, i): Cell[] => [
      `#${i + 1}`,
      `${e.from} → ${e.to}`,
      arrow(n2(e.perCaseA), n2(e.perCaseB)),
      arrow(formatDuration(e.medianWaitA), formatDuration(e.medianWaitB)),
      arrow(formatDuration(e.meanWaitA), formatDuration(e.meanWaitB)),
      formatSignedDuration(e.waitPerCaseChange),
    ]),
    { caption: `Paths ranked by the waiting per case they add (+) or save (−); ${formatCount(shown.length)} of ${formatCount(c.edges.length)} shown.` },
  );
}

function renderActivitiesTable(c: GroupComparison, rows: number): string {
  const shown = c.activities.slice(0, rows);
  return renderTable(
    [{ title: 'activity' }, { title: `times per case (${c.a} → ${c.b})`, numeric: true }, { title: 'change', numeric: true },
      { title: `events in ${c.a}`, numeric: true }, { title: `events in ${c.b}`, numeric: true }],
    shown.map((x): Cell[] => [x.name, arrow(n2(x.perCaseA), n2(x.perCaseB)), signed(x.change), formatCount(x.countA), formatCount(x.countB)]),
    { caption: `Activities ranked by the change in how often they happen per case; ${formatCount(shown.length)} of ${formatCount(c.activities.length)} shown.` },
  );
}

function signed(x: number): string {
  return Number.isFinite(x) && x > 0 ? `+${n2(x)}` : n2(x);
}
