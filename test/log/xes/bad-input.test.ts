/**
 * Bad input end to end through readXes: truncated and corrupt gzip (made by cutting and damaging a committed
 * .xes.gz), truncated and malformed XML, an XXE external entity and entity-expansion bombs (refused at the first
 * reference, nothing expanded), and files that are not XES at all. Every error is an InputError naming the file,
 * and the line and column where there is one.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readXes } from '../../../src/log/xes/read-xes.js';

const dir = mkdtempSync(join(tmpdir(), 'procmine-xes-bad-'));
const receipt = readFileSync(join(__dirname, '..', '..', '..', 'fixtures', 'logs', '08_receipt.xes.gz'));
let counter = 0;

function file(content: string | Buffer, ext = '.xes'): string {
  const path = join(dir, `bad-${counter++}${ext}`);
  writeFileSync(path, content);
  return path;
}

async function errorOf(path: string): Promise<InputError> {
  try {
    await readXes(path);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readXes on bad input', () => {
  it.each([0.05, 0.5, 0.99])('refuses a .xes.gz cut at %s of its length (truncated gzip)', async (share) => {
    const path = file(receipt.subarray(0, Math.floor(receipt.length * share)), '.xes.gz');
    const e = await errorOf(path);
    expect(e).toMatchObject({ code: 'gzip-truncated', file: path });
    expect(e.message).toContain('truncated');
  });

  it('refuses a .xes.gz whose data is damaged', async () => {
    const damaged = Buffer.from(receipt);
    for (let i = 2000; i < 2064; i++) damaged[i] ^= 0x5a;
    const e = await errorOf(file(damaged, '.xes.gz'));
    expect(['gzip-corrupt', 'xml-malformed']).toContain(e.code);
  });

  it('refuses a plain .xes cut inside a tag, with the line where the tag starts', async () => {
    const text = gunzipSync(receipt).toString('utf8');
    const cut = text.indexOf('<event>', text.length / 2) + 3;
    const e = await errorOf(file(text.slice(0, cut)));
    const line = text.slice(0, cut).split('\n').length;
    expect(e).toMatchObject({ code: 'xml-truncated', line, message: expect.stringContaining('ends inside a tag') });
  });

  it('refuses a plain .xes cut between elements, naming the element left open', async () => {
    const text = gunzipSync(receipt).toString('utf8');
    const cut = text.indexOf('</event>', text.length / 2) + '</event>'.length;
    const e = await errorOf(file(text.slice(0, cut)));
    expect(e).toMatchObject({ code: 'xml-truncated', message: expect.stringContaining('before <trace> is closed') });
  });

  it('refuses mismatched tags with line and column', async () => {
    const e = await errorOf(file('<log>\n  <trace>\n    <event></trace>\n</log>'));
    expect(e).toMatchObject({ code: 'xml-malformed', line: 3, column: 12, message: expect.stringContaining('expected </event>, found </trace>') });
  });

  it('never resolves an external entity (XXE)', async () => {
    const xxe = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE log [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
      '<log><trace><string key="concept:name" value="1"/>',
      '<event><string key="concept:name" value="&x;"/></event></trace></log>',
    ].join('\n');
    const path = file(xxe);
    const e = await errorOf(path);
    expect(e).toMatchObject({ code: 'xml-entity', file: path, line: 4, column: 42, message: expect.stringContaining('&x;') });
  });

  it('refuses a billion-laughs document quickly and with bounded memory', async () => {
    const lines = ['<?xml version="1.0"?>', '<!DOCTYPE log ['];
    lines.push(' <!ENTITY lol0 "lol">');
    for (let i = 1; i <= 9; i++) lines.push(` <!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    lines.push(']>', '<log><trace><event><string key="concept:name" value="&lol9;"/></event></trace></log>');
    const started = performance.now();
    const before = process.memoryUsage().heapUsed;
    const e = await errorOf(file(lines.join('\n')));
    expect(e).toMatchObject({ code: 'xml-entity', line: 14, message: expect.stringContaining('&lol9;') });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses a quadratic-blowup document (one big entity used many times) at the first use', async () => {
    const big = 'x'.repeat(100_000);
    const uses = '&big;'.repeat(10_000);
    const e = await errorOf(file(`<!DOCTYPE log [<!ENTITY big "${big}">]>\n<log><string key="k" value="${uses}"/></log>`));
    expect(e).toMatchObject({ code: 'xml-entity', line: 2, column: 29 });
  });

  it.each([
    ['an empty file', '', 'xml-malformed', 'no root element'],
    ['a CSV named .xes', 'case,activity\n1,a\n', 'xml-malformed', 'text before the root element'],
    ['an XML file that is not XES', '<?xml version="1.0"?><definitions/>', 'xes-structure', 'not an XES log'],
  ])('refuses %s', async (_what, content, code, message) => {
    const e = await errorOf(file(content));
    expect(e).toMatchObject({ code, message: expect.stringContaining(message), line: 1 });
  });

  it('reports a missing file', async () => {
    const path = join(dir, 'does-not-exist.xes');
    expect(await errorOf(path)).toMatchObject({ code: 'file-not-found', file: path });
  });
});
