/**
 * A streaming XML tokenizer over UTF-8 bytes, fast enough for 100 MB XES files: start/end tags and attributes;
 * text, comments, CDATA, PIs and the DOCTYPE (its internal subset never processed) skipped. Only predefined and
 * character references exist: any other entity is an error, so nothing external is fetched and nothing expands.
 */
import { TextDecoder } from 'node:util';
import { InputError } from '../../errors.js';
import { ByteInterner, hashBytes } from './byte-interner.js';
import { decodeAttributeValue, isPredefinedEntity } from './decode-attribute-value.js';

/** Receives the elements; reads the current tag from the tokenizer during the call. */
export interface XmlHandler {
  /** A start tag or an empty-element tag (`t.selfClosing`, and `endElement` follows at once). */
  startElement(t: XmlTokenizer): void;
  endElement(t: XmlTokenizer): void;
}

export interface XmlTokenizerOptions {
  /** the file name for error messages. */
  file: string;
  /** element and attribute names the handler tests by id: `nameId` / `attrNameId` give their index here. */
  knownNames?: readonly string[];
  /** attribute values to intern first (so that they come back as these very strings). */
  knownValues?: readonly string[];
  /** the longest token (tag, comment, …) accepted, in bytes; default 64 MiB. */
  maxTokenBytes?: number;
}

/** Attribute value flags. */
const HAS_REFERENCE = 1;
const HAS_WHITESPACE = 2;
const NEEDS_DECODE = HAS_REFERENCE | HAS_WHITESPACE;

/** bytes of the current line kept across chunks for exact error columns. */
const LINE_PREFIX_KEPT = 4096;

const LT = 60;
const GT = 62;
const AMP = 38;
const SLASH = 47;
const NEWLINE = 10;

/** Bytes an attribute value scan must look at: controls, quotes, `&`, `<`. */
const VALUE_SPECIAL = new Uint8Array(256);
for (let c = 0; c < 32; c++) VALUE_SPECIAL[c] = 1;
for (const c of [34, 38, 39, 60]) VALUE_SPECIAL[c] = 1;

/** Bytes that end a name: whitespace and controls, `" & ' / < = > ?`. */
const NAME_END = new Uint8Array(256);
for (let c = 0; c <= 32; c++) NAME_END[c] = 1;
for (const c of [34, 38, 39, 47, 60, 61, 62, 63]) NAME_END[c] = 1;

export class XmlTokenizer {
  // The current tag, valid during a handler call.
  /** local name (after any `prefix:`). */
  name = '';
  /** qualified name as written. */
  qname = '';
  /** index of `name` in `knownNames`, or -1. */
  nameId = -1;
  selfClosing = false;
  attrCount = 0;
  private attrNames: string[] = [];
  private attrIds = new Int32Array(8);
  /** byte ranges of the raw attribute values in {@link buffer}. */
  attrStart = new Int32Array(8);
  attrEnd = new Int32Array(8);
  private attrFlags = new Uint8Array(8);

  /** the bytes being parsed; attribute ranges index into it. */
  buffer: Buffer = Buffer.alloc(0);
  private pos = 0;
  /** absolute file offset of buffer[0]. */
  private base = 0;
  /** 1-based line at `pos`, and the absolute offset where that line starts. */
  private line = 1;
  private lineStart = 0;
  private baseLine = 1;
  private baseLineStart = 0;
  /** where the current token (tag) starts: absolute offset, its line and that line's start. */
  tokenStart = 0;
  tokenLine = 1;
  tokenLineStart = 0;

  private readonly stack: string[] = [];
  private readonly localStack: string[] = [];
  private readonly idStack: number[] = [];
  private depth = 0;
  private rootSeen = false;
  private rootClosed = false;
  private started = false;
  private documentStart = 0;
  private decoder: TextDecoder | null = null;

  private readonly handler: XmlHandler;
  private readonly file: string;
  private readonly names = new ByteInterner({ maxEntries: 1 << 16, maxLength: 1024 });
  private readonly knownNameCount: number;
  /** known name id + 1 by (length << 8 | first byte); 0 none, -1 several. */
  private readonly knownByShape: Int16Array;
  private readonly knownBytes: Buffer[];
  private readonly values = new ByteInterner();
  private readonly maxTokenBytes: number;

  constructor(handler: XmlHandler, options: XmlTokenizerOptions) {
    this.handler = handler;
    this.file = options.file;
    for (const name of options.knownNames ?? []) this.names.seed(name);
    this.knownNameCount = this.names.size;
    this.knownBytes = this.names.strings.map((name) => Buffer.from(name, 'utf8'));
    this.knownByShape = new Int16Array(32 << 8);
    const ambiguous = -1;
    this.knownBytes.forEach((bytes, id) => {
      if (bytes.length === 0 || bytes.length >= 32) return;
      const slot = (bytes.length << 8) | bytes[0];
      this.knownByShape[slot] = this.knownByShape[slot] === 0 ? id + 1 : ambiguous;
    });
    for (const value of options.knownValues ?? []) this.values.seed(value);
    this.maxTokenBytes = options.maxTokenBytes ?? 64 * 1024 * 1024;
  }

  /** Parses the next chunk; a token cut by the chunk's end waits for the next one. */
  feed(chunk: Uint8Array): void {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    // Keep the start of the current line too (when short), so that an error's column can be counted in characters.
    let keep = this.pos;
    const lineStart = this.lineStart - this.base;
    if (lineStart >= 0 && lineStart < keep && keep - lineStart <= LINE_PREFIX_KEPT) keep = lineStart;
    if (keep < this.buffer.length) {
      this.buffer = Buffer.concat([this.buffer.subarray(keep), bytes]);
    } else {
      this.buffer = bytes;
    }
    this.base += keep;
    this.pos -= keep;
    this.baseLine = this.line;
    this.baseLineStart = this.lineStart;
    if (!this.started && !this.checkStart()) return;
    this.run();
    if (this.buffer.length - this.pos > this.maxTokenBytes) {
      this.fail('xml-token-too-large', `a single tag or comment is larger than ${this.maxTokenBytes} bytes`, this.base + this.pos);
    }
  }

  /** Ends the input: anything left open or cut off is an error. */
  end(): void {
    if (!this.started) {
      this.checkStart(true);
      this.run();
    }
    if (this.pos < this.buffer.length) {
      const b = this.buffer;
      const p = this.pos;
      let what = 'a tag';
      if (b[p] === AMP) what = 'an entity reference';
      else if (b[p + 1] === 33 && b[p + 2] === 45) what = 'a comment';
      else if (b[p + 1] === 33 && b[p + 2] === 91) what = 'a CDATA section';
      else if (b[p + 1] === 33) what = 'a DOCTYPE';
      else if (b[p + 1] === 63) what = 'a processing instruction';
      this.fail('xml-truncated', `the file ends inside ${what} (truncated file?)`, this.base + p);
    }
    if (!this.rootSeen) {
      this.fail('xml-malformed', 'no root element: the file is empty or not XML', this.base + this.pos);
    }
    if (this.depth > 0) {
      this.fail(
        'xml-truncated',
        `the file ends before <${this.stack[this.depth - 1]}> is closed (truncated file?)`,
        this.base + this.pos,
      );
    }
  }

  /** Index of the attribute with known-name id `id`, or -1. */
  attrIndex(id: number): number {
    for (let i = 0; i < this.attrCount; i++) if (this.attrIds[i] === id) return i;
    return -1;
  }

  attrName(i: number): string {
    return this.attrNames[i];
  }

  attrNameId(i: number): number {
    return this.attrIds[i];
  }

  /** Whether attribute `i`'s raw bytes are its value (no references, no whitespace to normalize). */
  attrIsPlain(i: number): boolean {
    return (this.attrFlags[i] & NEEDS_DECODE) === 0;
  }

  /** The decoded value of attribute `i`; short values are interned (the same text gives the same string). */
  attrValue(i: number): string {
    const b = this.buffer;
    const s = this.attrStart[i];
    const e = this.attrEnd[i];
    if (e - s > this.values.maxLength) return this.decodeValue(b, s, e, this.attrFlags[i]);
    const h = hashBytes(b, s, e);
    const id = this.values.find(b, s, e, h);
    if (id >= 0) return this.values.strings[id];
    const text = this.decodeValue(b, s, e, this.attrFlags[i]);
    this.values.add(b, s, e, h, text);
    return text;
  }

  /** The decoded value of attribute `i` without interning (for values that are unique, such as timestamps). */
  attrText(i: number): string {
    return this.decodeValue(this.buffer, this.attrStart[i], this.attrEnd[i], this.attrFlags[i]);
  }

  /** Absolute file offset of attribute `i`'s value. */
  attrOffset(i: number): number {
    return this.base + this.attrStart[i];
  }

  /** 1-based line and column of an absolute offset in the current buffer; the column is exact (in characters). */
  locate(offset: number): { line: number; column?: number } {
    if (offset < this.base) return { line: this.tokenLine };
    const b = this.buffer;
    let line = this.baseLine;
    let lineStart = this.baseLineStart;
    const end = Math.min(offset - this.base, b.length);
    for (let i = 0; i < end; i++) {
      if (b[i] === NEWLINE) {
        line++;
        lineStart = this.base + i + 1;
      }
    }
    return { line, column: this.columnOf(offset, lineStart) };
  }

  /** The 1-based column of `offset` on the line starting at `lineStart`: characters when those bytes are still here. */
  columnOf(offset: number, lineStart: number): number {
    if (lineStart < this.base) return offset - lineStart + 1;
    const b = this.buffer;
    let column = 1;
    for (let i = lineStart - this.base; i < offset - this.base && i < b.length; i++) {
      if ((b[i] & 0xc0) !== 0x80) column++;
    }
    return column;
  }

  /** Throws an {@link InputError} located at an absolute offset in the current buffer. */
  fail(code: string, message: string, offset: number, hint?: string): never {
    const { line, column } = this.locate(offset);
    throw new InputError(code, message, { file: this.file, line, column, hint });
  }

  private checkStart(final = false): boolean {
    const b = this.buffer;
    if (b.length < 4 && !final) return false;
    this.started = true;
    if ((b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0 && b[1] === LT) || (b[0] === LT && b[1] === 0)) {
      throw new InputError('xml-encoding', 'the file is UTF-16; procmine reads XES in UTF-8 (or a one-byte encoding)', {
        file: this.file,
        line: 1,
        hint: 'convert the file to UTF-8, e.g. with iconv -f UTF-16 -t UTF-8',
      });
    }
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
      this.pos = 3;
      this.lineStart = 3;
    }
    this.documentStart = this.base + this.pos;
    return true;
  }

  private run(): void {
    const b = this.buffer;
    const n = b.length;
    let p = this.pos;
    while (p < n) {
      if (b[p] !== LT) {
        p = this.skipText(b, p, n);
        if (p < n && b[p] !== LT) break; // a reference cut by the chunk's end
        continue;
      }
      this.tokenStart = this.base + p;
      this.tokenLine = this.line;
      this.tokenLineStart = this.lineStart;
      let next = -1;
      if (p + 1 < n) {
        const c = b[p + 1];
        if (c === SLASH) next = this.readEndTag(b, p, n);
        else if (c === 33) next = this.skipMarkupDeclaration(b, p, n);
        else if (c === 63) next = this.skipProcessingInstruction(b, p, n);
        else next = this.readStartTag(b, p, n);
      }
      if (next < 0) {
        this.line = this.tokenLine;
        this.lineStart = this.tokenLineStart;
        break;
      }
      p = next;
    }
    this.pos = p;
  }

  /** Character data: ignored, but checked (references, control characters, nothing outside the root). */
  private skipText(b: Buffer, p: number, n: number): number {
    for (; p < n; p++) {
      const c = b[p];
      if (c === LT) return p;
      if (c < 33) {
        if (c === NEWLINE) {
          this.line++;
          this.lineStart = this.base + p + 1;
        } else if (c !== 32 && c !== 9 && c !== 13) {
          this.failControl(c, p);
        }
        continue;
      }
      if (this.depth === 0) {
        this.fail('xml-malformed', this.rootSeen ? 'text after the root element' : 'text before the root element', this.base + p);
      }
      if (c === AMP) {
        const q = this.checkReference(b, p, n);
        if (q < 0) return p;
        p = q - 1;
      }
    }
    return p;
  }

  private readStartTag(b: Buffer, p: number, n: number): number {
    let q = p + 1;
    const nameStart = q;
    let colon = -1;
    while (q < n && NAME_END[b[q]] === 0) {
      if (b[q] === 58) colon = q;
      q++;
    }
    if (q >= n) return -1;
    if (q === nameStart) this.fail('xml-malformed', `'<' must start a tag; write &lt; for a literal '<'`, this.base + p);
    const qname = this.internName(b, nameStart, q);
    let name = qname;
    let nameId = this.lastNameId;
    if (colon >= 0) {
      name = this.internName(b, colon + 1, q);
      nameId = this.lastNameId;
    }
    let count = 0;
    let selfClosing = false;
    for (;;) {
      let spaced = false;
      while (q < n) {
        const c = b[q];
        if (c === 32 || c === 9 || c === 13) q++;
        else if (c === NEWLINE) {
          this.line++;
          this.lineStart = this.base + q + 1;
          q++;
        } else break;
        spaced = true;
      }
      if (q >= n) return -1;
      let c = b[q];
      if (c === GT) {
        q++;
        break;
      }
      if (c === SLASH) {
        if (q + 1 >= n) return -1;
        if (b[q + 1] !== GT) this.fail('xml-malformed', `expected '>' after '/' in <${qname}>`, this.base + q);
        selfClosing = true;
        q += 2;
        break;
      }
      if (!spaced || NAME_END[c] === 1) {
        this.fail('xml-malformed', `unexpected character '${String.fromCharCode(c)}' in <${qname}>`, this.base + q);
      }
      const attrStart = q;
      while (q < n && NAME_END[b[q]] === 0) q++;
      if (q >= n) return -1;
      const attrName = this.internName(b, attrStart, q);
      const attrId = this.lastNameId;
      q = this.skipSpace(b, q, n);
      if (q >= n) return -1;
      if (b[q] !== 61) this.fail('xml-malformed', `expected '=' after attribute ${attrName} in <${qname}>`, this.base + q);
      q = this.skipSpace(b, q + 1, n);
      if (q >= n) return -1;
      const quote = b[q];
      if (quote !== 34 && quote !== 39) {
        this.fail('xml-malformed', `the value of attribute ${attrName} in <${qname}> must be quoted`, this.base + q);
      }
      const valueStart = ++q;
      let flags = 0;
      for (;;) {
        while (q < n && VALUE_SPECIAL[b[q]] === 0) q++;
        if (q >= n) break;
        c = b[q];
        if (c === quote) break;
        if (c === AMP) {
          const r = this.checkReference(b, q, n);
          if (r < 0) return -1;
          flags |= HAS_REFERENCE;
          q = r;
        } else if (c === LT) {
          this.fail('xml-malformed', `'<' is not allowed in an attribute value; write &lt;`, this.base + q);
        } else if (c < 32) {
          if (c === NEWLINE) {
            this.line++;
            this.lineStart = this.base + q + 1;
          } else if (c !== 9 && c !== 13) {
            this.failControl(c, q);
          }
          flags |= HAS_WHITESPACE;
          q++;
        } else {
          q++; // the other quote character
        }
      }
      if (q >= n) return -1;
      for (let i = 0; i < count; i++) {
        if (this.attrNames[i] === attrName) {
          this.fail('xml-malformed', `attribute ${attrName} appears twice in <${qname}>`, this.base + attrStart);
        }
      }
      if (count === this.attrIds.length) this.growAttributes();
      this.attrNames[count] = attrName;
      this.attrIds[count] = attrId;
      this.attrStart[count] = valueStart;
      this.attrEnd[count] = q;
      this.attrFlags[count] = flags;
      count++;
      q++;
    }
    if (this.rootClosed) this.fail('xml-malformed', `<${qname}> after the root element: only one root element is allowed`, this.base + p);
    this.rootSeen = true;
    this.qname = qname;
    this.name = name;
    this.nameId = nameId;
    this.attrCount = count;
    this.selfClosing = selfClosing;
    this.pos = q;
    this.handler.startElement(this);
    if (selfClosing) {
      this.handler.endElement(this);
      if (this.depth === 0) this.rootClosed = true;
    } else {
      const d = this.depth++;
      this.stack[d] = qname;
      this.localStack[d] = name;
      this.idStack[d] = nameId;
    }
    return q;
  }

  private readEndTag(b: Buffer, p: number, n: number): number {
    let q = p + 2;
    const nameStart = q;
    while (q < n && NAME_END[b[q]] === 0) q++;
    if (q >= n) return -1;
    const qname = this.internName(b, nameStart, q);
    q = this.skipSpace(b, q, n);
    if (q >= n) return -1;
    if (b[q] !== GT) this.fail('xml-malformed', `expected '>' to end </${qname}>`, this.base + q);
    if (this.depth === 0) this.fail('xml-malformed', `end tag </${qname}> without a start tag`, this.base + p);
    const d = this.depth - 1;
    if (this.stack[d] !== qname) {
      this.fail('xml-malformed', `mismatched end tag: expected </${this.stack[d]}>, found </${qname}>`, this.base + p);
    }
    this.depth = d;
    this.qname = qname;
    this.name = this.localStack[d];
    this.nameId = this.idStack[d];
    this.attrCount = 0;
    this.selfClosing = false;
    this.pos = q + 1;
    this.handler.endElement(this);
    if (d === 0) this.rootClosed = true;
    return q + 1;
  }

  /** `<!--…-->`, `<![CDATA[…]]>` or `<!DOCTYPE …>`. */
  private skipMarkupDeclaration(b: Buffer, p: number, n: number): number {
    if (p + 3 >= n) return -1;
    if (b[p + 2] === 45 && b[p + 3] === 45) {
      const end = b.indexOf('-->', p + 4, 'latin1');
      if (end < 0) return -1;
      this.countLines(b, p, end);
      return end + 3;
    }
    if (b[p + 2] === 91) {
      if (p + 9 > n) return -1;
      if (b.toString('latin1', p, p + 9) !== '<![CDATA[') this.fail('xml-malformed', `unexpected '<![' (only <![CDATA[ is allowed)`, this.base + p);
      if (this.depth === 0) this.fail('xml-malformed', 'CDATA outside the root element', this.base + p);
      const end = b.indexOf(']]>', p + 9, 'latin1');
      if (end < 0) return -1;
      this.countLines(b, p, end);
      return end + 3;
    }
    if (p + 9 > n) return -1;
    if (b.toString('latin1', p, p + 9) !== '<!DOCTYPE') this.fail('xml-malformed', `unexpected '<!'`, this.base + p);
    if (this.rootSeen) this.fail('xml-malformed', 'a DOCTYPE is only allowed before the root element', this.base + p);
    return this.skipDoctype(b, p + 9, n);
  }

  /**
   * Skips a DOCTYPE without interpreting it: entity declarations in its internal subset are never read, so a
   * reference to them later fails as an unknown entity.
   */
  private skipDoctype(b: Buffer, q: number, n: number): number {
    let quote = 0;
    let inSubset = false;
    for (; q < n; q++) {
      const c = b[q];
      if (c === NEWLINE) {
        this.line++;
        this.lineStart = this.base + q + 1;
      }
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) {
        quote = c;
      } else if (inSubset) {
        if (c === 93) inSubset = false;
        else if (c === LT && b[q + 1] === 33 && b[q + 2] === 45 && b[q + 3] === 45) {
          const end = b.indexOf('-->', q + 4, 'latin1');
          if (end < 0) return -1;
          this.countLines(b, q, end);
          q = end + 2;
        }
      } else if (c === 91) {
        inSubset = true;
      } else if (c === GT) {
        return q + 1;
      }
    }
    return -1;
  }

  /** `<?target …?>`; the XML declaration's encoding is read here. */
  private skipProcessingInstruction(b: Buffer, p: number, n: number): number {
    const end = b.indexOf('?>', p + 2, 'latin1');
    if (end < 0) return -1;
    let t = p + 2;
    while (t < end && NAME_END[b[t]] === 0) t++;
    const target = b.toString('latin1', p + 2, t);
    if (target.toLowerCase() === 'xml') {
      if (this.base + p !== this.documentStart) {
        this.fail('xml-malformed', 'the XML declaration <?xml …?> must come first in the file', this.base + p);
      }
      this.useEncoding(b.toString('latin1', t, end), p);
    }
    this.countLines(b, p, end);
    return end + 2;
  }

  private useEncoding(declaration: string, p: number): void {
    const m = /encoding\s*=\s*["']([^"']*)["']/.exec(declaration);
    if (!m) return;
    const label = m[1].trim().toLowerCase();
    if (label === 'utf-8' || label === 'utf8' || label === 'us-ascii' || label === 'ascii') return;
    let decoder: TextDecoder | null = null;
    try {
      decoder = new TextDecoder(label);
    } catch {
      decoder = null;
    }
    const oneByte = decoder !== null && (/^(iso-?8859-?\d+|latin-?\d|windows-125\d|cp125\d|l\d)$/.test(label) || decoder.encoding.startsWith('windows-125') || decoder.encoding.startsWith('iso-8859'));
    if (decoder === null || !oneByte) {
      this.fail('xml-encoding', `unsupported encoding '${m[1]}'`, this.base + p, 'procmine reads XES in UTF-8 or a one-byte encoding such as ISO-8859-1; convert the file to UTF-8');
    }
    this.decoder = decoder;
  }

  /** The end of the reference at `p` (just after `;`), or -1 when the buffer ends first; throws when invalid. */
  private checkReference(b: Buffer, p: number, n: number): number {
    let q = p + 1;
    const limit = Math.min(n, p + 1 + 1024);
    while (q < limit && NAME_END[b[q]] === 0 && b[q] !== 59) q++;
    if (q >= n) return -1;
    if (b[q] !== 59) {
      this.fail('xml-malformed', `'&' must start a reference such as &amp;; write &amp; for a literal '&'`, this.base + p);
    }
    const body = b.toString('utf8', p + 1, q);
    if (body.charCodeAt(0) === 35) {
      const hex = body.charCodeAt(1) === 120;
      const digits = body.slice(hex ? 2 : 1);
      const valid = digits.length > 0 && digits.length <= 8 && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits);
      const code = valid ? parseInt(digits, hex ? 16 : 10) : -1;
      // Lenient beyond XML 1.0 on purpose: procmine writes the characters XML cannot carry (C0 controls, lone
      // surrogates) as references rather than lose them, and reads them back.
      if (code < 0 || code > 0x10ffff) {
        this.fail('xml-char-ref', `invalid character reference &${body};`, this.base + p);
      }
    } else if (!isPredefinedEntity(body)) {
      this.fail(
        'xml-entity',
        `unknown entity &${body}; (only &amp; &lt; &gt; &quot; &apos; and character references are allowed)`,
        this.base + p,
        'procmine never expands entities declared in a DOCTYPE (a common XML attack); replace the reference with its text',
      );
    }
    return q + 1;
  }

  private skipSpace(b: Buffer, q: number, n: number): number {
    while (q < n) {
      const c = b[q];
      if (c === 32 || c === 9 || c === 13) q++;
      else if (c === NEWLINE) {
        this.line++;
        this.lineStart = this.base + q + 1;
        q++;
      } else break;
    }
    return q;
  }

  private countLines(b: Buffer, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      if (b[i] === NEWLINE) {
        this.line++;
        this.lineStart = this.base + i + 1;
      }
    }
  }

  private failControl(c: number, p: number): never {
    const hex = c.toString(16).toUpperCase().padStart(4, '0');
    return this.fail('xml-malformed', `control character U+${hex} is not allowed in XML`, this.base + p);
  }

  private lastNameId = -1;

  private internName(b: Buffer, s: number, e: number): string {
    // Known names (XES's dozen) are found by length and first byte, then compared; no hashing.
    const length = e - s;
    if (length < 32) {
      const candidate = this.knownByShape[(length << 8) | b[s]] - 1;
      if (candidate >= 0) {
        const known = this.knownBytes[candidate];
        let same = true;
        for (let i = 1; i < length; i++) {
          if (known[i] !== b[s + i]) {
            same = false;
            break;
          }
        }
        if (same) {
          this.lastNameId = candidate;
          return this.names.strings[candidate];
        }
      }
    }
    const h = hashBytes(b, s, e);
    let id = this.names.find(b, s, e, h);
    let text: string;
    if (id >= 0) {
      text = this.names.strings[id];
    } else {
      text = this.decodeValue(b, s, e, 0);
      id = this.names.add(b, s, e, h, text);
    }
    this.lastNameId = id >= 0 && id < this.knownNameCount ? id : -1;
    return text;
  }

  private decodeValue(b: Buffer, s: number, e: number, flags: number): string {
    const raw = this.decoder === null ? b.toString('utf8', s, e) : this.decoder.decode(b.subarray(s, e));
    return (flags & NEEDS_DECODE) === 0 ? raw : decodeAttributeValue(raw);
  }

  private growAttributes(): void {
    const n = this.attrIds.length * 2;
    const ids = new Int32Array(n);
    ids.set(this.attrIds);
    this.attrIds = ids;
    const starts = new Int32Array(n);
    starts.set(this.attrStart);
    this.attrStart = starts;
    const ends = new Int32Array(n);
    ends.set(this.attrEnd);
    this.attrEnd = ends;
    const flags = new Uint8Array(n);
    flags.set(this.attrFlags);
    this.attrFlags = flags;
  }
}
