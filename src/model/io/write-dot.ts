/**
 * Graphviz DOT for process models, laid out left to right: Petri nets (places as circles with their tokens, the
 * final place doubled, silent transitions as black bars), BPMN diagrams (tasks, events, gateways with their
 * markers) and process trees (operators as circles, activities as boxes). Node names are generated, so any label
 * is safe; the same model gives the same text.
 */
import type { Bpmn, BpmnNodeKind } from '../bpmn.js';
import type { AcceptingPetriNet } from '../petri-net.js';
import type { ProcessTree } from '../process-tree.js';

export interface WriteDotOptions {
  /** Graphviz `rankdir`; `LR` (left to right) unless told. */
  rankdir?: 'LR' | 'TB' | 'RL' | 'BT';
  /** the graph's title, shown nowhere but kept in the SVG's `<title>`. */
  title?: string;
}

/** A DOT double-quoted string. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n|\r/g, '\\n')}"`;
}

function attributes(attrs: Record<string, string | number>): string {
  return `[${Object.entries(attrs)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? v : quote(v)}`)
    .join(', ')}]`;
}

function header(kind: string, options: WriteDotOptions): string[] {
  return [
    `digraph ${quote(options.title ?? kind)} {`,
    `  graph [rankdir=${options.rankdir ?? 'LR'}, fontname="Helvetica", nodesep=0.35, ranksep=0.45, bgcolor="white"];`,
    '  node [fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9, arrowsize=0.7];',
  ];
}

/**
 * A Petri net as DOT.
 *
 * @example
 * await renderSvg(writePetriNetDot(convertTreeToPetri(tree)));
 */
export function writePetriNetDot(apn: AcceptingPetriNet, options: WriteDotOptions = {}): string {
  const out = header('petri net', options);
  const names = new Map<string, string>();
  apn.net.places.forEach((p, i) => {
    const name = `p${i}`;
    names.set(p.id, name);
    const tokens = apn.initialMarking.get(p.id) ?? 0;
    const final = (apn.finalMarking.get(p.id) ?? 0) > 0;
    const label = tokens === 0 ? '' : tokens === 1 ? '●' : String(tokens);
    out.push(`  ${name} ${attributes({ shape: final ? 'doublecircle' : 'circle', label, width: 0.3, fixedsize: 'true', tooltip: p.name ?? p.id })};`);
  });
  apn.net.transitions.forEach((t, i) => {
    const name = `t${i}`;
    names.set(t.id, name);
    if (t.label === null) {
      out.push(`  ${name} ${attributes({ shape: 'box', label: '', style: 'filled', fillcolor: 'black', width: 0.12, height: 0.45, fixedsize: 'true', tooltip: t.name ?? t.id })};`);
    } else out.push(`  ${name} ${attributes({ shape: 'box', label: t.label, tooltip: t.label })};`);
  });
  for (const a of apn.net.arcs) {
    const from = names.get(a.source);
    const to = names.get(a.target);
    if (from && to) out.push(`  ${from} -> ${to}${a.weight === 1 ? '' : ` ${attributes({ label: String(a.weight) })}`};`);
  }
  out.push('}', '');
  return out.join('\n');
}

const BPMN_NODE: Record<BpmnNodeKind, Record<string, string | number>> = {
  startEvent: { shape: 'circle', label: '', width: 0.35, fixedsize: 'true', style: 'filled', fillcolor: '#e8f5e9' },
  endEvent: { shape: 'circle', label: '', width: 0.35, fixedsize: 'true', penwidth: 3, style: 'filled', fillcolor: '#ffebee' },
  task: { shape: 'box', style: 'rounded,filled', fillcolor: '#fffde7' },
  exclusiveGateway: { shape: 'diamond', label: '×', width: 0.45, height: 0.45, fixedsize: 'true' },
  parallelGateway: { shape: 'diamond', label: '+', width: 0.45, height: 0.45, fixedsize: 'true' },
  inclusiveGateway: { shape: 'diamond', label: '○', width: 0.45, height: 0.45, fixedsize: 'true' },
};

/** A BPMN diagram as DOT. */
export function writeBpmnDot(bpmn: Bpmn, options: WriteDotOptions = {}): string {
  const out = header(bpmn.name ?? 'bpmn', options);
  const names = new Map<string, string>();
  bpmn.nodes.forEach((n, i) => {
    const name = `n${i}`;
    names.set(n.id, name);
    const attrs = { ...BPMN_NODE[n.kind], tooltip: n.name ?? n.id };
    if (n.kind === 'task') Object.assign(attrs, { label: n.name ?? '' });
    out.push(`  ${name} ${attributes(attrs)};`);
  });
  for (const f of bpmn.flows) {
    const from = names.get(f.source);
    const to = names.get(f.target);
    if (from && to) out.push(`  ${from} -> ${to};`);
  }
  out.push('}', '');
  return out.join('\n');
}

const OPERATOR_SYMBOL: Record<string, string> = { '->': '→', X: '×', '+': '∧', '*': '↺', O: '∨' };

/** A process tree as DOT: the root on the left, children in order. */
export function writeTreeDot(tree: ProcessTree, options: WriteDotOptions = {}): string {
  const out = header('process tree', options);
  let count = 0;
  const visit = (t: ProcessTree): string => {
    const name = `n${count++}`;
    if (t.kind === 'leaf') {
      out.push(
        t.label === null
          ? `  ${name} ${attributes({ shape: 'box', label: 'τ', style: 'filled', fillcolor: '#eeeeee' })};`
          : `  ${name} ${attributes({ shape: 'box', label: t.label })};`,
      );
      return name;
    }
    out.push(`  ${name} ${attributes({ shape: 'circle', label: OPERATOR_SYMBOL[t.operator], width: 0.4, fixedsize: 'true' })};`);
    const kids = t.children.map(visit);
    for (const kid of kids) out.push(`  ${name} -> ${kid} [arrowhead=none];`);
    return name;
  };
  visit(tree);
  // ordering=out keeps children in their order, which matters for sequences and loops.
  out.splice(2, 0, '  graph [ordering=out];');
  out.push('}', '');
  return out.join('\n');
}
