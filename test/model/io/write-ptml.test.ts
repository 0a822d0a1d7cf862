/**
 * PTML writing: the same layout as pm4py's exports (compared with its files, ids aside), deterministic bytes,
 * ProM's three-child loops, escaping, and a round trip through read-ptml.ts when it is present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writePtml } from '../../../src/model/io/write-ptml.js';
import { leaf, node, parseTree, treesEquivalent, TAU, type ProcessTree } from '../../../src/model/process-tree.js';
import { hasShared, projectRoot, sharedRefs } from '../../helpers/pm4py-refs.js';
import { arbitraryTree } from '../arbitrary-tree.js';

/** Replaces UUIDs by their order of first appearance, so two exports compare equal up to ids. */
function withoutIds(xml: string): string {
  const seen = new Map<string, string>();
  return xml.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (u) => {
    if (!seen.has(u)) seen.set(u, `#${seen.size + 1}`);
    return seen.get(u)!;
  });
}

describe('writePtml', () => {
  it('writes a loop with a do, a redo and a τ exit, breadth first', () => {
    const xml = withoutIds(writePtml(parseTree("->( 'a', *( 'b', 'c' ) )"), { name: 'demo' }));
    expect(xml).toBe(
      [
        "<?xml version='1.0' encoding='UTF-8'?>",
        '<ptml>',
        '  <processTree name="demo" root="#1" id="#2">',
        '    <sequence name="" id="#1"/>',
        '    <manualTask name="a" id="#3"/>',
        '    <xorLoop name="" id="#4"/>',
        '    <manualTask name="b" id="#5"/>',
        '    <manualTask name="c" id="#6"/>',
        '    <automaticTask name="" id="#7"/>',
        '    <parentsNode id="#8" sourceId="#1" targetId="#3"/>',
        '    <parentsNode id="#9" sourceId="#1" targetId="#4"/>',
        '    <parentsNode id="#10" sourceId="#4" targetId="#5"/>',
        '    <parentsNode id="#11" sourceId="#4" targetId="#6"/>',
        '    <parentsNode id="#12" sourceId="#4" targetId="#7"/>',
        '  </processTree>',
        '</ptml>',
        '',
      ].join('\n'),
    );
  });

  it('is byte-identical for the same tree', () => {
    const tree = parseTree("X( 'a', +( 'b', tau ) )");
    expect(writePtml(tree)).toBe(writePtml(parseTree("X( 'a', +( 'b', tau ) )")));
  });

  it('escapes labels', () => {
    expect(writePtml(leaf('a "quoted" <b> & c'))).toContain('name="a &quot;quoted&quot; &lt;b&gt; &amp; c"');
  });
});

interface RefWithTrees {
  inductive?: Record<string, { tree?: string }>;
}

function pm4pyExports(): [string, string, string][] {
  const dir = join(sharedRefs, 'models');
  if (!hasShared || !existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ptml'))
    .flatMap((f): [string, string, string][] => {
      const m = /^(.*)\.im_(noise_[\d.]+)\.ptml$/.exec(f);
      const refFile = m && join(sharedRefs, `${m[1]}.json`);
      if (!m || !refFile || !existsSync(refFile)) return [];
      const tree = (JSON.parse(readFileSync(refFile, 'utf8')) as RefWithTrees).inductive?.[m[2]]?.tree;
      return tree ? [[f, tree, readFileSync(join(dir, f), 'utf8')]] : [];
    });
}

describe.skipIf(!hasShared)("writePtml lays out the XML as pm4py's exports", () => {
  const exports = pm4pyExports();
  it('has exports to compare', () => expect(exports.length).toBeGreaterThan(0));
  it.each(exports)('%s', (_file, tree, pm4py) => {
    const name = /<processTree name="([^"]*)"/.exec(pm4py)![1];
    expect(withoutIds(writePtml(parseTree(tree), { name }))).toBe(withoutIds(pm4py));
  });
});

/** The tree read-ptml should give back: loops as ProM shapes them (one redo part, several joined by a choice). */
function promShaped(tree: ProcessTree): ProcessTree {
  if (tree.kind === 'leaf') return tree;
  const kids = tree.children.map(promShaped);
  if (tree.operator !== '*') return node(tree.operator, kids);
  const [body, ...redo] = kids;
  return node('*', [body, redo.length === 0 ? TAU : redo.length === 1 ? redo[0] : node('X', redo)]);
}

const readPtmlPath = join(projectRoot, 'src', 'model', 'io', 'read-ptml.ts');

describe.skipIf(!existsSync(readPtmlPath))('PTML round trip through read-ptml.ts', () => {
  it('gives back the tree (property)', async () => {
    const { parsePtml } = (await import(readPtmlPath)) as { parsePtml: (text: string, file?: string) => ProcessTree };
    fc.assert(
      fc.property(arbitraryTree(), (tree) => {
        expect(treesEquivalent(parsePtml(writePtml(tree)), promShaped(tree))).toBe(true);
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
