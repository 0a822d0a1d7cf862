import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/model/io/read-model.js';
import { petriNetSize } from '../../../src/model/petri-net.js';
import { InputError } from '../../../src/errors.js';
import { projectRoot } from '../../helpers/pm4py-refs.js';

const model = (name: string) => join(projectRoot, 'fixtures', 'models', name);
const tmp = () => mkdtempSync(join(tmpdir(), 'procmine-model-'));

function pnml(places: string[], transitions: string[], arcs: [string, string][], initial: string, final?: string): string {
  return `<?xml version="1.0"?><pnml><net id="n" type="http://www.pnml.org/version-2009/grammar/pnmlcoremodel"><page id="p">
${places.map((p) => `<place id="${p}">${p === initial ? '<initialMarking><text>1</text></initialMarking>' : ''}</place>`).join('')}
${transitions.map((t) => `<transition id="${t}"><name><text>${t}</text></name></transition>`).join('')}
${arcs.map(([s, t], i) => `<arc id="a${i}" source="${s}" target="${t}"/>`).join('')}
</page>${final ? `<finalmarkings><marking><place idref="${final}"><text>1</text></place></marking></finalmarkings>` : ''}</net></pnml>`;
}

describe('readModel', () => {
  it('reads BPMN, PNML and PTML by extension', async () => {
    const bpmn = await readModel(model('running-example.bpmn'));
    expect(bpmn.format).toBe('bpmn');
    expect(bpmn.warnings).toEqual([]);
    expect(bpmn.net.net.transitions.filter((t) => t.label !== null).map((t) => t.label).sort()).toHaveLength(8);
    const ptml = await readModel(model('01_running-example-im.ptml'));
    expect(petriNetSize(ptml.net.net)).toMatchObject({ places: 9, transitions: 10, arcs: 22 }); // pm4py's sizes
  });

  it('refuses an unbounded Petri net', async () => {
    const f = join(tmp(), 'unbounded.pnml');
    // t takes a token from p1 and puts one back plus one into p2, forever
    writeFileSync(f, pnml(['p1', 'p2'], ['t'], [['p1', 't'], ['t', 'p1'], ['t', 'p2']], 'p1', 'p2'));
    await expect(readModel(f)).rejects.toSatisfy((e: unknown) => e instanceof InputError && e.code === 'pnml-unbounded');
  });

  it('warns about a net that is not a workflow net, and still loads it', async () => {
    const f = join(tmp(), 'two-sinks.pnml');
    writeFileSync(f, pnml(['i', 'o1', 'o2'], ['a', 'b'], [['i', 'a'], ['a', 'o1'], ['i', 'b'], ['b', 'o2']], 'i', 'o1'));
    const m = await readModel(f);
    expect(m.warnings.join('\n')).toMatch(/not a workflow net: it has 2 sink places/);
  });

  it('says which formats it reads', async () => {
    await expect(readModel('model.docx')).rejects.toSatisfy((e: unknown) => e instanceof InputError && /\.bpmn, \.pnml or \.ptml/.test(e.hint ?? ''));
  });
});
