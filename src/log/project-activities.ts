/**
 * A log with only the events of some activities (the others removed, cases kept when any event remains). The
 * remaining events of a case become directly-following, which is what a simplified process map shows
 * (as Disco's activity slider does). Attribute columns are carried along.
 */
import type { Column, EventLog } from './event-log.js';

/** `keep[a]` is 1 for activity codes to keep. Activity codes are renumbered densely, names kept. */
export function projectActivities(log: EventLog, keep: Uint8Array): EventLog {
  const acts = log.activities;
  const cases = log.caseOffsets.length - 1;
  const remap = new Int32Array(log.activityNames.length).fill(-1);
  const activityNames: string[] = [];
  log.activityNames.forEach((name, a) => {
    if (keep[a]) {
      remap[a] = activityNames.length;
      activityNames.push(name);
    }
  });
  let kept = 0;
  for (let e = 0; e < acts.length; e++) if (keep[acts[e]]) kept++;
  const order = new Int32Array(kept);
  const caseOrder: number[] = [];
  const offsets: number[] = [0];
  let k = 0;
  for (let c = 0; c < cases; c++) {
    const before = k;
    for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) if (keep[acts[e]]) order[k++] = e;
    if (k > before) {
      caseOrder.push(c);
      offsets.push(k);
    }
  }
  const activities = new Int32Array(kept);
  const timestamps = new Float64Array(kept);
  for (let i = 0; i < kept; i++) {
    activities[i] = remap[acts[order[i]]];
    timestamps[i] = log.timestamps[order[i]];
  }
  const gatherF = (a: Float64Array | null) => (a === null ? null : Float64Array.from(order, (e) => a[e]));
  const gatherI = (a: Int32Array | null) => (a === null ? null : Int32Array.from(order, (e) => a[e]));
  const caseIndex = Int32Array.from(caseOrder);
  return {
    caseIds: caseOrder.map((c) => log.caseIds[c]),
    caseOffsets: Int32Array.from(offsets),
    activityNames,
    activities,
    timestamps,
    startTimestamps: gatherF(log.startTimestamps),
    resources: gatherI(log.resources),
    resourceNames: log.resourceNames,
    eventAttributes: gatherColumns(log.eventAttributes, order),
    caseAttributes: gatherColumns(log.caseAttributes, caseIndex),
    info: log.info,
  };
}

/** Columns taking rows `rows[i]` of the source. */
export function gatherColumns(columns: ReadonlyMap<string, Column>, rows: Int32Array): Map<string, Column> {
  const out = new Map<string, Column>();
  for (const [key, col] of columns) {
    if (col.type === 'boolean') {
      const values = col.values;
      out.set(key, { type: 'boolean', values: Int8Array.from(rows, (r) => values[r]) });
    } else if ('values' in col) {
      const values = col.values;
      out.set(key, { type: col.type, values: Float64Array.from(rows, (r) => values[r]) });
    } else {
      const codes = col.codes;
      out.set(key, { type: col.type, codes: Int32Array.from(rows, (r) => codes[r]), dictionary: col.dictionary });
    }
  }
  return out;
}
