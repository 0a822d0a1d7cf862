/**
 * Unit tier for the XML tokenizer: hand-written snippets (references, CDATA, comments, `>` inside quotes,
 * namespaces, encodings), every document split at every byte offset, and the errors with their line and column.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { XmlTokenizer, type XmlHandler } from '../../../src/log/xes/xml-tokenizer.js';

/** Records what the tokenizer reports as lines of text: `+name {attr=value}`, `-name`. */
function record(chunks: (string | Uint8Array)[]): string[] {
  const out: string[] = [];
  const handler: XmlHandler = {
    startElement(t) {
      const attrs: string[] = [];
      for (let i = 0; i < t.attrCount; i++) attrs.push(`${t.attrName(i)}=${JSON.stringify(t.attrValue(i))}`);
      out.push(`+${t.name}${t.selfClosing ? '/' : ''}${attrs.length ? ' ' + attrs.join(' ') : ''}`);
    },
    endElement(t) {
      out.push(`-${t.name}`);
    },
  };
  const tokenizer = new XmlTokenizer(handler, { file: 'test.xml', knownNames: ['key', 'value'] });
  for (const chunk of chunks) tokenizer.feed(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  tokenizer.end();
  return out;
}

function parse(text: string): string[] {
  return record([text]);
}

function errorOf(chunks: (string | Uint8Array)[]): InputError {
  try {
    record(chunks);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

function failure(text: string): { code: string; message: string; line?: number; column?: number } {
  const e = errorOf([text]);
  return { code: e.code, message: e.message, line: e.line, column: e.column };
}

const RICH = [
  '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n',
  '<!-- a comment with <tags> & "quotes" -->\n',
  '<!DOCTYPE log [\n  <!ENTITY x "ignored > ]">\n  <!-- ] > -->\n]>\n',
  '<?pi some data?>\n',
  '<xes:log xmlns:xes="http://www.xes-standard.org/" xes.version=\'1.0\'>\n',
  '\t<string key="a&amp;b" value="x &gt; y &lt; z &quot;q&quot; &apos;s&apos; &#10;&#x41;&#65;"/>\n',
  '\t<trace   >text is ignored &amp; checked<![CDATA[ <not a tag> & ]]>\n',
  '\t\t<event><string key="k" value="tab\there\nnewline\r\nend"/></event>\n',
  "\t\t<date key='t' value='2024-01-01T00:00:00&#x2B;01:00'/>\n",
  '\t\t<string key="über" value="日本語 ☺ é"/>\n',
  '\t</trace>\n',
  '</xes:log>\n<!-- after -->\n',
].join('');

const RICH_EVENTS = [
  '+log xmlns:xes="http://www.xes-standard.org/" xes.version="1.0"',
  '+string/ key="a&b" value="x > y < z \\"q\\" \'s\' \\nAA"',
  '-string',
  '+trace',
  '+event',
  '+string/ key="k" value="tab here newline end"',
  '-string',
  '-event',
  '+date/ key="t" value="2024-01-01T00:00:00+01:00"',
  '-date',
  '+string/ key="über" value="日本語 ☺ é"',
  '-string',
  '-trace',
  '-log',
];

describe('XmlTokenizer', () => {
  it('reports tags, attributes, references and skips text, comments, CDATA, PIs and the DOCTYPE', () => {
    expect(parse(RICH)).toEqual(RICH_EVENTS);
  });

  it('reads `>` and `/` inside quoted values, and single quotes', () => {
    expect(parse(`<a x="1>2" y='a/b>c"d'/>`)).toEqual([`+a/ x="1>2" y="a/b>c\\"d"`, '-a']);
  });

  it('gives the same result however the bytes are split (every offset, and byte by byte)', () => {
    const bytes = Buffer.from(RICH, 'utf8');
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(record([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(RICH_EVENTS);
    }
    const single = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    expect(record(single)).toEqual(RICH_EVENTS);
  });

  it('splits every offset in three pieces too (small document)', () => {
    const doc = Buffer.from('<r a="&amp;é"><!--c--><x b=\'1\'/>&lt;</r>', 'utf8');
    const expected = parse(doc.toString('utf8'));
    for (let i = 0; i <= doc.length; i++) {
      for (let j = i; j <= doc.length; j++) {
        expect(record([doc.subarray(0, i), doc.subarray(i, j), doc.subarray(j)])).toEqual(expected);
      }
    }
  });

  it('decodes a one-byte encoding named in the declaration', () => {
    const latin1 = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><r v="caf'),
      Buffer.from([0xe9]),
      Buffer.from('"/>'),
    ]);
    expect(record([latin1])).toEqual(['+r/ v="café"', '-r']);
  });

  it('refuses UTF-16 and unknown encodings', () => {
    expect(errorOf([Buffer.from('\uFEFF<r/>', 'utf16le')]).code).toBe('xml-encoding');
    expect(failure('<?xml version="1.0" encoding="EBCDIC-XYZ"?><r/>').code).toBe('xml-encoding');
  });

  it('refuses entities it does not define, with their name, line and column', () => {
    expect(failure('<r>\n  <a v="x &nbsp; y"/></r>')).toEqual({
      code: 'xml-entity',
      message: expect.stringContaining('&nbsp;'),
      line: 2,
      column: 11,
    });
    expect(failure('<r>text &foo; here</r>')).toMatchObject({ code: 'xml-entity', line: 1, column: 9 });
  });

  it('never resolves an external entity (XXE)', () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE log [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<log><string key="k" value="&x;"/></log>';
    expect(failure(xxe)).toMatchObject({ code: 'xml-entity', message: expect.stringContaining('&x;'), line: 3, column: 29 });
    const inText = '<!DOCTYPE log [<!ENTITY x SYSTEM "file:///etc/passwd">]><log>&x;</log>';
    expect(failure(inText).code).toBe('xml-entity');
  });

  it('refuses a billion-laughs document at once, without expanding anything', () => {
    const lol = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', ' <!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(` <!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    lol.push(']>', '<lolz>&lol9;</lolz>');
    const started = performance.now();
    const e = failure(lol.join('\n'));
    expect(e).toMatchObject({ code: 'xml-entity', message: expect.stringContaining('&lol9;'), line: 14, column: 7 });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('checks character references', () => {
    expect(failure('<r v="&#xZZ;"/>').code).toBe('xml-char-ref');
    expect(failure('<r v="&#1114112;"/>').code).toBe('xml-char-ref');
    expect(failure('<r v="a & b"/>')).toMatchObject({ code: 'xml-malformed', column: 9 });
  });

  it.each([
    ['<r><a></r>', 'mismatched end tag: expected </a>, found </r>', 1, 7],
    ['<r>\n<a>\n</b></r>', 'mismatched end tag: expected </a>, found </b>', 3, 1],
    ['<r></r><r/>', 'only one root element', 1, 8],
    ['<r/>junk', 'text after the root element', 1, 5],
    ['junk<r/>', 'text before the root element', 1, 1],
    ['<r a="1" a="2"/>', 'attribute a appears twice', 1, 10],
    ['<r a=1/>', 'must be quoted', 1, 6],
    ['<r a="<"/>', "'<' is not allowed", 1, 7],
    ['<r a="1"b="2"/>', "unexpected character 'b'", 1, 9],
    ['</r>', 'without a start tag', 1, 1],
    ['<r>\u0001</r>', 'control character U+0001', 1, 4],
    ['<r><é x="1"></r>', 'expected </é>, found </r>', 1, 13],
  ])('refuses malformed XML: %s', (text, message, line, column) => {
    expect(failure(text)).toEqual({ code: 'xml-malformed', message: expect.stringContaining(message), line, column });
  });

  it.each([
    ['<r><a', 'ends inside a tag', 1, 4],
    ['<r><a x="1', 'ends inside a tag', 1, 4],
    ['<r>\n<a>\n', 'before <a> is closed', 3, 1],
    ['<r><!-- never closed', 'ends inside a comment', 1, 4],
    ['<r>&am', 'ends inside an entity reference', 1, 4],
  ])('reports a truncated document: %s', (text, message, line, column) => {
    expect(failure(text)).toEqual({ code: 'xml-truncated', message: expect.stringContaining(message), line, column });
  });

  it('reports an empty input', () => {
    expect(failure('')).toMatchObject({ code: 'xml-malformed', message: expect.stringContaining('no root element') });
    expect(failure('  \n <!-- only a comment -->')).toMatchObject({ code: 'xml-malformed' });
  });

  it('counts lines and characters across chunks, after multi-byte characters', () => {
    const text = '<r>\n<a v="日本"/>\n  <b v="é" w="&bad;"/></r>';
    const bytes = Buffer.from(text, 'utf8');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const e = errorOf([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect([e.code, e.line, e.column]).toEqual(['xml-entity', 3, 15]);
    }
  });

  it('refuses a tag larger than the limit instead of buffering without end', () => {
    const handler: XmlHandler = { startElement() {}, endElement() {} };
    const t = new XmlTokenizer(handler, { file: 'big.xml', maxTokenBytes: 1000 });
    t.feed(Buffer.from('<r><a v="'));
    expect(() => t.feed(Buffer.alloc(2000, 0x61))).toThrow(expect.objectContaining({ code: 'xml-token-too-large' }));
  });

  it('gives known names an id, by local name', () => {
    const seen: [string, number, number][] = [];
    const handler: XmlHandler = {
      startElement(t) {
        seen.push([t.name, t.nameId, t.attrCount ? t.attrNameId(0) : -2]);
      },
      endElement() {},
    };
    const t = new XmlTokenizer(handler, { file: 'x', knownNames: ['log', 'key'] });
    t.feed(Buffer.from('<p:log><key key="1"/><other value="2"/></p:log>'));
    t.end();
    expect(seen).toEqual([['log', 0, -2], ['key', 1, 1], ['other', -1, -1]]);
  });
});
