/**
 * The XES vocabulary both directions share: element and attribute names (their index is the tokenizer's name
 * id), attribute types, the standard keys procmine maps to core fields, and the standard extensions.
 */
import type { NestedAttribute } from '../event-log.js';

export const XES_NAMES = [
  'log', 'trace', 'event',
  'string', 'date', 'int', 'float', 'boolean', 'id', 'list', 'container',
  'values', 'extension', 'global', 'classifier',
  'key', 'value', 'name', 'prefix', 'uri', 'scope', 'keys', 'xes.version', 'xes.features',
] as const;

export const N_LOG = 0;
export const N_TRACE = 1;
export const N_EVENT = 2;
/** attribute elements are N_STRING … N_CONTAINER, in the order of {@link ATTRIBUTE_TYPES}. */
export const N_STRING = 3;
export const N_DATE = 4;
export const N_INT = 5;
export const N_FLOAT = 6;
export const N_BOOLEAN = 7;
export const N_ID = 8;
export const N_LIST = 9;
export const N_CONTAINER = 10;
export const N_VALUES = 11;
export const N_EXTENSION = 12;
export const N_GLOBAL = 13;
export const N_CLASSIFIER = 14;
export const A_KEY = 15;
export const A_VALUE = 16;
export const A_NAME = 17;
export const A_PREFIX = 18;
export const A_URI = 19;
export const A_SCOPE = 20;
export const A_KEYS = 21;
export const A_VERSION = 22;
export const A_FEATURES = 23;

export const ATTRIBUTE_TYPES = ['string', 'date', 'int', 'float', 'boolean', 'id', 'list', 'container'] as const;
export type XesAttributeType = (typeof ATTRIBUTE_TYPES)[number];

export function isAttributeElement(nameId: number): boolean {
  return nameId >= N_STRING && nameId <= N_CONTAINER;
}

export const CONCEPT_NAME = 'concept:name';
export const CONCEPT_INSTANCE = 'concept:instance';
export const TIME_TIMESTAMP = 'time:timestamp';
export const ORG_RESOURCE = 'org:resource';
export const LIFECYCLE_TRANSITION = 'lifecycle:transition';
export const CORE_KEYS = [CONCEPT_NAME, TIME_TIMESTAMP, ORG_RESOURCE, LIFECYCLE_TRANSITION, CONCEPT_INSTANCE];

/**
 * A nested XES attribute as procmine keeps it (JSON text in `list` columns). For a list, `children` are its
 * values in order and `meta` the list's own attributes (written outside `<values>`), which are rare.
 */
export interface XesAttributeNode extends NestedAttribute {
  children?: XesAttributeNode[];
  meta?: XesAttributeNode[];
}

export const STANDARD_EXTENSIONS: Record<string, { name: string; prefix: string; uri: string }> = {
  concept: { name: 'Concept', prefix: 'concept', uri: 'http://www.xes-standard.org/concept.xesext' },
  time: { name: 'Time', prefix: 'time', uri: 'http://www.xes-standard.org/time.xesext' },
  lifecycle: { name: 'Lifecycle', prefix: 'lifecycle', uri: 'http://www.xes-standard.org/lifecycle.xesext' },
  org: { name: 'Organizational', prefix: 'org', uri: 'http://www.xes-standard.org/org.xesext' },
};
