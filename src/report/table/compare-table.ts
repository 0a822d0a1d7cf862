/**
 * Terminal view of `compare`: the groups side by side, then per comparison the verdict and its caveats, the
 * cycle-time tests, the rate tests, the variant shift and the activities and edges that changed most.
 */
import type { CompareResult, GroupComparison } from '../../analytics/compare/compare-groups.js';
import type { ShareTest } from '../../analytics/compare/write-verdict.js';
import { formatDuration } from '../../util/duration.js';
import { abbreviateTrace, formatCount, formatShare, makeTable } from './make-table.js';
import type { Style } from './style.js';

export interface CompareTableOptions {
  style: Style;
  /** rows per list. */
  top: number;
  full?: boolean;
}

export function renderCompareTable(r: CompareResult, options: CompareTableOptions): string {
  const { style } = options;
  const withSla = r.groups.some((g) => g.slaShare !== undefined);
  const out: string[] = [];
  out.push(style.bold(`Groups (baseline: ${r.baseline})`));
  out.push(makeTable({
    head: ['group', 'cases', 'events', 'median', 'mean', 'p90', ...(withSla ? [`within SLA ${formatDuration(r.settings.slaSeconds!)}`] : []), 'rework'],
    align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    rows: r.groups.map((g) => [
      g.name, formatCount(g.cases), formatCount(g.events), formatDuration(g.cycleTime.median), formatDuration(g.cycleTime.mean),
      formatDuration(g.cycleTime.p90), ...(withSla ? [formatShare(g.slaShare!)] : []), formatShare(g.reworkShare),
    ]),
  }, style));
  for (const c of r.comparisons) out.push('', ...renderComparison(c, r, options));
  return `${out.join('\n')}\n`;
}

function renderComparison(c: GroupComparison, r: CompareResult, options: CompareTableOptions): string[] {
  const { style, top } = options;
  const t = c.tests.cycleTime;
  const out: string[] = [style.bold(`${c.b} vs ${c.a}`), wrap(c.verdict, 110)];
  for (const caveat of c.caveats) out.push(style.warn(wrap(`! ${caveat}`, 110, '  ')));
  const signed = (s: number) => (s > 0 ? `+${formatDuration(s)}` : formatDuration(s));
  const p = (x: number) => (Number.isFinite(x) ? (x < 0.0001 ? x.toExponential(1) : x.toPrecision(2)) : '–');
  const num = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
  out.push('', 'Cycle time (differences are B − A; negative means B is faster)');
  out.push(makeTable({
    head: ['measure', 'value', '95% CI / detail'],
    align: ['l', 'r', 'l'],
    rows: [
      ['median difference', signed(t.medianDifferenceSeconds), `${signed(t.ci95[0])} to ${signed(t.ci95[1])} (bootstrap, ${t.bootstrap.resamples} resamples, seed ${t.bootstrap.seed})`],
      ['mean difference', signed(t.meanDifferenceSeconds), `${signed(t.meanCi95[0])} to ${signed(t.meanCi95[1])} (Welch)`],
      ['median ratio B/A', num(t.medianRatio.value), `${num(t.medianRatio.ci95[0])} to ${num(t.medianRatio.ci95[1])}`],
      ['Mann–Whitney U', `p = ${p(t.mannWhitney.p)}`, `U = ${num(t.mannWhitney.u, 1)} (two-sided, tie- and continuity-corrected)`],
      ['Welch t', `p = ${p(t.welch.p)}`, `t = ${num(t.welch.t, 3)}, df = ${num(t.welch.df, 1)}`],
      ["Cliff's delta", num(t.effectSize.value, 3), t.effectSize.magnitude],
    ],
  }, style));
  const rates: [string, ShareTest][] = [['rework', c.tests.reworkShare]];
  if (c.tests.slaShare) rates.unshift([`within SLA ${formatDuration(r.settings.slaSeconds!)}`, c.tests.slaShare]);
  out.push(makeTable({
    head: ['share of cases', c.a, c.b, 'difference (95% CI)', 'p'],
    align: ['l', 'r', 'r', 'r', 'r'],
    rows: rates.map(([label, s]) => [label, formatShare(s.shareA), formatShare(s.shareB),
      `${pp(s.difference)} (${pp(s.ci95[0])} to ${pp(s.ci95[1])})`, p(s.p)]),
  }, style));

  const v = c.variants;
  out.push('', `Variants: ${formatCount(v.variantsA)} in ${c.a}, ${formatCount(v.variantsB)} in ${c.b}, ${formatCount(v.shared)} shared; ` +
    `only in ${c.a}: ${formatCount(v.onlyA.variants)} (${formatShare(v.onlyA.share)} of its cases), ` +
    `only in ${c.b}: ${formatCount(v.onlyB.variants)} (${formatShare(v.onlyB.share)} of its cases)`);
  const rows: string[][] = [
    ...v.changed.map((x) => ['changed', formatShare(x.shareA), formatShare(x.shareB), pp(x.change), abbreviateTrace(x.activities, options.full === true)]),
    ...v.onlyB.top.slice(0, 3).map((x) => [`only ${c.b}`, '–', formatShare(x.share), pp(x.share), abbreviateTrace(x.activities, options.full === true)]),
    ...v.onlyA.top.slice(0, 3).map((x) => [`only ${c.a}`, formatShare(x.share), '–', pp(-x.share), abbreviateTrace(x.activities, options.full === true)]),
  ];
  if (rows.length > 0) {
    out.push(makeTable({ head: ['', c.a, c.b, 'change', 'variant'], align: ['l', 'r', 'r', 'r', 'l'], rows, top }, style));
  }
  const arrow = (x: string, y: string) => `${x} → ${y}`;
  out.push('', 'Activities whose frequency per case changed most');
  out.push(makeTable({
    head: ['activity', `per case (${c.a} → ${c.b})`, 'change'],
    align: ['l', 'r', 'r'],
    rows: c.activities.map((a) => [a.name, arrow(num(a.perCaseA), num(a.perCaseB)), signedNumber(a.change)]),
    top,
  }, style));
  out.push('', 'Edges ranked by waiting time per case added (+) or saved (−): frequency per case × mean wait');
  out.push(makeTable({
    head: ['edge', 'per case', 'median wait', 'mean wait', 'wait per case'],
    align: ['l', 'r', 'r', 'r', 'r'],
    rows: c.edges.map((e) => [`${e.from} → ${e.to}`, arrow(num(e.perCaseA), num(e.perCaseB)),
      arrow(formatDuration(e.medianWaitA), formatDuration(e.medianWaitB)), arrow(formatDuration(e.meanWaitA), formatDuration(e.meanWaitB)),
      signed(e.waitPerCaseChange)]),
    top,
  }, style));
  return out;
}

/** A share difference in percentage points. */
function pp(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const v = Math.round(x * 1000) / 10;
  return `${v > 0 ? '+' : ''}${v} pp`;
}

function signedNumber(x: number): string {
  return Number.isFinite(x) ? `${x > 0 ? '+' : ''}${x.toFixed(2)}` : '–';
}

function wrap(text: string, width: number, indent = ''): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = indent + w;
    } else {
      line = line ? `${line} ${w}` : w;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
