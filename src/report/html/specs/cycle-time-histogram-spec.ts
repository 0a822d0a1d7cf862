/**
 * Histogram of case durations (the bins computeCycleTime made), with rules at the median and at the SLA
 * threshold when there is one.
 */
import type { CycleTimeResult } from '../../../analytics/cycle-time.js';
import { formatDuration } from '../format.js';
import { chooseDurationUnit, COLORS, createSpec, roundValue, type VegaLiteSpec } from './spec-common.js';

export interface DurationMarker {
  label: string;
  seconds: number;
}

export function createCycleTimeHistogramSpec(histogram: CycleTimeResult['histogram'], markers: DurationMarker[] = []): VegaLiteSpec {
  const max = Math.max(0, ...histogram.binEndSeconds, ...markers.map((m) => m.seconds));
  const unit = chooseDurationUnit(max);
  const bins = histogram.counts.map((count, i) => ({
    from: roundValue(histogram.binStartSeconds[i] / unit.seconds),
    to: roundValue(histogram.binEndSeconds[i] / unit.seconds),
    cases: count,
    range: `${formatDuration(histogram.binStartSeconds[i])} – ${formatDuration(histogram.binEndSeconds[i])}`,
  }));
  const rules = markers
    .filter((m) => Number.isFinite(m.seconds))
    .map((m) => ({ marker: m.label, at: roundValue(m.seconds / unit.seconds), duration: formatDuration(m.seconds) }));
  return createSpec('Case durations', 240, {
    layer: [
      {
        data: { values: bins },
        mark: { type: 'bar', color: COLORS.primary, binSpacing: 1 },
        encoding: {
          x: { field: 'from', type: 'quantitative', bin: { binned: true }, title: `case duration (${unit.name})` },
          x2: { field: 'to' },
          y: { field: 'cases', type: 'quantitative', title: 'cases', axis: { tickMinStep: 1 } },
          tooltip: [
            { field: 'range', title: 'duration' },
            { field: 'cases', title: 'cases', format: ',' },
          ],
        },
      },
      {
        data: { values: rules },
        mark: { type: 'rule', strokeDash: [4, 3], strokeWidth: 2 },
        encoding: {
          x: { field: 'at', type: 'quantitative' },
          color: { field: 'marker', type: 'nominal', title: null, scale: { domain: rules.map((r) => r.marker), range: rules.map((r) => (r.marker === 'SLA' ? COLORS.accent : COLORS.dark)) }, legend: { orient: 'top-right' } },
          tooltip: [
            { field: 'marker', title: 'marker' },
            { field: 'duration', title: 'duration' },
          ],
        },
      },
    ],
  });
}
