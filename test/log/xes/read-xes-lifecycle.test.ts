/**
 * Unit tier: the lifecycle modes on fixtures/xes/lifecycle.xes, a hand-made log of two cases. Case a: register
 * start 09:00 / complete 09:10; review schedule 09:15, start 09:20 / COMPLETE 09:50, start 10:00 / complete 10:30;
 * decide complete 11:00. Case b (written out of time order): pay complete 08:30, register start 08:00 without a
 * complete. Expected events and start times worked out by hand.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXes } from '../../../src/log/xes/read-xes.js';
import { plainLog } from '../../helpers/log-equal.js';

const path = join(__dirname, '..', '..', '..', 'fixtures', 'xes', 'lifecycle.xes');

/** [activity, start HH:MM or null, end HH:MM] per event, per case. */
async function shape(lifecycle: 'all' | 'complete' | 'merge' | 'auto'): Promise<[string, [string, string | null, string][]][]> {
  const log = await readXes(path, { lifecycle });
  const hhmm = (iso: string | null | undefined): string | null => (iso ? iso.slice(11, 16) : null);
  return plainLog(log).map((c) => [c.id, c.events.map((e) => [e.activity, hhmm(e.start), hhmm(e.timestamp)!])]);
}

describe('readXes lifecycle modes', () => {
  it('all: every event as it is, lifecycle kept as an attribute (pm4py view)', async () => {
    const log = await readXes(path, { lifecycle: 'all' });
    expect(log.startTimestamps).toBeNull();
    expect(plainLog(log).map((c) => c.events.map((e) => `${e.activity}/${e.attributes['lifecycle:transition']}@${e.timestamp!.slice(11, 16)}`))).toEqual([
      [
        'register/start@09:00',
        'register/complete@09:10',
        'review/schedule@09:15',
        'review/start@09:20',
        'review/COMPLETE@09:50',
        'review/start@10:00',
        'review/complete@10:30',
        'decide/complete@11:00',
      ],
      ['register/start@08:00', 'pay/complete@08:30'],
    ]);
    expect(log.info.eventsRead).toBe(10);
  });

  it('complete: complete events only (either case)', async () => {
    expect(await shape('complete')).toEqual([
      ['a', [['register', null, '09:10'], ['review', null, '09:50'], ['review', null, '10:30'], ['decide', null, '11:00']]],
      ['b', [['pay', null, '08:30']]],
    ]);
  });

  it('merge: each start joins the next complete of its activity; an unpaired start stays as an instant', async () => {
    expect(await shape('merge')).toEqual([
      ['a', [['register', '09:00', '09:10'], ['review', '09:20', '09:50'], ['review', '10:00', '10:30'], ['decide', null, '11:00']]],
      ['b', [['register', '08:00', '08:00'], ['pay', null, '08:30']]],
    ]);
    const log = await readXes(path, { lifecycle: 'merge' });
    expect(log.info.lifecycle).toMatchObject({ mode: 'merge', merged: 3, unpairedStarts: 1, unpairedCompletes: 2 });
    expect(log.info.lifecycle?.transitions.schedule).toEqual({ count: 1, treatment: 'dropped' });
    expect(log.info.columns.lifecycle).toBe('lifecycle:transition');
  });

  it('auto: merge, since the log has start events', async () => {
    expect(await shape('auto')).toEqual(await shape('merge'));
  });

  it('pairs by concept:instance when events carry one, and keeps it as an attribute', async () => {
    const ev = (t: string, time: string, instance: string): string =>
      `<event><string key="concept:name" value="A"/><string key="lifecycle:transition" value="${t}"/>` +
      `<string key="concept:instance" value="${instance}"/><date key="time:timestamp" value="2024-01-01T${time}:00Z"/></event>`;
    const text = `<log><trace><string key="concept:name" value="1"/>${ev('start', '01:00', 'i1')}${ev('start', '02:00', 'i2')}${ev('complete', '03:00', 'i2')}${ev('complete', '04:00', 'i1')}</trace></log>`;
    const file = join(mkdtempSync(join(tmpdir(), 'procmine-xes-lc-')), 'instances.xes');
    writeFileSync(file, text);
    const log = await readXes(file, { lifecycle: 'merge' });
    expect(plainLog(log)[0].events.map((e) => [e.start!.slice(11, 16), e.timestamp!.slice(11, 16), e.attributes['concept:instance']])).toEqual([
      ['01:00', '04:00', 'i1'],
      ['02:00', '03:00', 'i2'],
    ]);
  });
});
