/**
 * The terminal view of `inspect`: a short key/value block, then activities and start/end activities as tables.
 * Numbers are right-aligned; long lists are cut at `top` rows with a line saying how many were left out.
 */
import Table from 'cli-table3';
import type { LogSummary } from '../../analytics/log-summary.js';
import { formatDuration } from '../../util/duration.js';
import type { Style } from './style.js';
import { formatCount as fmt, formatShare, makeTable } from './make-table.js';

export interface InspectTableOptions {
  style: Style;
  /** rows per list (activities …); Infinity with --full. */
  top: number;
}

export function renderInspectTable(s: LogSummary, options: InspectTableOptions): string {
  const { style, top } = options;
  const lines: string[] = [];
  const kv = new Table({ style: { head: [], border: [] }, chars: borderless() });
  const row = (k: string, v: string) => kv.push([style.dim(k), v]);
  if (s.file) row('file', s.file);
  row('format', s.format + (s.delimiter ? ` (delimiter ${JSON.stringify(s.delimiter)})` : ''));
  row('cases', fmt(s.cases));
  row('events', s.eventsRead !== s.events ? `${fmt(s.events)} (${fmt(s.eventsRead)} read)` : fmt(s.events));
  row('activities', fmt(s.activities.length));
  row('variants', fmt(s.variants));
  row('events per case', `${s.caseLength.min}–${s.caseLength.max}, mean ${s.caseLength.mean.toFixed(1)}`);
  if (s.resources !== null) row('resources', fmt(s.resources));
  if (s.timeRange.start && s.timeRange.end) {
    const span = (Date.parse(s.timeRange.end) - Date.parse(s.timeRange.start)) / 1000;
    row('time range', `${s.timeRange.start} → ${s.timeRange.end} (${formatDuration(span)})`);
  }
  const cols = s.columns;
  const mapping = [`case=${cols.case}`, `activity=${cols.activity}`, `timestamp=${cols.timestamp}`];
  if (cols.startTimestamp) mapping.push(`start=${cols.startTimestamp}`);
  if (cols.resource) mapping.push(`resource=${cols.resource}`);
  if (cols.lifecycle) mapping.push(`lifecycle=${cols.lifecycle}`);
  row('columns', mapping.join(', '));
  if (s.timestampFormat) row('timestamp format', s.timestampFormat);
  if (s.lifecycle) {
    const parts = Object.entries(s.lifecycle.transitions).map(([t, v]) => `${t} ${fmt(v.count)} (${v.treatment})`);
    row('lifecycle', `${s.lifecycle.mode}: ${parts.join('; ')}`);
    if (s.lifecycle.mode === 'merge') {
      row('', `${fmt(s.lifecycle.merged)} pairs merged, ${fmt(s.lifecycle.unpairedStarts)} starts without complete, ` +
        `${fmt(s.lifecycle.unpairedCompletes)} completes without start`);
    }
  }
  row('dropped', s.dropped.count === 0 ? '0'
    : `${fmt(s.dropped.count)}: ${Object.entries(s.dropped.reasons).map(([r, n]) => `${r} (${fmt(n)})`).join(', ')}`);
  lines.push(kv.toString());

  lines.push('', style.bold('Activities'));
  lines.push(countTable(s.activities.map((a) => [a.name, a.count]), s.events, top, style));
  lines.push('', style.bold('Start activities'));
  lines.push(countTable(Object.entries(s.startActivities), s.cases, top, style));
  lines.push('', style.bold('End activities'));
  lines.push(countTable(Object.entries(s.endActivities), s.cases, top, style));

  const attrs = [
    ...s.attributes.case.map((a) => `case:${a.key} (${a.type})`),
    ...s.attributes.event.map((a) => `${a.key} (${a.type})`),
  ];
  if (attrs.length > 0) {
    const shown = attrs.slice(0, top);
    lines.push('', style.bold('Attributes'), shown.join(', ') + (attrs.length > shown.length ? `, … ${attrs.length - shown.length} more` : ''));
  }
  for (const w of s.warnings) lines.push(style.warn(`warning: ${w}`));
  return `${lines.join('\n')}\n`;
}

function countTable(rows: [string, number][], total: number, top: number, style: Style): string {
  return makeTable(
    {
      head: ['name', 'count', 'share'],
      align: ['l', 'r', 'r'],
      rows: rows.map(([name, count]) => [name, fmt(count), formatShare(total > 0 ? count / total : NaN)]),
      top,
    },
    style,
  );
}

function borderless() {
  return {
    top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
    bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
    left: '', 'left-mid': '', mid: '', 'mid-mid': '',
    right: '', 'right-mid': '', middle: '  ',
  };
}
