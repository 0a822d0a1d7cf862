/**
 * `writeXes`: an event log as streamed XES 1.0 (gzip for `.gz`) that ProM, pm4py and readXes load, keeping the
 * original extensions, globals, classifiers and log attributes. An event with a start time becomes `start` then
 * `complete` events (read back, `merge` recovers it); `list` columns are written back as the nested elements.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Column, EventLog, NestedAttribute, XesMetadata } from '../event-log.js';
import { formatIsoUtc } from '../../util/iso-time.js';
import { formatClassifierKeys } from './classifier-keys.js';
import { escapeXmlAttribute as esc } from './escape-xml-attribute.js';
import {
  ATTRIBUTE_TYPES, CONCEPT_NAME, LIFECYCLE_TRANSITION, ORG_RESOURCE, STANDARD_EXTENSIONS, TIME_TIMESTAMP,
  type XesAttributeNode,
} from './xes-vocabulary.js';

const CHUNK_CHARS = 1 << 16;

/**
 * Writes `log` to `file` as XES (the caller makes the write atomic).
 *
 * @example
 * await writeXes(log, 'out/log.xes.gz');
 */
export async function writeXes(log: EventLog, file: string): Promise<void> {
  const source = Readable.from(renderXes(log));
  const out = createWriteStream(file);
  if (file.toLowerCase().endsWith('.gz')) await pipeline(source, createGzip(), out);
  else await pipeline(source, out);
}

/** The XES text of `log` in UTF-8 chunks of about 64 KiB. */
export function* renderXes(log: EventLog): Generator<Buffer> {
  const xes = log.info.xes;
  const hasStarts = log.startTimestamps !== null && log.startTimestamps.some((v) => !Number.isNaN(v));
  let s = '<?xml version="1.0" encoding="UTF-8" ?>\n';
  s += '<log xes.version="1.0" xes.features="nested-attributes" xmlns="http://www.xes-standard.org/">\n';
  s += renderHeader(log, xes, hasStarts);

  const activities = log.activityNames.map(esc);
  const resources = log.resourceNames.map(esc);
  const caseColumns = [...log.caseAttributes].map(([key, column]) => new ColumnWriter(key, column, '\t\t'));
  const skip = new Set([CONCEPT_NAME, TIME_TIMESTAMP, ORG_RESOURCE]);
  if (hasStarts) skip.add(LIFECYCLE_TRANSITION);
  const eventColumns = [...log.eventAttributes].filter(([key]) => !skip.has(key)).map(([key, column]) => new ColumnWriter(key, column, '\t\t\t'));
  const { caseOffsets, activities: codes, timestamps, startTimestamps: starts, resources: resourceCodes } = log;

  for (let c = 0; c < log.caseIds.length; c++) {
    s += `\t<trace>\n\t\t<string key="concept:name" value="${esc(log.caseIds[c])}"/>\n`;
    for (const w of caseColumns) s += w.render(c);
    for (let e = caseOffsets[c]; e < caseOffsets[c + 1]; e++) {
      const core = `\t\t\t<string key="concept:name" value="${activities[codes[e]]}"/>\n`;
      const resource =
        resourceCodes !== null && resourceCodes[e] >= 0 ? `\t\t\t<string key="org:resource" value="${resources[resourceCodes[e]]}"/>\n` : '';
      if (hasStarts && !Number.isNaN(starts![e])) {
        s += `\t\t<event>\n${core}\t\t\t<string key="lifecycle:transition" value="start"/>\n`;
        s += `\t\t\t<date key="time:timestamp" value="${formatIsoUtc(starts![e])}"/>\n${resource}\t\t</event>\n`;
      }
      s += `\t\t<event>\n${core}`;
      if (hasStarts) s += '\t\t\t<string key="lifecycle:transition" value="complete"/>\n';
      if (!Number.isNaN(timestamps[e])) s += `\t\t\t<date key="time:timestamp" value="${formatIsoUtc(timestamps[e])}"/>\n`;
      s += resource;
      for (const w of eventColumns) s += w.render(e);
      s += '\t\t</event>\n';
    }
    s += '\t</trace>\n';
    if (s.length >= CHUNK_CHARS) {
      yield Buffer.from(s, 'utf8');
      s = '';
    }
  }
  s += '</log>\n';
  yield Buffer.from(s, 'utf8');
}

/** Extensions, globals, classifiers and log attributes. */
function renderHeader(log: EventLog, xes: XesMetadata | undefined, hasStarts: boolean): string {
  let s = '';
  const extensions = [...(xes?.extensions ?? [])];
  const declared = new Set(extensions.map((x) => x.prefix));
  const needed = ['concept'];
  if (log.timestamps.some((v) => !Number.isNaN(v))) needed.push('time');
  if (log.resources !== null) needed.push('org');
  if (hasStarts || log.eventAttributes.has(LIFECYCLE_TRANSITION)) needed.push('lifecycle');
  for (const prefix of needed) if (!declared.has(prefix)) extensions.push(STANDARD_EXTENSIONS[prefix]);
  for (const x of extensions) {
    s += `\t<extension name="${esc(x.name)}" prefix="${esc(x.prefix)}" uri="${esc(x.uri)}"/>\n`;
  }
  for (const g of xes?.globals ?? []) {
    s += `\t<global scope="${esc(g.scope)}">\n`;
    for (const a of g.attributes) s += renderNode(a, '\t\t');
    s += '\t</global>\n';
  }
  const classifiers = xes?.classifiers.length ? xes.classifiers : [{ name: 'Activity classifier', keys: [CONCEPT_NAME] }];
  for (const c of classifiers) {
    const scope = 'scope' in c && c.scope !== undefined ? ` scope="${esc(c.scope)}"` : '';
    s += `\t<classifier name="${esc(c.name)}"${scope} keys="${esc(formatClassifierKeys(c.keys))}"/>\n`;
  }
  for (const a of xes?.attributes ?? []) s += renderNode(a, '\t');
  return s;
}

/** Writes one column's values as XES attribute elements, rendering each distinct text value once. */
class ColumnWriter {
  private readonly key: string;
  private readonly column: Column;
  private readonly indent: string;
  private readonly open: string;
  private readonly cache: (string | undefined)[] = [];

  constructor(key: string, column: Column, indent: string) {
    this.key = key;
    this.column = column;
    this.indent = indent;
    const element = column.type === 'list' ? 'string' : column.type;
    this.open = `${indent}<${element} key="${esc(key)}" value="`;
  }

  render(row: number): string {
    const column = this.column;
    switch (column.type) {
      case 'string':
      case 'id':
      case 'list': {
        const code = column.codes[row];
        if (code < 0) return '';
        let text = this.cache[code];
        if (text === undefined) {
          const value = column.dictionary[code];
          text = column.type === 'list' ? renderJsonAttribute(this.key, value, this.indent) : `${this.open}${esc(value)}"/>\n`;
          this.cache[code] = text;
        }
        return text;
      }
      case 'boolean': {
        const v = column.values[row];
        return v < 0 ? '' : `${this.open}${v === 1 ? 'true' : 'false'}"/>\n`;
      }
      default: {
        const v = column.values[row];
        if (Number.isNaN(v)) return '';
        return `${this.open}${formatNumber(v, column.type)}"/>\n`;
      }
    }
  }
}

function formatNumber(v: number, type: 'int' | 'float' | 'date'): string {
  if (type === 'date') return formatIsoUtc(v);
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  if (type === 'int' && !Number.isSafeInteger(v) && Number.isInteger(v)) return BigInt(v).toString();
  return Object.is(v, -0) ? '-0' : String(v);
}

/** A `list` column value: the JSON of a nested attribute, or else plain text (from another format). */
function renderJsonAttribute(key: string, json: string, indent: string): string {
  let node: unknown;
  try {
    node = JSON.parse(json);
  } catch {
    node = undefined;
  }
  if (isNode(node)) return renderNode(node, indent, key);
  return `${indent}<string key="${esc(key)}" value="${esc(json)}"/>\n`;
}

function isNode(x: unknown): x is XesAttributeNode {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  if (typeof o.key !== 'string' || typeof o.value !== 'string' || !ATTRIBUTE_TYPES.includes(o.type as never)) return false;
  return [o.children, o.meta].every((list) => list === undefined || (Array.isArray(list) && list.every(isNode)));
}

/** A nested attribute with its children; a list's values go inside `<values>`. */
function renderNode(node: NestedAttribute & { meta?: NestedAttribute[] }, indent: string, key = node.key): string {
  const type = ATTRIBUTE_TYPES.includes(node.type as never) ? node.type : 'string';
  const head = `${indent}<${type} key="${esc(key)}"`;
  const inner = indent + '\t';
  if (type === 'list') {
    if (node.children === undefined && node.meta === undefined) return `${head}/>\n`;
    let s = `${head}>\n`;
    for (const m of node.meta ?? []) s += renderNode(m, inner);
    if (node.children !== undefined) {
      if (node.children.length === 0) s += `${inner}<values/>\n`;
      else {
        s += `${inner}<values>\n`;
        for (const child of node.children) s += renderNode(child, inner + '\t');
        s += `${inner}</values>\n`;
      }
    }
    return `${s}${indent}</list>\n`;
  }
  const value = type === 'container' ? '' : ` value="${esc(node.value)}"`;
  if (node.children === undefined) return `${head}${value}/>\n`;
  let s = `${head}${value}>\n`;
  for (const child of node.children) s += renderNode(child, inner);
  return `${s}${indent}</${type}>\n`;
}
