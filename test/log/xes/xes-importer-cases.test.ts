/**
 * Reference tier: pm4py's XES importer conformance files (fixtures/logs/xes-importer). pm4py's own test imports
 * each, exports it, imports it again and expects the same number of traces, tolerating a SyntaxError; its
 * importer fails on 8 of them (events outside a trace, a second <log>, a <trace> in an <event>, an empty file).
 * What pm4py accepts we accept with the same values, except where marked DIFFERS:
 * - invalid int / float / boolean / date values are errors here (pm4py logs them and leaves them out, and reads
 *   any boolean other than "true" as false); `skipInvalid` leaves them out with a warning;
 * - events directly in <log> (IEEE 1849 allows them) are reported as dropped, where pm4py fails;
 * - an event without concept:name is an error (pm4py keeps it without an activity).
 * Each accepted file also goes through writeXes and back unchanged (log, globals, classifiers, log attributes).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventLog, XesMetadata } from '../../../src/log/event-log.js';
import { readXes } from '../../../src/log/xes/read-xes.js';
import { writeXes } from '../../../src/log/xes/write-xes.js';
import { plainLog } from '../../helpers/log-equal.js';

const dir = join(__dirname, '..', '..', '..', 'fixtures', 'logs', 'xes-importer');
const out = mkdtempSync(join(tmpdir(), 'procmine-xes-importer-'));

const EVENT_GLOBALS = { scope: 'event', attributes: [str('concept:name', 'name'), str('org:resource', 'name')] };
const TRACE_GLOBALS = { scope: 'trace', attributes: [str('instance', 'name'), str('role', 'name')] };
const NAME_CLASSIFIER = { name: 'name', keys: ['concept:name', 'org:resource'] };

function str(key: string, value: string): { key: string; type: 'string'; value: string } {
  return { key, type: 'string', value };
}

interface Accepted {
  /** cases and events read (after dropping). */
  events?: [number, number];
  dropped?: Record<string, number>;
  warning?: string;
  xes?: Partial<XesMetadata>;
  check?: (log: EventLog) => void;
}

type Expectation = Accepted | { error: string; line?: number; message?: string; skipInvalid?: Accepted };

const CASES: Record<string, Expectation> = {
  'attributeEventSwapped.xes': { dropped: { 'event outside a trace': 1 }, xes: { attributes: [str('concept:name', 'name')] } },
  'attributeTraceSwapped.xes': { events: [0, 0], xes: { attributes: [str('concept:name', 'name')] } },
  'attributeValuesSwapped.xes': {
    // the string after <values> is the list's own attribute; the list has no values
    xes: { attributes: [{ key: 'list', type: 'list', value: '', children: [], meta: [str('key', 'value')] } as never] },
  },
  'booleanCorrectValue.xes': {
    xes: { globals: [EVENT_GLOBALS, TRACE_GLOBALS], classifiers: [NAME_CLASSIFIER], attributes: [{ key: 'expression', type: 'boolean', value: 'true' }] },
  },
  // DIFFERS: pm4py drops the value (a float "yes") with a log message
  'booleanIncorrectValue.xes': {
    error: 'xes-invalid-value',
    line: 13,
    message: 'invalid float value "yes"',
    skipInvalid: { warning: '1 attribute value(s) were left out: invalid float value (first at line 13)', xes: { attributes: [] } },
  },
  // a <global> without scope is an event global (pm4py leaves it out)
  'classifierAttributeSwapped.xes': {
    xes: { globals: [{ scope: 'event', attributes: [str('concept:name', 'name')] }], classifiers: [{ name: 'name', keys: ['concept:name'] }] },
  },
  'classifierCorrectAttributes.xes': { xes: { globals: [EVENT_GLOBALS], classifiers: [NAME_CLASSIFIER] } },
  'classifierEmptyKeys.xes': { xes: { classifiers: [{ name: 'name', keys: [] }] } },
  'classifierEventCorrectAttributes.xes': { xes: { classifiers: [{ ...NAME_CLASSIFIER, scope: 'event' }] } },
  // DIFFERS: pm4py fails (an event outside a trace)
  'classifierEventSwapped.xes': { dropped: { 'event outside a trace': 1 }, xes: { classifiers: [{ name: 'name', keys: ['concept:name'] }] } },
  'classifierIncorrectKey.xes': { xes: { classifiers: [{ name: 'name', keys: ['concept:name', 'resource'] }] } },
  'classifierIncorrectScope.xes': { xes: { classifiers: [{ ...NAME_CLASSIFIER, scope: 'incorrect' }] } },
  'classifierNoAttributes.xes': { warning: '1 classifier declaration(s) without name and keys were ignored (first at line 8)', xes: { classifiers: [] } },
  'classifierTooManyAttributes.xes': { xes: { classifiers: [NAME_CLASSIFIER] } },
  'classifierTraceCorrectAttributes.xes': { xes: { globals: [TRACE_GLOBALS], classifiers: [{ name: 'name', keys: ['instance', 'role'], scope: 'trace' }] } },
  'classifierTraceSwapped.xes': { xes: { classifiers: [{ name: 'name', keys: ['concept:name'] }] } },
  'dateCorrectValue.xes': { xes: { attributes: [{ key: 'long ago', type: 'date', value: '2002-05-30T09:30:10Z' }] } },
  // DIFFERS: pm4py drops the value
  'dateIncorrectValue.xes': { error: 'xes-invalid-value', line: 13, message: 'invalid date value "2002-0530T09:30:10Z"' },
  'dateNoTZD.xes': { xes: { attributes: [{ key: 'long ago', type: 'date', value: '2002-05-30T09:30:10' }] } },
  // DIFFERS (these five): pm4py fails on the two events outside the trace; the unknown <text> is ignored
  'elementIncorrect.xes': {
    events: [1, 2],
    dropped: { 'event outside a trace': 2 },
    warning: '1 unexpected <text> element(s) in <trace> were ignored (first at line 15)',
    check: (log) => expect(plainLog(log)[0]).toEqual(traceOfTwo({ instance: 'name', role: 'name' })),
  },
  'eventCorrectAttributes.xes': { events: [1, 2], dropped: { 'event outside a trace': 2 }, check: (log) => expect(plainLog(log)[0]).toEqual(traceOfTwo()) },
  // the same key twice in an event: the last value counts, as in pm4py's dict
  'eventIdenticalAttributes.xes': { events: [1, 2], dropped: { 'event outside a trace': 2 }, check: (log) => expect(plainLog(log)[0]).toEqual(traceOfTwo()) },
  // an int org:resource is a resource named "0"
  'eventIncorrectType.xes': {
    events: [1, 2],
    dropped: { 'event outside a trace': 2 },
    check: (log) => expect(plainLog(log)[0].events.map((e) => e.resource)).toEqual(['name', '0']),
  },
  'eventTooManyAttributes.xes': { events: [1, 2], dropped: { 'event outside a trace': 2 }, check: (log) => expect(plainLog(log)[0]).toEqual(traceOfTwo()) },
  'extensionAttributeSwapped.xes': { xes: { extensions: [concept()], attributes: [str('key', 'value')] } },
  'extensionClassifierSwapped.xes': { xes: { extensions: [concept()], classifiers: [{ name: 'name', keys: ['key'] }] } },
  'extensionCorrectAttributes.xes': { xes: { extensions: [concept()] } },
  'extensionEventSwapped.xes': { dropped: { 'event outside a trace': 1 }, xes: { extensions: [concept()] } },
  'extensionGlobalSwapped.xes': { xes: { globals: [{ scope: 'event', attributes: [] }] } },
  // DIFFERS: pm4py keeps the event without an activity
  'extensionIncorrectKey.xes': {
    error: 'xes-no-activity',
    line: 12,
    skipInvalid: { events: [0, 0], dropped: { 'event without concept:name': 1 } },
  },
  'extensionNoAttributes.xes': { warning: '1 extension declaration(s) without name, prefix and uri were ignored (first at line 2)', xes: { extensions: [] } },
  'extensionNotDeclared.xes': { xes: { globals: [EVENT_GLOBALS] } },
  'extensionStandard.xes': {
    check: (log) =>
      expect(log.info.xes?.extensions.map((x) => x.prefix)).toEqual(['concept', 'lifecycle', 'org', 'time', 'semantic', 'identity', 'cost']),
  },
  'extensionTooManyAttributes.xes': { xes: { extensions: [concept()] } },
  'extensionTraceSwapped.xes': { events: [0, 0], xes: { extensions: [concept()] } },
  'globalAttributeSwapped.xes': { xes: { globals: [{ scope: 'event', attributes: [str('concept:name', 'name')] }], attributes: [str('concept:name', 'name')] } },
  'globalClassifierSwapped.xes': {
    xes: {
      globals: [
        { scope: 'event', attributes: [str('concept:name', 'name')] },
        { scope: 'event', attributes: [str('concept:instance', 'instance')] },
      ],
    },
  },
  'globalEventStringCorrectAttributes.xes': { xes: { globals: [{ scope: 'event', attributes: [str('concept:name', 'name')] }] } },
  'globalEventSwapped.xes': { dropped: { 'event outside a trace': 1 } },
  'globalIncorrectScope.xes': {
    warning: "1 global declaration(s) with scope 'incorrect' (not trace or event) kept as they are (first at line 3)",
    xes: { globals: [{ scope: 'incorrect', attributes: [] }] },
  },
  'globalNoAttributes.xes': { xes: { globals: [{ scope: 'event', attributes: [] }] } },
  'globalStringCorrectAttributes.xes': { xes: { globals: [{ scope: 'event', attributes: [str('concept:name', 'name')] }] } },
  // an attribute without key or value keeps "" for both (pm4py: None)
  'globalStringNoAttributes.xes': { xes: { globals: [{ scope: 'event', attributes: [str('', '')] }] } },
  'globalStringTooManyAttributes.xes': { xes: { globals: [{ scope: 'event', attributes: [str('concept:name', 'name')] }] } },
  'globalTooManyAttributes.xes': { xes: { globals: [{ scope: 'event', attributes: [] }] } },
  'globalTraceStringCorrectAttributes.xes': { xes: { globals: [{ scope: 'trace', attributes: [str('concept:name', 'name')] }] } },
  'globalTraceSwapped.xes': { events: [0, 0] },
  'idCorrectValue.xes': { xes: { attributes: [{ key: 'id', type: 'id', value: '550e8400-e29b-41d4-a716-446655440000' }] } },
  // like pm4py, an id need not be a UUID
  'idIncorrectValue.xes': { xes: { attributes: [{ key: 'id', type: 'id', value: 'No ID' }] } },
  'intCorrectValue.xes': { xes: { attributes: [{ key: 'number', type: 'int', value: '0' }] } },
  // DIFFERS: pm4py drops the value
  'intIncorrectValue.xes': { error: 'xes-invalid-value', line: 13, message: 'invalid int value "0.0"' },
  'listEmptyValues.xes': { xes: { attributes: [{ key: 'list', type: 'list', value: '', children: [] }] } },
  'listNoValues.xes': { xes: { attributes: [{ key: 'list', type: 'list', value: '' }] } },
  'listTwoValues.xes': { xes: { attributes: [{ key: 'list', type: 'list', value: '', children: [str('name', 'name1'), str('name', 'name2')] }] } },
  'logCorrectAttributes.xes': { xes: { version: '1849.2016', features: '' } },
  'logNoAttributes.xes': { xes: { version: undefined, features: undefined } },
  'logNoNestedAttributes.xes': { xes: { features: 'nested-attributes' } },
  'logOutOfPlace.xes': { error: 'xes-structure', line: 29, message: '<log> inside <event>' },
  'logTooManyAttributes.xes': { xes: { version: '1849.2016' } },
  'noLog.xes': { error: 'xml-malformed', line: 1, message: 'no root element' },
  'realCorrectValue.xes': { xes: { attributes: [{ key: 'number', type: 'float', value: '1.0' }] } },
  // DIFFERS: pm4py drops the value
  'realIncorrectValue.xes': { error: 'xes-invalid-value', line: 13, message: 'invalid float value "1.0.0"' },
  'stringCorrectAttributes.xes': { xes: { attributes: [str('concept:name', 'name')] } },
  'stringNestedNotDeclared.xes': { xes: { attributes: [{ ...str('concept:name', 'name'), children: [str('name', 'name')] }] } },
  'stringNoAttributes.xes': { xes: { attributes: [str('', '')] } },
  'stringNotNestedButDeclared.xes': { xes: { attributes: [str('concept:name', 'name')] } },
  'stringTooManyAttributes.xes': { xes: { attributes: [str('concept:name', 'name')] } },
  // a trace without events is no case
  'traceCorrectAttributes.xes': { events: [0, 0], warning: '1 case(s) without events after reading were left out' },
  'traceEventSwapped.xes': { events: [0, 0], dropped: { 'event outside a trace': 1 } },
  'traceOutOfPlace.xes': { error: 'xes-structure', line: 29, message: '<trace> inside <event>' },
  'traceTooManyAttributes.xes': { events: [0, 0] },
};

function concept(): { name: string; prefix: string; uri: string } {
  return { name: 'Concept', prefix: 'concept', uri: 'http://www.xes-standard.org/concept.xesext' };
}

/** The one trace of the event* files: two events "name" by "name", numbered case 1 (it has no concept:name). */
function traceOfTwo(attributes: Record<string, string> = { instance: 'name', role: 'name' }): unknown {
  const e = { activity: 'name', timestamp: null, resource: 'name', attributes: {} };
  return { id: '1', attributes, events: [e, e] };
}

async function checkAccepted(file: string, expected: Accepted, skipInvalid = false): Promise<void> {
  const log = await readXes(join(dir, file), { lifecycle: 'all', skipInvalid });
  if (expected.events) expect([log.caseIds.length, log.activities.length]).toEqual(expected.events);
  expect(log.info.dropped.reasons).toEqual(expected.dropped ?? {});
  if (expected.warning) expect(log.info.warnings).toContain(expected.warning);
  for (const [key, value] of Object.entries(expected.xes ?? {})) {
    expect(log.info.xes?.[key as keyof XesMetadata], key).toEqual(value);
  }
  expected.check?.(log);

  // pm4py's own test: export and import again
  const copy = join(out, `${file}.${skipInvalid ? 'skip' : 'strict'}.xes`);
  await writeXes(log, copy);
  const back = await readXes(copy, { lifecycle: 'all' });
  expect(plainLog(back)).toEqual(plainLog(log));
  const before = log.info.xes!;
  const after = back.info.xes!;
  expect(after.globals).toEqual(before.globals);
  expect(after.attributes).toEqual(before.attributes);
  expect(after.classifiers).toEqual(before.classifiers.length ? before.classifiers : [{ name: 'Activity classifier', keys: ['concept:name'] }]);
  expect(after.extensions.slice(0, before.extensions.length)).toEqual(before.extensions);
}

describe("pm4py's XES importer cases", () => {
  it('covers every file of the folder', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s', async (file, expected) => {
    if ('error' in expected) {
      const error = await readXes(join(dir, file)).then(
        () => undefined,
        (e: unknown) => e as { code: string; line?: number; message: string; file: string },
      );
      expect(error?.code).toBe(expected.error);
      expect(error?.file).toBe(join(dir, file));
      if (expected.line !== undefined) expect(error?.line).toBe(expected.line);
      if (expected.message !== undefined) expect(error?.message).toContain(expected.message);
      if (expected.skipInvalid) await checkAccepted(file, expected.skipInvalid, true);
    } else {
      await checkAccepted(file, expected);
    }
  });
});
