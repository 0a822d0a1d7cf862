/**
 * Process tree → PTML, the XML of ProM's process trees, laid out as pm4py writes it: every node in breadth-first
 * order, then one `parentsNode` per edge. Loops are written with ProM's three children (do, redo, exit τ); ids are
 * UUIDs derived from the tree, so the same tree always gives the same bytes.
 */
import { formatTree, node, TAU, type ProcessTree } from '../process-tree.js';
import { escapeXml } from './xml-escape.js';
import { stableUuid } from './stable-uuid.js';

export interface WritePtmlOptions {
  /** the `name` of the process tree; a UUID derived from the tree when left out, as pm4py writes one. */
  name?: string;
}

const ELEMENT: Record<string, string> = { '->': 'sequence', X: 'xor', '+': 'and', '*': 'xorLoop', O: 'or' };

/** ProM's xorLoop has exactly a do, a redo and an exit part; several redo parts are a choice between them. */
function toPromShape(tree: ProcessTree): ProcessTree {
  if (tree.kind === 'leaf') return tree;
  const kids = tree.children.map(toPromShape);
  if (tree.operator !== '*') return node(tree.operator, kids);
  const [body, ...redo] = kids;
  const redoPart = redo.length === 0 ? TAU : redo.length === 1 ? redo[0] : node('X', redo);
  return node('*', [body, redoPart, TAU]);
}

/**
 * Writes a process tree as PTML text.
 *
 * @example
 * writePtml(parseTree("->( 'a', 'b' )")) // "<?xml version='1.0' encoding='UTF-8'?>\n<ptml>…"
 */
export function writePtml(tree: ProcessTree, options: WritePtmlOptions = {}): string {
  const shaped = toPromShape(tree);
  const seed = formatTree(shaped);
  const order: { tree: ProcessTree; parent: number }[] = [{ tree: shaped, parent: -1 }];
  for (let i = 0; i < order.length; i++) {
    const t = order[i].tree;
    if (t.kind === 'node') for (const kid of t.children) order.push({ tree: kid, parent: i });
  }
  const ids = order.map((_, i) => stableUuid(`${seed}#node${i}`));
  const name = options.name ?? stableUuid(`${seed}#name`);
  const lines = [
    "<?xml version='1.0' encoding='UTF-8'?>",
    '<ptml>',
    `  <processTree name="${escapeXml(name)}" root="${ids[0]}" id="${stableUuid(`${seed}#tree`)}">`,
  ];
  order.forEach(({ tree: t }, i) => {
    if (t.kind === 'leaf') {
      const element = t.label === null ? 'automaticTask' : 'manualTask';
      lines.push(`    <${element} name="${escapeXml(t.label ?? '')}" id="${ids[i]}"/>`);
    } else lines.push(`    <${ELEMENT[t.operator]} name="" id="${ids[i]}"/>`);
  });
  order.forEach(({ parent }, i) => {
    if (parent >= 0) lines.push(`    <parentsNode id="${stableUuid(`${seed}#edge${i}`)}" sourceId="${ids[parent]}" targetId="${ids[i]}"/>`);
  });
  lines.push('  </processTree>', '</ptml>', '');
  return lines.join('\n');
}
