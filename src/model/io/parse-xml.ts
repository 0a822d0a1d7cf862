/**
 * A small, safe XML element tree for the model readers (PNML now, BPMN and PTML may share it): saxes checks
 * well-formedness, expands only XML's predefined entities and character references (no DTD, no external or custom
 * entities, so no XXE and no entity bombs), and each element keeps the line and column where it opens.
 */
import { SaxesParser } from 'saxes';
import { InputError } from '../../errors.js';

export interface XmlElement {
  /** the local name, without a namespace prefix. */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** the element's own character data (text and CDATA directly inside it), concatenated. */
  text: string;
  /** 1-based position of the start tag. */
  readonly line: number;
  readonly column: number;
}

/**
 * Decodes XML bytes by their byte-order mark or declared encoding: UTF-8 by default, UTF-16 with a BOM, and
 * ISO-8859-1 (as ProM writes PNML).
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.toString('utf8', 3);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.toString('utf16le', 2);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return Buffer.from(buffer.subarray(2)).swap16().toString('utf16le');
  const head = buffer.toString('latin1', 0, Math.min(buffer.length, 200));
  const declared = /^<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1].toLowerCase();
  if (declared && /^(iso-8859-1|iso_8859-1|latin-?1|us-ascii|ascii)$/.test(declared)) return buffer.toString('latin1');
  return buffer.toString('utf8');
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/**
 * Parses XML text into elements; malformed XML is an InputError with `code` (e.g. `'pnml-malformed'`), line and
 * column.
 */
export function parseXml(text: string, file: string, code: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let tagLine = 1;
  let tagColumn = 1;
  parser.on('opentagstart', (tag) => {
    tagLine = parser.line;
    // the parser stands just past the name; the tag opens at its '<'.
    tagColumn = Math.max(1, parser.column - tag.name.length);
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attributes[localName(k)] = v as string;
    const element: XmlElement = { name: localName(tag.name), attributes, children: [], text: '', line: tagLine, column: tagColumn };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (t: string) => {
    if (stack.length > 0) stack[stack.length - 1].text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('error', (error) => {
    // saxes prefixes its message with `line:column: ` (1-based), the position where it noticed the fault.
    const at = /^(?:.*?:)?(\d+):(\d+): (.*)$/s.exec(error.message);
    const line = at ? Number(at[1]) : parser.line;
    const column = at ? Number(at[2]) : parser.column + 1;
    throw new InputError(code, `malformed XML: ${at ? at[3] : error.message}`, { file, line, column, cause: error });
  });
  parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  if (!root) throw new InputError(code, 'the file holds no XML element', { file });
  return root;
}

/** The children of `element` with local name `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The first child of `element` with local name `name`. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}
