/**
 * The byte tokenizer: RFC 4180 cases by hand, any split of the input into chunks, and two properties with
 * fast-check: quoted tables come back as written, and on arbitrary text it agrees with csv-parse (relaxed
 * quotes, any line end), record for record, and fails exactly where csv-parse does.
 */
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer, UnterminatedQuoteError } from '../../../src/log/csv/csv-tokenizer.js';
import { createFieldQuoter } from '../../../src/log/csv/quote-field.js';

interface Tokenized {
  records: string[][];
  lines: number[];
  malformed: boolean;
}

/** Tokenizes `text`, fed in pieces cut at `cuts` (byte offsets). */
function tokenize(text: string | Buffer, delimiter = ',', cuts: number[] = []): Tokenized {
  const out: Tokenized = { records: [], lines: [], malformed: false };
  const t = new CsvTokenizer(delimiter, (r) => {
    const fields: string[] = [];
    for (let i = 0; i < r.count; i++) fields.push(r.text(i));
    out.records.push(fields);
    out.lines.push(r.line);
    if (r.malformedField !== 0) out.malformed = true;
  });
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= from || cut >= bytes.length) continue;
    t.push(bytes.subarray(from, cut));
    from = cut;
  }
  t.push(bytes.subarray(from));
  t.end();
  return out;
}

describe('tokenizer', () => {
  it.each([
    ['a,b\nc,d\n', [['a', 'b'], ['c', 'd']]],
    ['a,b\r\nc,d', [['a', 'b'], ['c', 'd']]],
    ['a,b\rc,d\r', [['a', 'b'], ['c', 'd']]],
    ['"a,b","c\nd"\n', [['a,b', 'c\nd']]],
    ['"say ""hi""",x\n', [['say "hi"', 'x']]],
    ['"",x,\n', [['', 'x', '']]],
    ['a,\n', [['a', '']]],
    ['a\n\n\r\n\rb\n', [['a'], ['b']]],
    ['a"b,c\n', [['a"b', 'c']]],
    ['é,日本\n', [['é', '日本']]],
    ['', []],
  ])('%j', (text, records) => {
    expect(tokenize(text).records).toEqual(records);
  });

  it('numbers records by the line they start on, counting line breaks inside quotes', () => {
    expect(tokenize('h\n"a\nb"\n\nc\r\nd\n').lines).toEqual([1, 2, 5, 6]);
  });

  it('gives the same records however the input is cut, even inside a CRLF or a doubled quote', () => {
    const text = 'h1,h2\r\n"x""y","p\r\nq"\r\nlast,"é"';
    const whole = tokenize(text).records;
    const n = Buffer.byteLength(text);
    for (let cut = 1; cut < n; cut++) expect(tokenize(text, ',', [cut]).records).toEqual(whole);
    expect(tokenize(text, ',', Array.from({ length: n }, (_, i) => i)).records).toEqual(whole);
  });

  it('marks text after a closing quote, and goes on with the next record', () => {
    const out = tokenize('"a"b,c\nd,e\n');
    expect(out.malformed).toBe(true);
    expect(out.records[1]).toEqual(['d', 'e']);
  });

  it('throws for a quote still open at the end, with the line and field where it opened', () => {
    try {
      tokenize('a,b\nc,"d\ne\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnterminatedQuoteError);
      expect(error).toMatchObject({ line: 2, field: 2 });
    }
  });

  it('property: a table written with RFC 4180 quoting and any line ends reads back as written', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', '\r', 'é', '😀', '\t'), maxLength: 8 });
    const row = fc.array(field, { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat(200), { maxLength: 6 }),
        fc.boolean(),
        (table, delimiter, eol, cuts, finalEol) => {
          const quote = createFieldQuoter(delimiter);
          const text = table.map((r) => r.map(quote).join(delimiter)).join(eol) + (finalEol ? eol : '');
          expect(tokenize(text, delimiter, cuts).records).toEqual(table);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: agrees with csv-parse on arbitrary text, and fails where it fails', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', 'é'), maxLength: 40 });
    const options = { relax_column_count: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'] };
    const csvParse = (input: string, relaxQuotes: boolean): string[][] | Error => {
      try {
        return parse(input, { ...options, relax_quotes: relaxQuotes }) as string[][];
      } catch (error) {
        return error as Error;
      }
    };
    fc.assert(
      fc.property(text, fc.array(fc.nat(60), { maxLength: 4 }), (input, cuts) => {
        let got: Tokenized | Error;
        try {
          got = tokenize(input, ',', cuts);
        } catch (error) {
          got = error as Error;
        }
        if (got instanceof Error) {
          expect(got).toBeInstanceOf(UnterminatedQuoteError);
          expect(csvParse(input, true)).toMatchObject({ code: 'CSV_QUOTE_NOT_CLOSED' });
        } else if (got.malformed) {
          // Text after a closing quote: strict csv-parse rejects it too (relaxed, it would keep the quotes as text).
          expect(csvParse(input, false)).toBeInstanceOf(Error);
        } else {
          // A quote inside an unquoted field is text, as with csv-parse's relax_quotes. csv-parse also skips a
          // line holding only `""` (one empty field); we keep it as a record, and the reader reports its width.
          const expected = csvParse(input, true);
          expect(expected).not.toBeInstanceOf(Error);
          const nonEmpty = (rs: string[][]) => rs.filter((r) => !(r.length === 1 && r[0] === ''));
          expect(nonEmpty(got.records)).toEqual(nonEmpty(expected as string[][]));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
