/**
 * Property tier: a random log written and read back through every writer in a chain
 * (CSV → XES.gz → Arrow → Parquet → CSV) keeps every case, event, attribute value and timestamp (ms).
 * Generated text avoids what a CSV cannot tell apart: empty strings (= missing) and strings that read as
 * numbers or booleans.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventLogBuilder } from '../../src/log/builder.js';
import { readLog, writeLog } from '../../src/log/read-log.js';
import type { EventLog } from '../../src/log/event-log.js';
import { plainLog } from '../helpers/log-equal.js';

const text = fc
  .string({ unit: fc.constantFrom('a', 'B', ' ', ',', ';', '"', "'", '\n', '<', '&', '>', 'é', '日', '\t', 'x', '|'), minLength: 1, maxLength: 8 })
  .filter((s) => s.trim() !== '' && !/^\s*[-+]?(\d|\.\d)/.test(s) && !/^(true|false)$/i.test(s.trim()) && s === s.trim());

const attributeValue = fc.oneof(
  fc.record({ type: fc.constant('string' as const), value: text }),
  fc.record({ type: fc.constant('int' as const), value: fc.integer({ min: -1e9, max: 1e9 }) }),
  fc.record({ type: fc.constant('float' as const), value: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x)) }),
  fc.record({ type: fc.constant('boolean' as const), value: fc.boolean() }),
);

const event = fc.record({
  activity: text,
  gapMs: fc.integer({ min: 0, max: 5 * 86_400_000 }),
  durationMs: fc.option(fc.integer({ min: 0, max: 3_600_000 }), { nil: undefined }),
  resource: fc.option(text, { nil: undefined }),
  attrs: fc.dictionary(fc.constantFrom('k1', 'k2', 'k3'), attributeValue, { maxKeys: 3 }),
});

const logSpec = fc.record({
  withStarts: fc.boolean(),
  cases: fc.array(
    fc.record({
      id: text,
      offsetMs: fc.integer({ min: 0, max: 365 * 86_400_000 }),
      attrs: fc.dictionary(fc.constantFrom('region', 'amount'), attributeValue, { maxKeys: 2 }),
      events: fc.array(event, { minLength: 1, maxLength: 6 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

type Spec = typeof logSpec extends fc.Arbitrary<infer T> ? T : never;

// Attribute keys get one type each across the log so that the columns are typed the same way after a CSV.
function build(spec: Spec): EventLog {
  const b = new EventLogBuilder({ format: 'memory', columns: { case: 'case', activity: 'activity', timestamp: 'time' } });
  const typeOf = new Map<string, string>();
  const set = (col: ReturnType<EventLogBuilder['eventAttribute']>, row: number, key: string, v: Spec['cases'][0]['attrs'][string]) => {
    const t = typeOf.get(key) ?? v.type;
    typeOf.set(key, t);
    if (t !== v.type) return;
    if (v.type === 'string') col.setString(row, v.value);
    else if (v.type === 'boolean') col.setBoolean(row, v.value);
    else col.setNumber(row, v.value, v.type);
  };
  const seen = new Set<string>();
  const t0 = Date.UTC(2023, 0, 1);
  for (const c of spec.cases) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    const ci = b.caseFor(c.id);
    for (const [k, v] of Object.entries(c.attrs)) set(b.caseAttribute(k), ci, `case:${k}`, v);
    let t = t0 + c.offsetMs;
    for (const e of c.events) {
      // intervals of one case never overlap, so start/complete pairs are unambiguous in XES
      const start = t + e.gapMs;
      const end = start + (spec.withStarts && e.durationMs !== undefined ? e.durationMs : 0);
      t = end;
      const row = b.addEvent(ci, e.activity, end);
      if (spec.withStarts && e.durationMs !== undefined) b.setStartTimestamp(row, start);
      if (e.resource !== undefined) b.setResource(row, e.resource);
      for (const [k, v] of Object.entries(e.attrs)) set(b.eventAttribute(k), row, k, v);
    }
  }
  return b.build();
}

describe('round trip through every writer', () => {
  it('CSV → XES.gz → Arrow → Parquet → CSV loses nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmine-rt-'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(logSpec, async (spec) => {
        const original = build(spec);
        let log = original;
        for (const ext of ['.csv', '.xes.gz', '.arrow', '.parquet', '.csv']) {
          const file = join(dir, `${n++}${ext}`);
          await writeLog(log, file);
          log = await readLog(file);
        }
        expect(plainLog(log)).toEqual(plainLog(original));
      }),
      { numRuns: 60 },
    );
  });
});
