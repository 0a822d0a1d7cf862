/**
 * `procmine compare --format html` and `-o x.html` / `-o x.svg` through the built binary: the page is written,
 * the same on every run, escaped for a hostile pair of logs; the difference map comes out as SVG.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { procmine } from '../../cli/helpers.js';
import { RECEIPT, writeXssPair, XSS, XSS_GROUP } from './compare-fixtures.js';

const { dir, before, after } = writeXssPair();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const split = ['compare', RECEIPT, '--split-by', 'channel=Internet,Desk', '--sla', '5d', '--bootstrap', '500'];
const sections = (html: string) => [...html.matchAll(/<section id="([^"]+)">/g)].map((m) => m[1]);

describe('procmine compare, HTML and SVG', () => {
  it('-o x.html writes the comparison report, byte-identical on a rerun and equal to --format html', () => {
    const first = join(dir, 'first.html');
    const second = join(dir, 'second.html');
    expect(procmine([...split, '-o', first]).code).toBe(0);
    expect(procmine([...split, '-o', second, '-q']).code).toBe(0);
    const html = readFileSync(first, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(sections(html)).toEqual(['verdict', 'groups', 'cycle-time', 'variants', 'map', 'changes']);
    expect(html).toContain('<p>08_receipt.xes.gz, split by channel · Internet: 1,250 cases · Desk: 109 cases</p>');
    expect(html.match(/<div class="map-view" data-view="frequency"><svg/g)).toHaveLength(1);
    expect(html).toContain('class="node"');
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
    const stdout = procmine([...split, '--format', 'html']);
    expect(stdout.code).toBe(0);
    expect(stdout.stdout === html).toBe(true);
  });

  it('names the filters under the title and starts on the waiting-time map with --metric waiting', () => {
    const out = join(dir, 'filtered.html');
    const r = procmine([...split, '--cases-without', 'T03 Adjust confirmation of receipt', '--metric', 'waiting', '-o', out, '-q']);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/<p>08_receipt\.xes\.gz: filter --cases-without [^<]*removed \d+ case\(s\)/);
    expect(html).toContain('<div class="map-view" data-view="frequency" hidden>');
  });

  it('escapes a hostile pair of logs and group name', () => {
    const out = join(dir, 'xss.html');
    const r = procmine(['compare', before, after, '--delimiter', ',', '--names', `before,${XSS_GROUP}`, '-o', out, '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.includes(XSS)).toBe(false);
    expect(html.includes(XSS_GROUP)).toBe(false);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('-o x.svg draws the difference map', () => {
    const out = join(dir, 'difference.svg');
    expect(procmine([...split, '-o', out]).code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/<svg[\s>]/);
    expect(svg).toContain('Desk vs Internet: red = more, blue = less');
    expect(procmine([...split, '--format', 'svg']).stdout).toBe(svg);
  });
});
