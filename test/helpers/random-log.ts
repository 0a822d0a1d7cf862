/**
 * Random event logs for the Arrow and Parquet round-trip properties: unique case ids and activity names with
 * non-ASCII text (and the empty string, which is a value, not a missing one), ms timestamps, optional start
 * times and resources, and typed event and case attributes with missing values.
 */
import fc from 'fast-check';
import { EventLogBuilder } from '../../src/log/builder.js';
import type { ColumnBuilder } from '../../src/log/column-builder.js';
import type { EventLog } from '../../src/log/event-log.js';

const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', 'é', '日', '🚀', 'Ω', '\u0301', '"', ',', '\n', 'ß'), maxLength: 6 });

type Value =
  | { type: 'string' | 'id' | 'list'; value: string }
  | { type: 'int' | 'float' | 'date'; value: number }
  | { type: 'boolean'; value: boolean };

const valueOfType: Record<Value['type'], fc.Arbitrary<Value>> = {
  string: text.map((value) => ({ type: 'string', value })),
  id: text.map((value) => ({ type: 'id', value })),
  list: fc.array(fc.integer(), { maxLength: 3 }).map((a) => ({ type: 'list', value: JSON.stringify(a) })),
  int: fc
    .oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(2 ** 60, -(2 ** 55), Number.MAX_SAFE_INTEGER))
    .map((value) => ({ type: 'int', value })),
  float: fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => ({ type: 'float', value })),
  date: fc.integer({ min: -2e12, max: 4e12 }).map((value) => ({ type: 'date', value })),
  boolean: fc.boolean().map((value) => ({ type: 'boolean', value })),
};

const TYPES = Object.keys(valueOfType) as Value['type'][];

/** Per attribute key one type; each row has a value of it or none. */
const attributes = (keys: string[]) =>
  fc
    .array(fc.constantFrom(...TYPES), { minLength: keys.length, maxLength: keys.length })
    .map((types) => Object.fromEntries(keys.map((k, i) => [k, types[i]])) as Record<string, Value['type']>);

const row = (schema: Record<string, Value['type']>) =>
  fc.record(
    Object.fromEntries(Object.entries(schema).map(([k, t]) => [k, fc.option(valueOfType[t], { nil: undefined, freq: 3 })])),
  ) as fc.Arbitrary<Record<string, Value | undefined>>;

const spec = fc
  .record({ eventSchema: attributes(['cost', 'note', 'flag']), caseSchema: attributes(['region', 'amount']) })
  .chain(({ eventSchema, caseSchema }) =>
    fc.record({
      withStarts: fc.boolean(),
      withResources: fc.boolean(),
      cases: fc.uniqueArray(
        fc.record({
          id: text,
          attrs: row(caseSchema),
          events: fc.array(
            fc.record({
              activity: text,
              time: fc.integer({ min: 0, max: 4e12 }),
              startBefore: fc.option(fc.integer({ min: 0, max: 86_400_000 }), { nil: undefined }),
              resource: fc.option(text, { nil: undefined }),
              attrs: row(eventSchema),
            }),
            { minLength: 1, maxLength: 5 },
          ),
        }),
        { selector: (c) => c.id, minLength: 1, maxLength: 6 },
      ),
    }),
  );

function setValue(column: ColumnBuilder, row: number, v: Value): void {
  if (typeof v.value === 'boolean') column.setBoolean(row, v.value);
  else if (typeof v.value === 'number') column.setNumber(row, v.value, v.type as 'int' | 'float' | 'date');
  else column.setString(row, v.value, v.type as 'string' | 'id' | 'list');
}

/** A random log, built as a reader would build it. */
export const randomLog: fc.Arbitrary<EventLog> = spec.map((s) => {
  const b = new EventLogBuilder({ format: 'memory', columns: { case: 'case', activity: 'activity', timestamp: 'time' } });
  for (const c of s.cases) {
    const ci = b.caseFor(c.id);
    for (const [k, v] of Object.entries(c.attrs)) if (v !== undefined) setValue(b.caseAttribute(k), ci, v);
    for (const e of c.events) {
      const r = b.addEvent(ci, e.activity, e.time);
      if (s.withStarts && e.startBefore !== undefined) b.setStartTimestamp(r, e.time - e.startBefore);
      if (s.withResources && e.resource !== undefined) b.setResource(r, e.resource);
      for (const [k, v] of Object.entries(e.attrs)) if (v !== undefined) setValue(b.eventAttribute(k), r, v);
    }
  }
  return b.build();
});

/** The attribute type of every column, to check that a re-read keeps them. */
export function columnTypes(log: EventLog): { event: Record<string, string>; case: Record<string, string> } {
  return {
    event: Object.fromEntries([...log.eventAttributes].map(([k, c]) => [k, c.type])),
    case: Object.fromEntries([...log.caseAttributes].map(([k, c]) => [k, c.type])),
  };
}
