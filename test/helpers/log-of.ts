/**
 * Tiny logs for unit tests: `logOf('a b c', 'a c b')` makes two cases whose events are one minute apart.
 * Cases are named 1, 2, …; activities are the space-separated words.
 */
import { EventLogBuilder } from '../../src/log/builder.js';
import type { EventLog } from '../../src/log/event-log.js';

const T0 = Date.UTC(2024, 0, 1);
const MINUTE = 60_000;

export function logOf(...traces: string[]): EventLog {
  const b = new EventLogBuilder({ format: 'memory', columns: { case: 'case', activity: 'activity', timestamp: 'time' } });
  traces.forEach((trace, i) => {
    const c = b.caseFor(String(i + 1));
    trace
      .split(/\s+/)
      .filter(Boolean)
      .forEach((activity, k) => b.addEvent(c, activity, T0 + i * 1000 * MINUTE + k * MINUTE));
  });
  return b.build();
}
