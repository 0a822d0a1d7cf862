/** Terminal view of bottlenecks: edges by total waiting time, activities by total waiting, handovers. */
import type { BottlenecksResult } from '../../analytics/bottlenecks.js';
import { formatDuration } from '../../util/duration.js';
import { formatCount, makeTable } from './make-table.js';
import type { Style } from './style.js';

export function renderBottlenecksTable(r: BottlenecksResult, options: { style: Style; top: number }): string {
  const { style, top } = options;
  const d = (s: number) => formatDuration(s);
  const out: string[] = [style.bold('Waiting time between activities (by total)')];
  out.push(makeTable({
    head: ['from', 'to', 'count', 'median', 'mean', 'p90', 'total'],
    align: ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
    rows: r.edges.map((e) => [e.from, e.to, formatCount(e.count), d(e.medianSeconds), d(e.meanSeconds), d(e.p90Seconds), d(e.totalSeconds)]),
    top,
  }, style));
  const withService = r.activities.some((a) => a.service !== null);
  out.push('', style.bold('Activities (by total waiting time before them)'));
  out.push(makeTable({
    head: ['activity', 'count', 'median wait', 'total wait', ...(withService ? ['median service', 'total service'] : []), 'median sojourn'],
    align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    rows: r.activities.map((a) => [
      a.activity, formatCount(a.count), d(a.waiting.medianSeconds), d(a.waiting.totalSeconds),
      ...(withService ? [a.service ? d(a.service.medianSeconds) : '–', a.service ? d(a.service.totalSeconds) : '–'] : []),
      d(a.sojourn.medianSeconds),
    ]),
    top,
  }, style));
  if (r.handovers && r.handovers.length > 0) {
    out.push('', style.bold('Handovers of work between resources'));
    out.push(makeTable({
      head: ['from', 'to', 'count', 'median wait', 'total wait'],
      align: ['l', 'l', 'r', 'r', 'r'],
      rows: r.handovers.map((h) => [h.from, h.to, formatCount(h.count), d(h.medianSeconds), d(h.totalSeconds)]),
      top,
    }, style));
  }
  return `${out.join('\n')}\n`;
}
