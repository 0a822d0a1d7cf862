/**
 * Builds the log that keeps the masked cases and events: one pass to collect kept event rows (cases whose
 * events are all removed go too), then every column gathered in that order. Activity codes are renumbered to
 * the activities still used, so downstream counts never show a zero-count activity.
 */
import type { EventLog } from '../event-log.js';
import { gatherColumns } from '../project-activities.js';
import type { FilterMasks } from './log-filter.js';

export function applyMasks(log: EventLog, masks: FilterMasks): EventLog {
  const caseMask = masks.cases;
  const eventMask = masks.events;
  if (caseMask === undefined && eventMask === undefined) return log;
  const cases = log.caseOffsets.length - 1;
  const rows: number[] = [];
  const keptCases: number[] = [];
  const offsets: number[] = [0];
  for (let c = 0; c < cases; c++) {
    if (caseMask !== undefined && !caseMask[c]) continue;
    const before = rows.length;
    for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) {
      if (eventMask === undefined || eventMask[e]) rows.push(e);
    }
    if (rows.length > before) {
      keptCases.push(c);
      offsets.push(rows.length);
    }
  }
  if (keptCases.length === cases && rows.length === log.activities.length) return log;
  const order = Int32Array.from(rows);
  const used = new Uint8Array(log.activityNames.length);
  for (const e of order) used[log.activities[e]] = 1;
  const remap = new Int32Array(log.activityNames.length).fill(-1);
  const activityNames: string[] = [];
  log.activityNames.forEach((name, a) => {
    if (used[a]) {
      remap[a] = activityNames.length;
      activityNames.push(name);
    }
  });
  const caseIndex = Int32Array.from(keptCases);
  return {
    caseIds: keptCases.map((c) => log.caseIds[c]),
    caseOffsets: Int32Array.from(offsets),
    activityNames,
    activities: Int32Array.from(order, (e) => remap[log.activities[e]]),
    timestamps: Float64Array.from(order, (e) => log.timestamps[e]),
    startTimestamps: log.startTimestamps === null ? null : Float64Array.from(order, (e) => log.startTimestamps![e]),
    resources: log.resources === null ? null : Int32Array.from(order, (e) => log.resources![e]),
    resourceNames: log.resourceNames,
    eventAttributes: gatherColumns(log.eventAttributes, order),
    caseAttributes: gatherColumns(log.caseAttributes, caseIndex),
    info: log.info,
  };
}
