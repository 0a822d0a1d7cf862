/** Terminal view of a conformance check: the verdict, fitness/precision, top deviations, worst variants. */
import type { ConformanceResult } from '../../conformance/check-conformance.js';
import { abbreviateTrace, formatCount, formatShare, makeTable } from './make-table.js';
import type { Style } from './style.js';

export function renderConformTable(r: ConformanceResult, options: { style: Style; top: number; full: boolean; warnings: string[] }): string {
  const { style, top } = options;
  const out: string[] = [];
  const f = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(4));
  out.push(r.passed ? style.good('PASSED') + (r.failures.length === 0 && Object.keys(r.thresholds).length === 0 ? ' (no thresholds given)' : '') : style.bad('FAILED'));
  for (const failure of r.failures) out.push(style.bad(`  ${failure}`));
  const rows: string[][] = [
    ['method', r.method === 'alignments' ? `alignments (${r.costModel} costs)` : 'token-based replay'],
    ['fitness', f(r.fitness)],
    ['average trace fitness', f(r.averageTraceFitness)],
    ['fitting traces', `${formatCount(r.traces.fitting)} of ${formatCount(r.traces.total)} (${formatShare(r.fittingShare)})`],
  ];
  if (r.traces.notAligned) rows.push(['not aligned (time budget)', formatCount(r.traces.notAligned)]);
  if (r.precision) rows.push([`precision (${r.precision.method === 'alignments' ? 'align-ETC' : 'ETC'})`, f(r.precision.value)]);
  out.push(makeTable({ head: ['measure', 'value'], align: ['l', 'r'], rows }, style));
  if (r.deviations.length > 0) {
    out.push('', style.bold('Deviations'));
    out.push(makeTable({
      head: ['activity', 'kind', 'cases', 'share of cases', 'occurrences'],
      align: ['l', 'l', 'r', 'r', 'r'],
      rows: r.deviations.map((d) => [d.activity, d.kind, formatCount(d.cases), formatShare(d.share), formatCount(d.count)]),
      top,
    }, style));
  }
  const worst = r.variants.filter((v) => !v.fitting);
  if (worst.length > 0) {
    out.push('', style.bold('Worst variants'));
    out.push(makeTable({
      head: ['cases', 'fitness', 'deviations', 'activities'],
      align: ['r', 'r', 'l', 'l'],
      rows: worst.map((v) => [
        formatCount(v.count),
        f(v.fitness),
        v.status === 'optimal' || v.status === 'replayed' ? listDeviations(v.deviations, options.full) : `no alignment (${v.status})`,
        abbreviateTrace(v.activities, options.full),
      ]),
      top: Math.min(top, 10),
    }, style));
  }
  const { logOnly, modelOnly } = r.unmatchedLabels;
  if (logOnly.length > 0) out.push('', style.warn(`log activities not in the model: ${logOnly.join(', ')}`));
  if (modelOnly.length > 0) out.push(style.warn(`model activities never in the log: ${modelOnly.join(', ')}`));
  for (const w of options.warnings) out.push(style.warn(`warning: ${w}`));
  return `${out.join('\n')}\n`;
}

function listDeviations(list: { activity: string; kind: string; count: number }[], full: boolean): string {
  const shown = full ? list : list.slice(0, 3);
  const text = shown.map((d) => `${d.kind} ${d.activity}${d.count > 1 ? ` ×${d.count}` : ''}`).join('; ');
  return list.length > shown.length ? `${text}; … ${list.length - shown.length} more` : text;
}
