/**
 * Accepting Petri net → PNML (the 2009 core model), as pm4py and ProM write it: one page, names as `<text>`,
 * silent transitions marked with ProM's `$invisible$` tool-specific element, arc weights as inscriptions and the
 * final marking in ProM's `<finalmarkings>`. Deterministic: the same net gives the same bytes.
 */
import type { AcceptingPetriNet } from '../petri-net.js';
import { escapeXml } from './xml-escape.js';
import { stableUuid } from './stable-uuid.js';

export interface WritePnmlOptions {
  /** the net's name; the net's own name, else `net1`. */
  name?: string;
}

/**
 * Writes an accepting Petri net as PNML text.
 *
 * @example
 * writeFileSync('model.pnml', writePnml(convertTreeToPetri(tree)));
 */
export function writePnml(apn: AcceptingPetriNet, options: WritePnmlOptions = {}): string {
  const { net, initialMarking, finalMarking } = apn;
  const name = options.name ?? net.name ?? 'net1';
  const text = (indent: string, tag: string, value: string) => [`${indent}<${tag}>`, `${indent}  <text>${escapeXml(value)}</text>`, `${indent}</${tag}>`];
  const out = [
    "<?xml version='1.0' encoding='UTF-8'?>",
    '<pnml>',
    '  <net id="net1" type="http://www.pnml.org/version-2009/grammar/pnmlcoremodel">',
    ...text('    ', 'name', name),
    '    <page id="n0">',
  ];
  for (const p of net.places) {
    out.push(`      <place id="${escapeXml(p.id)}">`, ...text('        ', 'name', p.name ?? p.id));
    const tokens = initialMarking.get(p.id) ?? 0;
    if (tokens > 0) out.push(...text('        ', 'initialMarking', String(tokens)));
    out.push('      </place>');
  }
  for (const t of net.transitions) {
    out.push(`      <transition id="${escapeXml(t.id)}">`, ...text('        ', 'name', t.label ?? t.name ?? t.id));
    if (t.label === null) {
      const localId = stableUuid(`${name}#${t.id}`);
      out.push(`        <toolspecific tool="ProM" version="6.4" activity="$invisible$" localNodeID="${localId}"/>`);
    }
    out.push('      </transition>');
  }
  net.arcs.forEach((a, i) => {
    const open = `      <arc id="arc${i + 1}" source="${escapeXml(a.source)}" target="${escapeXml(a.target)}"`;
    if (a.weight === 1) out.push(`${open}/>`);
    else out.push(`${open}>`, ...text('        ', 'inscription', String(a.weight)), '      </arc>');
  });
  out.push('    </page>');
  const final = [...finalMarking].filter(([, n]) => n > 0);
  if (final.length > 0) {
    out.push('    <finalmarkings>', '      <marking>');
    for (const [place, n] of final) out.push(`        <place idref="${escapeXml(place)}">`, `          <text>${n}</text>`, '        </place>');
    out.push('      </marking>', '    </finalmarkings>');
  }
  out.push('  </net>', '</pnml>', '');
  return out.join('\n');
}
