/**
 * The dependency rules of docs/ARCHITECTURE.md, enforced: imports point one way
 * (cli → report → analytics/discovery/conformance → model/log → util), `model` and `log` never import each
 * other, siblings at the same level never import each other, and only `cli/` touches process I/O.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(__dirname, '..', 'src');

const LEVEL: Record<string, number> = {
  util: 0,
  errors: 0,
  log: 1,
  model: 1,
  analytics: 2,
  discovery: 2,
  conformance: 2,
  report: 3,
  cli: 4,
  index: 5,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Code only: TSDoc examples may show console.log. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function area(file: string): string {
  const top = relative(src, file).split(/[\\/]/)[0];
  return top.replace(/\.(ts|js)$/, '');
}

const imports = files(src).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const found: { from: string; to: string }[] = [];
  for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
    const spec = m[1] ?? m[2];
    found.push({ from: file, to: resolve(dirname(file), spec) });
  }
  return found;
});

describe('architecture', () => {
  it('finds the source files', () => expect(imports.length).toBeGreaterThan(20));

  it('imports point one way', () => {
    const wrong = imports
      .filter(({ from, to }) => {
        const a = area(from);
        const b = area(to);
        if (a === b) return false;
        return !(LEVEL[a] > LEVEL[b]);
      })
      .map(({ from, to }) => `${relative(src, from)} → ${relative(src, to)}`);
    expect(wrong).toEqual([]);
  });

  it('only cli/ touches process I/O and the exit code', () => {
    const offenders = files(src)
      .filter((f) => area(f) !== 'cli')
      .filter((f) => /process\.(argv|exit|exitCode|stdout|stderr)|console\.(log|error|warn)/.test(withoutComments(readFileSync(f, 'utf8'))))
      .map((f) => relative(src, f));
    expect(offenders).toEqual([]);
  });
});
