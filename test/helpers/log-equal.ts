/**
 * Plain-object views of an EventLog for `expect(...).toEqual(...)`: typed arrays become arrays, codes become
 * names, and columns become per-row values (dates as ISO strings), keyed by case id so that comparisons do not
 * depend on case order.
 */
import { columnValue, type Column, type EventLog } from '../../src/log/event-log.js';

export interface PlainEvent {
  activity: string;
  timestamp: string | null;
  start?: string | null;
  resource?: string | null;
  attributes: Record<string, unknown>;
}

export interface PlainCase {
  id: string;
  attributes: Record<string, unknown>;
  events: PlainEvent[];
}

function plainValue(column: Column, i: number): unknown {
  const v = columnValue(column, i);
  if (v instanceof Date) return v.toISOString();
  return v;
}

function iso(ms: number): string | null {
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Every case with its events and attributes (missing values left out), sorted by case id. */
export function plainLog(log: EventLog, options: { skipEventAttributes?: string[] } = {}): PlainCase[] {
  const skip = new Set(options.skipEventAttributes ?? []);
  const out: PlainCase[] = [];
  for (let c = 0; c < log.caseIds.length; c++) {
    const attributes: Record<string, unknown> = {};
    for (const [key, column] of log.caseAttributes) {
      const v = plainValue(column, c);
      if (v !== undefined) attributes[key] = v;
    }
    const events: PlainEvent[] = [];
    for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) {
      const ev: PlainEvent = { activity: log.activityNames[log.activities[e]], timestamp: iso(log.timestamps[e]), attributes: {} };
      if (log.startTimestamps) ev.start = iso(log.startTimestamps[e]);
      if (log.resources) ev.resource = log.resources[e] < 0 ? null : log.resourceNames[log.resources[e]];
      for (const [key, column] of log.eventAttributes) {
        if (skip.has(key)) continue;
        const v = plainValue(column, e);
        if (v !== undefined) ev.attributes[key] = v;
      }
      events.push(ev);
    }
    out.push({ id: log.caseIds[c], attributes, events });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
