/**
 * A process map (directly-follows graph) as Graphviz DOT, laid out left to right: activities as rounded boxes
 * shaded by frequency, edges as thick as their count; in the performance view, edges are coloured and labelled
 * by median waiting time. Start and end of cases are drawn as a green dot and a dark square.
 */
import type { Dfg } from '../../model/dfg.js';
import { formatDuration } from '../../util/duration.js';

export type MapMetric = 'frequency' | 'performance';

export interface ProcessMapOptions {
  metric?: MapMetric;
  /** a caption under the map ("80% of activities, 50% of paths"). */
  caption?: string;
}

/** DOT string literal: quotes and backslashes escaped, newlines as \n. */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n|\r/g, '\\n')}"`;
}

function mix(from: [number, number, number], to: [number, number, number], t: number): string {
  const c = from.map((f, i) => Math.round(f + (to[i] - f) * Math.max(0, Math.min(1, t))));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

const LIGHT_BLUE: [number, number, number] = [0xe3, 0xf2, 0xfd];
const DARK_BLUE: [number, number, number] = [0x15, 0x65, 0xc0];
const GREY: [number, number, number] = [0x90, 0x90, 0x90];
const RED: [number, number, number] = [0xc6, 0x28, 0x28];

export function renderProcessMapDot(dfg: Dfg, options: ProcessMapOptions = {}): string {
  const metric = options.metric ?? 'frequency';
  const ids = new Map(dfg.activities.map((a, i) => [a.name, `a${i}`]));
  const maxActivity = Math.max(1, ...dfg.activities.map((a) => a.count));
  const maxEdge = Math.max(1, ...dfg.edges.map((e) => e.count), ...Object.values(dfg.startActivities), ...Object.values(dfg.endActivities));
  const medians = dfg.edges.map((e) => e.performance?.medianSeconds ?? 0).filter((m) => m > 0);
  const maxLogMedian = Math.log1p(Math.max(1, ...medians));
  const lines = [
    'digraph processmap {',
    '  graph [rankdir=LR, fontname="Helvetica", fontsize=10, nodesep=0.3, ranksep=0.5' +
      (options.caption ? `, label=${dotString(options.caption)}, labelloc=b` : '') + '];',
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, penwidth=1, color="#546e7a"];',
    '  edge [fontname="Helvetica", fontsize=9, arrowsize=0.7];',
    '  start [shape=circle, label="", width=0.25, style=filled, fillcolor="#2e7d32", color="#2e7d32"];',
    '  end [shape=square, label="", width=0.22, style=filled, fillcolor="#37474f", color="#37474f"];',
  ];
  for (const a of dfg.activities) {
    const t = Math.log1p(a.count) / Math.log1p(maxActivity);
    const fill = mix(LIGHT_BLUE, DARK_BLUE, t);
    const font = t > 0.6 ? 'white' : 'black';
    lines.push(`  ${ids.get(a.name)} [label=${dotString(`${a.name}\n${a.count.toLocaleString('en-US')}`)}, fillcolor="${fill}", fontcolor="${font}", tooltip=${dotString(a.name)}];`);
  }
  const width = (count: number) => (1 + 5 * (count / maxEdge)).toFixed(2);
  for (const [name, count] of Object.entries(dfg.startActivities)) {
    if (!ids.has(name)) continue;
    lines.push(`  start -> ${ids.get(name)} [label=${dotString(metric === 'frequency' ? String(count) : '')}, penwidth=${width(count)}, color="#9e9e9e", style=dashed];`);
  }
  for (const [name, count] of Object.entries(dfg.endActivities)) {
    if (!ids.has(name)) continue;
    lines.push(`  ${ids.get(name)} -> end [label=${dotString(metric === 'frequency' ? String(count) : '')}, penwidth=${width(count)}, color="#9e9e9e", style=dashed];`);
  }
  for (const e of dfg.edges) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (!from || !to) continue;
    let label: string;
    let color: string;
    if (metric === 'performance' && e.performance) {
      const median = e.performance.medianSeconds;
      label = formatDuration(median);
      color = mix(GREY, RED, Math.log1p(Math.max(0, median)) / maxLogMedian);
    } else {
      label = e.count.toLocaleString('en-US');
      color = '#546e7a';
    }
    const tooltip = `${e.from} → ${e.to}: ${e.count}` + (e.performance ? `, median wait ${formatDuration(e.performance.medianSeconds)}` : '');
    lines.push(`  ${from} -> ${to} [label=${dotString(label)}, penwidth=${width(e.count)}, color="${color}", tooltip=${dotString(tooltip)}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
