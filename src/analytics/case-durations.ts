/**
 * Case duration: from the first event's start (its completion when it has none) to the last completion, in
 * seconds. Without start timestamps this is pm4py's case duration (last minus first timestamp).
 */
import type { EventLog } from '../log/event-log.js';

/** Duration of every case, in case order (NaN for a case without timestamps). */
export function computeCaseDurations(log: EventLog): Float64Array {
  const cases = log.caseOffsets.length - 1;
  const out = new Float64Array(cases);
  const ts = log.timestamps;
  const starts = log.startTimestamps;
  for (let c = 0; c < cases; c++) {
    let first = Infinity;
    let last = -Infinity;
    for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) {
      const end = ts[e];
      const begin = starts !== null && !Number.isNaN(starts[e]) ? starts[e] : end;
      if (begin < first) first = begin;
      if (end > last) last = end;
    }
    out[c] = Number.isFinite(first) && Number.isFinite(last) ? (last - first) / 1000 : NaN;
  }
  return out;
}

/** When each case ended (its last completion), epoch ms. */
export function computeCaseEnds(log: EventLog): Float64Array {
  const cases = log.caseOffsets.length - 1;
  const out = new Float64Array(cases).fill(NaN);
  for (let c = 0; c < cases; c++) {
    let last = -Infinity;
    for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) if (log.timestamps[e] > last) last = log.timestamps[e];
    if (Number.isFinite(last)) out[c] = last;
  }
  return out;
}
