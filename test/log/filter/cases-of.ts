/**
 * Hand-made logs for filter tests: each case names its events as `activity@day` (day offsets from
 * 2024-01-01T00:00Z, fractions allowed) and may carry case attributes (strings, numbers, dates, booleans).
 */
import { EventLogBuilder } from '../../../src/log/builder.js';
import type { EventLog } from '../../../src/log/event-log.js';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2024, 0, 1);

export interface HandCase {
  id: string;
  events: string;
  attributes?: Record<string, string | number | boolean | Date>;
  eventAttributes?: Record<string, (string | number | undefined)[]>;
}

export function casesOf(...cases: HandCase[]): EventLog {
  const b = new EventLogBuilder({ format: 'memory', columns: { case: 'case', activity: 'activity', timestamp: 'time' } });
  for (const hand of cases) {
    const c = b.caseFor(hand.id);
    hand.events.split(/\s+/).filter(Boolean).forEach((token, k) => {
      const [activity, day] = token.split('@');
      const row = b.addEvent(c, activity, T0 + Number(day ?? k) * DAY);
      for (const [key, values] of Object.entries(hand.eventAttributes ?? {})) {
        const v = values[k];
        if (typeof v === 'number') b.eventAttribute(key).setNumber(row, v, 'float');
        else if (typeof v === 'string') b.eventAttribute(key).setString(row, v);
      }
    });
    for (const [key, v] of Object.entries(hand.attributes ?? {})) {
      const col = b.caseAttribute(key);
      if (typeof v === 'number') col.setNumber(c, v, Number.isInteger(v) ? 'int' : 'float');
      else if (typeof v === 'boolean') col.setBoolean(c, v);
      else if (v instanceof Date) col.setNumber(c, v.getTime(), 'date');
      else col.setString(c, v);
    }
  }
  return b.build();
}

/** Case ids of a log, in order. */
export function idsOf(log: EventLog): string[] {
  return [...log.caseIds];
}

/** Each case as `id: a b c`. */
export function tracesOf(log: EventLog): string[] {
  return log.caseIds.map((id, c) => {
    const acts: string[] = [];
    for (let e = log.caseOffsets[c]; e < log.caseOffsets[c + 1]; e++) acts.push(log.activityNames[log.activities[e]]);
    return `${id}: ${acts.join(' ')}`;
  });
}
