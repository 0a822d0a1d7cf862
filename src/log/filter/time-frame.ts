/**
 * The time-frame filter, in pm4py's and Disco's modes: `contained` keeps cases that start and end inside the
 * frame, `intersecting` cases whose span overlaps it, `started` / `completed` cases that start / end in it, and
 * `trim` keeps every case but only its events completed inside the frame (pm4py's `apply_events`). A case's
 * span runs from its first start (completion without starts) to its last completion; both bounds inclusive.
 */
import { formatIsoUtc } from '../../util/iso-time.js';
import type { EventLog } from '../event-log.js';
import { computeCaseSpans } from './case-span.js';
import type { LogFilter } from './log-filter.js';

export type TimeFrameMode = 'contained' | 'intersecting' | 'started' | 'completed' | 'trim';

export const TIME_FRAME_MODES: readonly TimeFrameMode[] = ['contained', 'intersecting', 'started', 'completed', 'trim'];

export interface TimeFrameOptions {
  /** epoch ms, inclusive; open when undefined. */
  from?: number;
  /** epoch ms; open when undefined. */
  to?: number;
  /** `to` itself is outside the frame (a bare day given as `--to` ends at the next midnight). */
  toExclusive?: boolean;
  mode?: TimeFrameMode;
}

/**
 * @example
 * filterTimeFrame({ from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 3, 1), toExclusive: true, mode: 'started' });
 */
export function filterTimeFrame(options: TimeFrameOptions): LogFilter {
  const mode = options.mode ?? 'contained';
  const from = options.from ?? -Infinity;
  const to = options.to ?? Infinity;
  const afterFrom = (t: number) => t >= from;
  const beforeTo = options.toExclusive ? (t: number) => t < to : (t: number) => t <= to;
  const inside = (t: number) => afterFrom(t) && beforeTo(t);
  const frame = `${options.from === undefined ? 'the beginning' : formatIsoUtc(options.from)} to ${
    options.to === undefined ? 'the end' : formatIsoUtc(options.to)}${options.toExclusive ? ' (exclusive)' : ''}`;
  const what: Record<TimeFrameMode, string> = {
    contained: 'cases contained in',
    intersecting: 'cases intersecting',
    started: 'cases started in',
    completed: 'cases completed in',
    trim: 'events completed in',
  };
  return {
    name: '--from/--to',
    description: `${what[mode]} ${frame}`,
    select(log: EventLog) {
      if (mode === 'trim') {
        const events = new Uint8Array(log.timestamps.length);
        for (let e = 0; e < events.length; e++) events[e] = inside(log.timestamps[e]) ? 1 : 0;
        return { events };
      }
      const { starts, ends } = computeCaseSpans(log);
      const cases = new Uint8Array(starts.length);
      for (let c = 0; c < cases.length; c++) {
        const s = starts[c];
        const e = ends[c];
        let keep: boolean;
        if (mode === 'contained') keep = afterFrom(s) && beforeTo(e);
        else if (mode === 'started') keep = inside(s);
        else if (mode === 'completed') keep = inside(e);
        else keep = beforeTo(s) && afterFrom(e);
        // NaN compares false everywhere: cases without timestamps cannot be placed in time and go.
        cases[c] = keep ? 1 : 0;
      }
      return { cases };
    },
    hintWhenEmpty(log: EventLog) {
      const { starts, ends } = computeCaseSpans(log);
      let first = Infinity;
      let last = -Infinity;
      for (let c = 0; c < starts.length; c++) {
        if (starts[c] < first) first = starts[c];
        if (ends[c] > last) last = ends[c];
      }
      if (!Number.isFinite(first)) return 'the cases have no timestamps';
      return `the cases run from ${formatIsoUtc(first)} to ${formatIsoUtc(last)}; --time-mode intersecting keeps any case overlapping the frame`;
    },
  };
}
