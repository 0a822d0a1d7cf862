/**
 * Reads a process tree from PTML (ProM's and pm4py's XML): operator elements, `manualTask` / `automaticTask` (τ)
 * leaves, `parentsNode` links in child order. Our own small XML scan: no DTD is processed and only predefined
 * entities and character references are known, so nothing external is ever resolved.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import { leaf, node, TAU, type ProcessTree, type TreeOperator } from '../process-tree.js';

const OPERATORS: Record<string, TreeOperator> = { sequence: '->', xor: 'X', and: '+', or: 'O', xorLoop: '*' };

interface XmlElement {
  name: string;
  attributes: Map<string, string>;
  line: number;
}

/**
 * Reads a `.ptml` file.
 *
 * @example
 * const tree = await readPtml('fixtures/models/01_running-example-im.ptml');
 * formatTree(tree); // "->( 'register request', *( … ), X( 'reject request', 'pay compensation' ) )"
 */
export async function readPtml(file: string): Promise<ProcessTree> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError('file-unreadable', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file, cause: error });
  }
  return parsePtml(decodeXml(bytes), file);
}

/** Decodes XML bytes by their BOM or declared encoding (UTF-8 by default; ISO-8859-1 as pm4py writes it). */
export function decodeXml(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.toString('utf8', 3);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.toString('utf16le', 2);
  const head = buffer.toString('latin1', 0, Math.min(buffer.length, 200));
  const declared = /^<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1].toLowerCase();
  if (declared && /^(iso-8859-1|latin-?1|us-ascii|ascii)$/.test(declared)) return buffer.toString('latin1');
  return buffer.toString('utf8');
}

/** Parses PTML text; `file` names the source in errors. */
export function parsePtml(text: string, file = '<ptml>'): ProcessTree {
  const fail = (message: string, line?: number, hint?: string): never => {
    throw new InputError('ptml-malformed', message, { file, line, hint });
  };
  const elements = scanElements(text, fail);
  const treeAt = elements.findIndex((e) => e.name === 'processTree');
  if (treeAt < 0) fail('no <processTree> element', undefined, 'is this a PTML file?');
  const rootId = elements[treeAt].attributes.get('root') ?? fail('<processTree> has no root attribute', elements[treeAt].line);
  const kinds = new Map<string, { element: XmlElement; children: string[] }>();
  const links: XmlElement[] = [];
  for (const e of elements.slice(treeAt + 1)) {
    if (e.name === 'processTree') break;
    if (e.name === 'parentsNode') {
      links.push(e);
      continue;
    }
    if (!(e.name in OPERATORS) && e.name !== 'manualTask' && e.name !== 'automaticTask') fail(`unknown element <${e.name}>`, e.line);
    const id = e.attributes.get('id') ?? fail(`<${e.name}> has no id`, e.line);
    const before = kinds.get(id)?.element;
    // pm4py's own test trees declare a shared leaf twice; only a conflicting redeclaration is an error.
    if (before && (before.name !== e.name || before.attributes.get('name') !== e.attributes.get('name'))) fail(`duplicate id ${id}`, e.line);
    if (before) continue;
    kinds.set(id, { element: e, children: [] });
  }
  for (const link of links) {
    const from = kinds.get(link.attributes.get('sourceId') ?? '') ?? fail('parentsNode with an unknown sourceId', link.line);
    const to = link.attributes.get('targetId') ?? '';
    if (!kinds.has(to)) fail('parentsNode with an unknown targetId', link.line);
    from.children.push(to);
  }
  const visiting = new Set<string>();
  const build = (id: string): ProcessTree => {
    const entry = kinds.get(id) ?? fail(`the root ${id} is not a node`);
    const e = entry.element;
    // A leaf is a value and may hang under several parents; an operator may not.
    if (e.name === 'manualTask') return leaf(e.attributes.get('name') ?? fail('<manualTask> has no name', e.line));
    if (e.name === 'automaticTask') return TAU;
    if (visiting.has(id)) fail(`node ${id} is its own ancestor or has two parents`, e.line);
    visiting.add(id);
    const operator = OPERATORS[e.name];
    const children = entry.children.map(build);
    if (children.length === 0) fail(`<${e.name}> has no children`, e.line);
    // A ProM loop's third child is its exit: ->( *(do, redo), exit ), kept in place (pm4py moves it to the end of
    // its parent, which reorders a sequence).
    if (operator === '*' && children.length === 3) {
      const [body, redo, exit] = children;
      const loop = node('*', [body, redo]);
      return exit.kind === 'leaf' && exit.label === null ? loop : node('->', [loop, exit]);
    }
    return node(operator, children);
  };
  return build(rootId);
}

/** The start and empty-element tags of an XML document, in order; end tags are only checked for nesting. */
function scanElements(text: string, fail: (message: string, line?: number, hint?: string) => never): XmlElement[] {
  const out: XmlElement[] = [];
  const open: string[] = [];
  let i = 0;
  let line = 1;
  const advanceTo = (j: number) => {
    for (let k = i; k < j; k++) if (text.charCodeAt(k) === 10) line++;
    i = j;
  };
  const skipPast = (terminator: string, what: string) => {
    const j = text.indexOf(terminator, i);
    if (j < 0) fail(`unterminated ${what}`, line);
    advanceTo(j + terminator.length);
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    advanceTo(lt);
    if (text.startsWith('<?', i)) skipPast('?>', 'processing instruction');
    else if (text.startsWith('<!--', i)) skipPast('-->', 'comment');
    else if (text.startsWith('<![CDATA[', i)) skipPast(']]>', 'CDATA section');
    else if (text.startsWith('<!DOCTYPE', i)) {
      // Skipped, internal subset included: its entity declarations are never used.
      const bracket = text.indexOf('[', i);
      const close = text.indexOf('>', i);
      if (bracket >= 0 && bracket < close) skipPast(']', 'DOCTYPE');
      skipPast('>', 'DOCTYPE');
    } else if (text.startsWith('</', i)) {
      const close = text.indexOf('>', i);
      if (close < 0) fail('unterminated end tag', line);
      const name = text.slice(i + 2, close).trim();
      if (open.pop() !== name) fail(`unexpected </${name}>`, line);
      advanceTo(close + 1);
    } else {
      const tag = /^<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(text.slice(i, i + 65536));
      if (!tag) fail('malformed tag', line);
      const attributes = new Map<string, string>();
      for (const m of tag[2].matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (attributes.has(m[1])) fail(`duplicate attribute ${m[1]}`, line);
        attributes.set(m[1], decodeEntities(m[2] ?? m[3], (message) => fail(message, line)));
      }
      out.push({ name: tag[1], attributes, line });
      if (tag[3] !== '/') open.push(tag[1]);
      advanceTo(i + tag[0].length);
    }
  }
  if (open.length > 0) fail(`<${open[open.length - 1]}> is never closed`, line);
  return out;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(value: string, fail: (message: string) => never): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);/g, (_, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return PREDEFINED[ref] ?? fail(`unknown entity &${ref}; (only the predefined XML entities are read)`);
  });
}
