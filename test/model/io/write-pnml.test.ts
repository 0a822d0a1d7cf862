/**
 * PNML writing: deterministic bytes in pm4py's layout (one page, `$invisible$` silent transitions, inscriptions,
 * `<finalmarkings>`), and the nets of pm4py's own PNML exports rebuilt arc for arc from their trees.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertTreeToPetri } from '../../../src/model/convert/tree-to-petri.js';
import { readPnml } from '../../../src/model/io/read-pnml.js';
import { writePnml } from '../../../src/model/io/write-pnml.js';
import type { AcceptingPetriNet } from '../../../src/model/petri-net.js';
import { parseTree } from '../../../src/model/process-tree.js';
import { hasShared, sharedRefs } from '../../helpers/pm4py-refs.js';

describe('writePnml', () => {
  const apn = convertTreeToPetri(parseTree("->( 'a & b', X( 'c', tau ) )"));

  it('writes places, transitions, arcs and both markings', () => {
    const xml = writePnml(apn, { name: 'demo' });
    expect(xml.startsWith("<?xml version='1.0' encoding='UTF-8'?>\n<pnml>\n  <net id=\"net1\" type=\"http://www.pnml.org/version-2009/grammar/pnmlcoremodel\">")).toBe(true);
    expect(xml).toContain('<place id="source">\n        <name>\n          <text>source</text>\n        </name>\n        <initialMarking>\n          <text>1</text>');
    expect(xml).toContain('<text>a &amp; b</text>');
    expect(xml).toMatch(/<transition id="skip_\d+">\n {8}<name>\n {10}<text>skip_\d+<\/text>\n {8}<\/name>\n {8}<toolspecific tool="ProM" version="6.4" activity="\$invisible\$" localNodeID="[0-9a-f-]{36}"\/>/);
    expect(xml).toContain('<finalmarkings>\n      <marking>\n        <place idref="sink">\n          <text>1</text>');
    expect((xml.match(/<arc /g) ?? []).length).toBe(apn.net.arcs.length);
  });

  it('writes weights above one as inscriptions', () => {
    const weighted: AcceptingPetriNet = { ...apn, net: { ...apn.net, arcs: apn.net.arcs.map((a, i) => (i === 0 ? { ...a, weight: 3 } : a)) } };
    expect(writePnml(weighted)).toContain('<inscription>\n          <text>3</text>\n        </inscription>');
  });

  it('is byte-identical for the same net', () => {
    expect(writePnml(convertTreeToPetri(parseTree("->( 'a & b', X( 'c', tau ) )")))).toBe(writePnml(apn));
  });
});

/** Arcs named by place id and by transition label (visible) or id (silent); pm4py's visible ids are random. */
function arcNames(apn: AcceptingPetriNet): string[] {
  const name = new Map<string, string>(apn.net.places.map((p) => [p.id, p.id]));
  for (const t of apn.net.transitions) name.set(t.id, t.label === null ? t.id : `'${t.label}'`);
  return apn.net.arcs.map((a) => `${name.get(a.source)} -> ${name.get(a.target)}`).sort();
}

function pm4pyNetExports(): [string, string, string][] {
  const dir = join(sharedRefs, 'models');
  if (!hasShared || !existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f): [string, string, string][] => {
    const m = /^(.*)\.im_(noise_[\d.]+)\.pnml$/.exec(f);
    const refFile = m && join(sharedRefs, `${m[1]}.json`);
    if (!m || !refFile || !existsSync(refFile)) return [];
    const tree = (JSON.parse(readFileSync(refFile, 'utf8')) as { inductive?: Record<string, { tree?: string }> }).inductive?.[m[2]]?.tree;
    return tree ? [[f, tree, join(dir, f)]] : [];
  });
}

describe.skipIf(!hasShared)("convertTreeToPetri rebuilds pm4py's exported nets arc for arc", () => {
  const exports = pm4pyNetExports();
  it('has exports to compare', () => expect(exports.length).toBeGreaterThan(0));
  it.each(exports)('%s', async (_file, tree, path) => {
    const theirs = await readPnml(path);
    expect(arcNames(convertTreeToPetri(parseTree(tree)))).toEqual(arcNames(theirs));
  });
});
