/**
 * A difference map as Graphviz DOT: the union of two groups' process maps, activities and edges coloured by
 * how they changed from A to B — red for more (frequency per case, or waiting time per case), blue for less,
 * grey for no change; edges only in A are dashed, edges only in B bold. Labels show both values.
 */
import type { MapDifference } from '../../analytics/compare/map-difference.js';
import { formatDuration } from '../../util/duration.js';
import { dotString } from './process-map-dot.js';

export type DifferenceMetric = 'frequency' | 'waiting';

export interface DifferenceMapOptions {
  /** what colours the edges: change in frequency per case, or in waiting time per case (default frequency). */
  metric?: DifferenceMetric;
  a: string;
  b: string;
  caption?: string;
}

type Rgb = [number, number, number];
const GREY: Rgb = [0xb0, 0xb0, 0xb0];
const RED: Rgb = [0xc6, 0x28, 0x28];
const BLUE: Rgb = [0x15, 0x65, 0xc0];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const LIGHT_RED: Rgb = [0xf4, 0xa5, 0xa5];
const LIGHT_BLUE: Rgb = [0x9f, 0xc5, 0xf0];

function mix(from: Rgb, to: Rgb, t: number): string {
  const c = from.map((f, i) => Math.round(f + (to[i] - f) * Math.max(0, Math.min(1, t))));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Colour on a diverging scale: `change / scale` in [−1, 1]. */
function diverging(change: number, scale: number, light = false): string {
  if (!Number.isFinite(change) || scale <= 0 || change === 0) return mix(light ? WHITE : GREY, GREY, light ? 0 : 1);
  const t = Math.sqrt(Math.min(1, Math.abs(change) / scale));
  return change > 0 ? mix(light ? WHITE : GREY, light ? LIGHT_RED : RED, t) : mix(light ? WHITE : GREY, light ? LIGHT_BLUE : BLUE, t);
}

export function renderDifferenceMapDot(diff: MapDifference, options: DifferenceMapOptions): string {
  const metric = options.metric ?? 'frequency';
  const ids = new Map(diff.activities.map((a, i) => [a.name, `a${i}`]));
  const activityScale = Math.max(0, ...diff.activities.map((a) => Math.abs(a.change)).filter(Number.isFinite));
  const edgeValue = (e: MapDifference['edges'][number]) => (metric === 'frequency' ? e.frequencyChange : e.waitPerCaseChange);
  const edgeScale = Math.max(0, ...diff.edges.map((e) => Math.abs(edgeValue(e))).filter(Number.isFinite));
  const maxPerCase = Math.max(1e-9, ...diff.edges.map((e) => Math.max(e.perCaseA, e.perCaseB)));
  const legend = `${options.b} vs ${options.a}: red = more, blue = less ${metric === 'frequency' ? '(frequency per case)' : '(waiting time per case)'}; ` +
    `dashed = only in ${options.a}, bold = only in ${options.b}`;
  const lines = [
    'digraph differencemap {',
    `  graph [rankdir=LR, fontname="Helvetica", fontsize=10, nodesep=0.3, ranksep=0.5, label=${dotString(options.caption ? `${options.caption}\n${legend}` : legend)}, labelloc=b];`,
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, penwidth=1, color="#546e7a"];',
    '  edge [fontname="Helvetica", fontsize=9, arrowsize=0.7];',
  ];
  const n2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
  for (const a of diff.activities) {
    const fill = diverging(a.change, activityScale, true);
    const style = a.countA === 0 ? '"rounded,filled,bold"' : a.countB === 0 ? '"rounded,filled,dashed"' : '"rounded,filled"';
    lines.push(`  ${ids.get(a.name)} [label=${dotString(`${a.name}\n${n2(a.perCaseA)} → ${n2(a.perCaseB)} per case`)}, fillcolor="${fill}", style=${style}, ` +
      `tooltip=${dotString(`${a.name}: ${a.countA} events in ${options.a}, ${a.countB} in ${options.b}`)}];`);
  }
  for (const e of diff.edges) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (!from || !to) continue;
    const value = edgeValue(e);
    const label = metric === 'frequency'
      ? `${n2(e.perCaseA)} → ${n2(e.perCaseB)}`
      : `${formatDuration(e.medianWaitA)} → ${formatDuration(e.medianWaitB)}`;
    const style = e.countA === 0 ? 'bold' : e.countB === 0 ? 'dashed' : 'solid';
    const width = (1 + 4 * (Math.max(e.perCaseA, e.perCaseB) / maxPerCase)).toFixed(2);
    const tooltip = `${e.from} → ${e.to}: ${e.countA} in ${options.a}, ${e.countB} in ${options.b}; median wait ` +
      `${formatDuration(e.medianWaitA)} → ${formatDuration(e.medianWaitB)}; waiting per case ${formatDuration(e.waitPerCaseChange)}`;
    lines.push(`  ${from} -> ${to} [label=${dotString(label)}, penwidth=${width}, color="${diverging(value, edgeScale)}", style=${style}, tooltip=${dotString(tooltip)}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
