/**
 * When each case starts (its first event's start, the completion where there is none) and ends (its last
 * completion), epoch ms; NaN for a case without timestamps. Time-frame and duration filters share it. It
 * repeats analytics' case-duration definition here because log/ may not import analytics/.
 */
import type { EventLog } from '../event-log.js';

export interface CaseSpans {
  starts: Float64Array;
  ends: Float64Array;
}

export function computeCaseSpans(log: EventLog): CaseSpans {
  const cases = log.caseOffsets.length - 1;
  const starts = new Float64Array(cases);
  const ends = new Float64Array(cases);
  const ts = log.timestamps;
  const st = log.startTimestamps;
  for (let c = 0; c < cases; c++) {
    let first = Infinity;
    let last = -Infinity;
    for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) {
      const end = ts[e];
      const begin = st !== null && !Number.isNaN(st[e]) ? st[e] : end;
      if (begin < first) first = begin;
      if (end > last) last = end;
    }
    starts[c] = Number.isFinite(first) ? first : NaN;
    ends[c] = Number.isFinite(last) ? last : NaN;
  }
  return { starts, ends };
}
