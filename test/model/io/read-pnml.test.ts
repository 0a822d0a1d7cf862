/**
 * PNML reading: real models give the sizes and markings pm4py read from them; malformed or invalid files give an
 * InputError with the line; external entities are never resolved; write → read gives back an equivalent net.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { convertTreeToPetri } from '../../../src/model/convert/tree-to-petri.js';
import { parsePnml, readPnml } from '../../../src/model/io/read-pnml.js';
import { writePnml } from '../../../src/model/io/write-pnml.js';
import { petriNetSize, type AcceptingPetriNet } from '../../../src/model/petri-net.js';
import { hasShared, projectRoot, sharedRefs } from '../../helpers/pm4py-refs.js';
import { decodeXmlBytes } from '../../../src/model/io/parse-xml.js';
import { arbitraryTree } from '../arbitrary-tree.js';

const fixtureModels = join(projectRoot, 'fixtures', 'models');
const sharedModels = join(projectRoot, '..', 'shared', 'data', 'models');

/** The net as multisets of labelled arcs, so that two nets compare equal up to ids. */
function shape(apn: AcceptingPetriNet) {
  const labelOf = new Map<string, string>();
  for (const p of apn.net.places) labelOf.set(p.id, `place ${p.name ?? p.id}`);
  for (const t of apn.net.transitions) labelOf.set(t.id, t.label === null ? `tau ${t.id}` : `t ${t.label}`);
  return {
    size: petriNetSize(apn.net),
    arcs: apn.net.arcs.map((a) => `${labelOf.get(a.source)} -${a.weight}-> ${labelOf.get(a.target)}`).sort(),
    initial: [...apn.initialMarking].map(([p, n]) => `${labelOf.get(p)}:${n}`).sort(),
    final: [...apn.finalMarking].map(([p, n]) => `${labelOf.get(p)}:${n}`).sort(),
  };
}

function expectInputError(text: string, code: string, line?: number) {
  let error: unknown;
  try {
    parsePnml(text, 'bad.pnml');
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).code).toBe(code);
  expect((error as InputError).file).toBe('bad.pnml');
  if (line !== undefined) expect((error as InputError).line).toBe(line);
}

describe('readPnml', () => {
  it('reads a small net with weights, a silent transition and a final marking', async () => {
    const apn = await readPnml(join(fixtureModels, 'weighted-silent.pnml'));
    expect(petriNetSize(apn.net)).toEqual({ places: 3, transitions: 2, visibleTransitions: 1, invisibleTransitions: 1, arcs: 4 });
    expect(apn.net.transitions).toEqual([
      { id: 't1', label: 'register & check', name: 'register & check' },
      { id: 't2', label: null, name: 'tau' },
    ]);
    expect(apn.net.arcs.find((a) => a.source === 't1')).toEqual({ source: 't1', target: 'p', weight: 2 });
    expect([...apn.initialMarking]).toEqual([['i', 1]]);
    expect([...apn.finalMarking]).toEqual([['o', 1]]);
  });

  it('guesses the final marking from the sink when the file has none', () => {
    const text = readFileSync(join(fixtureModels, 'weighted-silent.pnml'), 'utf8').replace(/<finalmarkings>[\s\S]*<\/finalmarkings>/, '');
    expect([...parsePnml(text).finalMarking]).toEqual([['o', 1]]);
  });

  it('reports malformed XML with its line', () => {
    expectInputError('<?xml version="1.0"?>\n<pnml>\n<net id="n">\n<place id="a">\n</net>\n</pnml>', 'pnml-malformed', 5);
  });

  it('reports an arc to a missing node with its line', () => {
    const text = '<pnml>\n<net id="n"><page id="g">\n<place id="a"><initialMarking><text>1</text></initialMarking></place>\n<arc id="x" source="a" target="nowhere"/>\n</page></net></pnml>';
    expectInputError(text, 'pnml-invalid', 4);
  });

  it('reports a marking that is not a number', () => {
    expectInputError('<pnml><net id="n"><place id="a"><initialMarking><text>one</text></initialMarking></place></net></pnml>', 'pnml-invalid', 1);
  });

  it('reports a document that is not PNML', () => expectInputError('<bpmn/>', 'pnml-invalid', 1));

  it('reports a missing file as an InputError', async () => {
    await expect(readPnml(join(fixtureModels, 'no-such.pnml'))).rejects.toMatchObject({ code: 'file-unreadable' });
  });

  it('decodes ISO-8859-1 as ProM writes it', () => {
    const latin = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><pnml><net id="n"><place id="p"><initialMarking><text>1</text></initialMarking></place><transition id="t"><name><text>Prüfung</text></name></transition><place id="q"/><arc id="a" source="p" target="t"/><arc id="b" source="t" target="q"/></net></pnml>', 'latin1');
    expect(parsePnml(decodeXmlBytes(latin)).net.transitions[0].label).toBe('Prüfung');
  });

  it('never resolves external or custom entities', () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE pnml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<pnml><net id="n"><place id="&xxe;"/></net></pnml>';
    expectInputError(xxe, 'pnml-malformed');
  });

  it('gives back an equivalent net after writing (property)', () => {
    fc.assert(
      fc.property(arbitraryTree(), (tree) => {
        const apn = convertTreeToPetri(tree);
        expect(shape(parsePnml(writePnml(apn)))).toEqual(shape(apn));
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

interface CheckedModel {
  kind: string;
  petri_net: { places: number; transitions: number; visible_transitions: number; invisible_transitions: number; arcs: number; initial_marking: Record<string, number>; final_marking: Record<string, number> };
}

function pnmlRefs(): [string, CheckedModel][] {
  if (!hasShared) return [];
  const found = new Map<string, CheckedModel>();
  for (const f of readdirSync(sharedRefs).filter((x) => x.endsWith('.json'))) {
    const checked = (JSON.parse(readFileSync(join(sharedRefs, f), 'utf8')) as { models?: { checked?: Record<string, CheckedModel> } }).models?.checked ?? {};
    for (const [name, m] of Object.entries(checked)) if (m.kind === 'pnml' && m.petri_net && existsSync(join(sharedModels, name))) found.set(name, m);
  }
  return [...found].sort();
}

describe.skipIf(!hasShared)('readPnml on the shared models matches pm4py', () => {
  const refs = pnmlRefs();
  it('has models to compare', () => expect(refs.length).toBeGreaterThan(0));
  it.each(refs)('%s', async (name, ref) => {
    const apn = await readPnml(join(sharedModels, name));
    const s = petriNetSize(apn.net);
    const { places, transitions, visible_transitions, invisible_transitions, arcs } = ref.petri_net;
    expect({ places: s.places, transitions: s.transitions, visible_transitions: s.visibleTransitions, invisible_transitions: s.invisibleTransitions, arcs: s.arcs }).toEqual({ places, transitions, visible_transitions, invisible_transitions, arcs });
    expect(Object.fromEntries(apn.initialMarking)).toEqual(ref.petri_net.initial_marking);
    expect(Object.fromEntries(apn.finalMarking)).toEqual(ref.petri_net.final_marking);
  });

  it.each(readdirSync(existsSync(sharedModels) ? sharedModels : '.').filter((f) => f.endsWith('.pnml')))('%s survives a write → read round trip', async (name) => {
    const apn = await readPnml(join(sharedModels, name));
    expect(shape(parsePnml(writePnml(apn)))).toEqual(shape(apn));
  });
});
