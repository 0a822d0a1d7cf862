import { describe, expect, it } from 'vitest';
import { EventLogBuilder } from '../../src/log/builder.js';
import { caseTrace } from '../../src/log/event-log.js';
import { logOf } from '../helpers/log-of.js';
import { plainLog } from '../helpers/log-equal.js';

const columns = { case: 'case', activity: 'activity', timestamp: 'time' };
const t = (minute: number) => Date.UTC(2024, 0, 1, 0, minute);

function traces(log: ReturnType<EventLogBuilder['build']>): string[] {
  return log.caseIds.map((_, i) => caseTrace(log, i).join(' '));
}

describe('EventLogBuilder', () => {
  it('groups interleaved rows by case and keeps CSR offsets', () => {
    const b = new EventLogBuilder({ format: 'test', columns });
    b.addEvent(b.caseFor('x'), 'a', t(0));
    b.addEvent(b.caseFor('y'), 'a', t(1));
    b.addEvent(b.caseFor('x'), 'b', t(2));
    b.addEvent(b.caseFor('y'), 'c', t(3));
    const log = b.build();
    expect(log.caseIds).toEqual(['x', 'y']);
    expect(Array.from(log.caseOffsets)).toEqual([0, 2, 4]);
    expect(traces(log)).toEqual(['a b', 'a c']);
    expect(log.activityNames).toEqual(['a', 'b', 'c']);
  });

  it('orders events by time within a case, ties in file order, missing times last', () => {
    const b = new EventLogBuilder({ format: 'test', columns });
    const c = b.caseFor('1');
    b.addEvent(c, 'late', t(9));
    b.addEvent(c, 'none', NaN);
    b.addEvent(c, 'tie1', t(5));
    b.addEvent(c, 'tie2', t(5));
    b.addEvent(c, 'early', t(1));
    expect(traces(b.build())).toEqual(['early tie1 tie2 late none']);
  });

  it('orders cases by their first event, ties in file order', () => {
    const b = new EventLogBuilder({ format: 'test', columns });
    b.addEvent(b.caseFor('later'), 'a', t(10));
    b.addEvent(b.caseFor('tieA'), 'a', t(5));
    b.addEvent(b.caseFor('tieB'), 'a', t(5));
    b.addEvent(b.caseFor('first'), 'a', t(1));
    expect(b.build().caseIds).toEqual(['first', 'tieA', 'tieB', 'later']);
  });

  it('merges start/complete pairs by activity (FIFO), keeps unpaired ones, drops other transitions', () => {
    const b = new EventLogBuilder({ format: 'test', columns });
    const c = b.caseFor('1');
    const add = (a: string, m: number, lc: string) => b.setLifecycle(b.addEvent(c, a, t(m)), lc);
    add('a', 0, 'schedule');
    add('a', 1, 'start');
    add('b', 2, 'START'); // case-insensitive
    add('a', 3, 'complete');
    add('b', 4, 'complete');
    add('c', 5, 'complete'); // no start
    add('d', 6, 'start'); // never completes
    const log = b.build();
    expect(traces(log)).toEqual(['a b c d']);
    expect(Array.from(log.startTimestamps!)).toEqual([t(1), t(2), NaN, t(6)]);
    expect(Array.from(log.timestamps)).toEqual([t(3), t(4), t(5), t(6)]);
    const report = log.info.lifecycle!;
    expect(report.mode).toBe('merge');
    expect(report.merged).toBe(2);
    expect(report.unpairedStarts).toBe(1);
    expect(report.unpairedCompletes).toBe(1);
    expect(report.transitions.schedule).toEqual({ count: 1, treatment: 'dropped' });
    expect(log.info.eventsRead).toBe(7);
  });

  it('orders merged events by start time', () => {
    const b = new EventLogBuilder({ format: 'test', columns });
    const c = b.caseFor('1');
    const add = (a: string, m: number, lc: string) => b.setLifecycle(b.addEvent(c, a, t(m)), lc);
    add('long', 0, 'start');
    add('short', 1, 'start');
    add('short', 2, 'complete');
    add('long', 9, 'complete');
    expect(traces(b.build())).toEqual(['long short']);
  });

  it('pairs by concept:instance when given', () => {
    const b = new EventLogBuilder({ format: 'test', columns });
    const c = b.caseFor('1');
    b.setLifecycle(b.addEvent(c, 'a', t(0)), 'start', 'i1');
    b.setLifecycle(b.addEvent(c, 'a', t(1)), 'start', 'i2');
    b.setLifecycle(b.addEvent(c, 'a', t(2)), 'complete', 'i2');
    b.setLifecycle(b.addEvent(c, 'a', t(3)), 'complete', 'i1');
    const log = b.build();
    // i1 runs 0..3, i2 runs 1..2; ordered by start.
    expect(Array.from(log.startTimestamps!)).toEqual([t(0), t(1)]);
    expect(Array.from(log.timestamps)).toEqual([t(3), t(2)]);
  });

  it('keeps every event with lifecycle all, and the transition as an attribute', () => {
    const b = new EventLogBuilder({ format: 'test', columns, lifecycle: 'all' });
    const c = b.caseFor('1');
    b.setLifecycle(b.addEvent(c, 'a', t(0)), 'start');
    b.setLifecycle(b.addEvent(c, 'a', t(1)), 'COMPLETE');
    const log = b.build();
    expect(traces(log)).toEqual(['a a']);
    expect(log.startTimestamps).toBeNull();
    expect(plainLog(log)[0].events.map((e) => e.attributes['lifecycle:transition'])).toEqual(['start', 'COMPLETE']);
  });

  it('keeps only complete events with lifecycle complete', () => {
    const b = new EventLogBuilder({ format: 'test', columns, lifecycle: 'complete' });
    const c = b.caseFor('1');
    b.setLifecycle(b.addEvent(c, 'x', t(0)), 'start');
    b.setLifecycle(b.addEvent(c, 'a', t(1)), 'complete');
    const log = b.build();
    expect(traces(log)).toEqual(['a']);
    expect(log.activityNames).toEqual(['a']);
    expect(log.info.lifecycle!.transitions.start.treatment).toBe('dropped');
  });

  it('gathers attribute columns into case/time order and falls back to text on mixed types', () => {
    const b = new EventLogBuilder({ format: 'test', columns });
    const c2 = b.caseFor('2');
    const c1 = b.caseFor('1');
    const r0 = b.addEvent(c2, 'a', t(5));
    const r1 = b.addEvent(c1, 'a', t(1));
    const r2 = b.addEvent(c1, 'b', t(0));
    b.eventAttribute('n').setNumber(r0, 3, 'int');
    b.eventAttribute('n').setNumber(r1, 1.5, 'float');
    b.eventAttribute('mixed').setNumber(r1, 7, 'int');
    b.eventAttribute('mixed').setString(r2, 'seven');
    b.caseAttribute('region').setString(c2, 'north');
    b.setResource(r2, 'pete');
    const log = b.build();
    expect(log.caseIds).toEqual(['1', '2']);
    expect(plainLog(log)).toEqual([
      {
        id: '1',
        attributes: {},
        events: [
          { activity: 'b', timestamp: new Date(t(0)).toISOString(), resource: 'pete', attributes: { mixed: 'seven' } },
          { activity: 'a', timestamp: new Date(t(1)).toISOString(), resource: null, attributes: { n: 1.5, mixed: '7' } },
        ],
      },
      {
        id: '2',
        attributes: { region: 'north' },
        events: [{ activity: 'a', timestamp: new Date(t(5)).toISOString(), resource: null, attributes: { n: 3 } }],
      },
    ]);
    expect(log.eventAttributes.get('n')!.type).toBe('float');
    expect(log.eventAttributes.get('mixed')!.type).toBe('string');
  });

  it('records dropped rows with reasons and examples', () => {
    const b = new EventLogBuilder({ format: 'test', columns });
    b.addEvent(b.caseFor('1'), 'a', t(0));
    b.drop('unparseable timestamp', 3);
    b.drop('unparseable timestamp', 7);
    b.drop('empty activity', 9);
    const log = b.build();
    expect(log.info.dropped.count).toBe(3);
    expect(log.info.dropped.reasons).toEqual({ 'unparseable timestamp': 2, 'empty activity': 1 });
    expect(log.info.dropped.examples[0]).toEqual({ line: 3, reason: 'unparseable timestamp' });
    expect(log.info.eventsRead).toBe(4);
  });

  it('handles many events (array growth)', () => {
    const traces = Array.from({ length: 3000 }, (_, i) => (i % 2 ? 'a b c' : 'a c b'));
    const log = logOf(...traces);
    expect(log.activities.length).toBe(9000);
    expect(log.caseIds.length).toBe(3000);
    expect(caseTrace(log, 2999)).toEqual(['a', 'b', 'c']);
  });
});
