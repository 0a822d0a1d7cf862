/**
 * PNML → accepting Petri net, read as pm4py reads it: places, transitions (silent when ProM's tool-specific
 * element says `$invisible$`), weighted arcs, the initial marking and ProM's `<finalmarkings>`. Without a final
 * marking, every place without outgoing arcs gets one token (the sink of a workflow net), as pm4py guesses it.
 * Unlike pm4py, all pages are read, not only the last one.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import type { AcceptingPetriNet, Arc, Place, Transition } from '../petri-net.js';
import { childNamed, childrenNamed, decodeXmlBytes, parseXml, type XmlElement } from './parse-xml.js';

/**
 * Reads a `.pnml` file (UTF-8, or the ISO-8859-1 that ProM writes).
 *
 * @example
 * const { net, initialMarking, finalMarking } = await readPnml('model.pnml');
 */
export async function readPnml(file: string): Promise<AcceptingPetriNet> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError('file-unreadable', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file, cause: error });
  }
  return parsePnml(decodeXmlBytes(bytes), file);
}

/** Parses PNML text; `file` names the source in errors. */
export function parsePnml(text: string, file = '<pnml>'): AcceptingPetriNet {
  const fail = (code: string, message: string, at?: XmlElement, hint?: string): never => {
    throw new InputError(code, message, { file, line: at?.line, column: at?.column, hint });
  };
  const root = parseXml(text, file, 'pnml-malformed');
  if (root.name !== 'pnml') fail('pnml-invalid', `expected a <pnml> document, found <${root.name}>`, root);
  const netElement = childNamed(root, 'net') ?? fail('pnml-invalid', 'the document holds no <net>', root);

  const textOf = (e: XmlElement | undefined): string | undefined => {
    const t = e && childNamed(e, 'text');
    return t ? t.text.trim() : undefined;
  };
  const count = (e: XmlElement, raw: string, what: string): number => {
    if (!/^\d+$/.test(raw)) fail('pnml-invalid', `${what} "${raw}" is not a whole number`, e);
    return Number(raw);
  };

  const places: Place[] = [];
  const transitions: Transition[] = [];
  const arcElements: XmlElement[] = [];
  const initialMarking = new Map<string, number>();
  const ids = new Map<string, 'place' | 'transition'>();
  const takeId = (e: XmlElement, kind: 'place' | 'transition'): string => {
    const id = e.attributes.id ?? fail('pnml-invalid', `a <${kind}> has no id`, e);
    if (ids.has(id)) fail('pnml-invalid', `the id "${id}" is used twice`, e);
    ids.set(id, kind);
    return id;
  };

  const visit = (container: XmlElement) => {
    for (const e of container.children) {
      if (e.name === 'page') visit(e);
      else if (e.name === 'place') {
        const id = takeId(e, 'place');
        const name = textOf(childNamed(e, 'name'));
        places.push(name ? { id, name } : { id });
        const tokens = textOf(childNamed(e, 'initialMarking'));
        if (tokens !== undefined && tokens !== '') {
          const n = count(e, tokens, 'the initial marking');
          if (n > 0) initialMarking.set(id, n);
        }
      } else if (e.name === 'transition') {
        const id = takeId(e, 'transition');
        const name = textOf(childNamed(e, 'name')) || undefined;
        transitions.push({ id, label: isSilent(e) ? null : (name ?? id), ...(name ? { name } : {}) });
      } else if (e.name === 'arc') arcElements.push(e);
    }
  };
  visit(netElement);

  const arcs: Arc[] = arcElements.map((e) => {
    const { source, target } = e.attributes;
    if (!source || !target) fail('pnml-invalid', 'an <arc> needs a source and a target', e);
    const from = ids.get(source);
    const to = ids.get(target);
    if (!from || !to) fail('pnml-invalid', `the arc ${source} → ${target} names a node that does not exist`, e);
    if (from === to) fail('pnml-invalid', `the arc ${source} → ${target} joins two ${from}s`, e);
    const inscription = textOf(childNamed(e, 'inscription'));
    const weight = inscription === undefined || inscription === '' ? 1 : count(e, inscription, 'the arc weight');
    return { source, target, weight };
  });

  let finalMarking = new Map<string, number>();
  const markings = childNamed(netElement, 'finalmarkings');
  const firstMarking = markings && childNamed(markings, 'marking');
  if (firstMarking) {
    for (const p of childrenNamed(firstMarking, 'place')) {
      const ref = p.attributes.idref;
      if (!ref || ids.get(ref) !== 'place') fail('pnml-invalid', `the final marking names an unknown place "${ref ?? ''}"`, p);
      const n = count(p, textOf(p) ?? '0', 'the final marking');
      if (n > 0) finalMarking.set(ref, n);
    }
  } else {
    const withOutput = new Set(arcs.filter((a) => ids.get(a.source) === 'place').map((a) => a.source));
    finalMarking = new Map(places.filter((p) => !withOutput.has(p.id)).map((p) => [p.id, 1] as const));
    if (finalMarking.size === 0) {
      fail('no-final-marking', 'the net has no final marking and no place without outgoing arcs', netElement, 'add a <finalmarkings> element, as ProM and pm4py write it');
    }
  }
  if (initialMarking.size === 0) fail('no-initial-marking', 'no place holds a token in the initial marking', netElement, 'give the source place <initialMarking><text>1</text></initialMarking>');

  const name = textOf(childNamed(netElement, 'name'));
  return { net: { ...(name ? { name } : {}), places, transitions, arcs }, initialMarking, finalMarking };
}

/** ProM marks silent transitions with `activity="$invisible$"`; stochastic nets with an `invisible` property. */
function isSilent(transition: XmlElement): boolean {
  return childrenNamed(transition, 'toolspecific').some((t) => {
    const tool = t.attributes.tool ?? '';
    if (tool.includes('ProM')) return (t.attributes.activity ?? '').includes('invisible');
    if (tool.includes('StochasticPetriNet')) {
      return childrenNamed(t, 'property').some((p) => p.attributes.key === 'invisible' && p.text.trim().toLowerCase() === 'true');
    }
    return false;
  });
}
