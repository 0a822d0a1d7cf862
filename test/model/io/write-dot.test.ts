/**
 * DOT writing and SVG rendering: the DOT is deterministic, left to right and safe for any label; Graphviz (wasm,
 * offline) renders one SVG node per place and transition, per BPMN node and per tree node.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertTreeToBpmn } from '../../../src/model/convert/tree-to-bpmn.js';
import { convertTreeToPetri } from '../../../src/model/convert/tree-to-petri.js';
import { renderSvg } from '../../../src/model/io/render-svg.js';
import { writeBpmnDot, writePetriNetDot, writeTreeDot } from '../../../src/model/io/write-dot.js';
import { parseTree, type ProcessTree } from '../../../src/model/process-tree.js';
import { arbitraryTree } from '../arbitrary-tree.js';

const countNodes = (svg: string) => (svg.match(/<g id="node\d+" class="node">/g) ?? []).length;
const countEdges = (svg: string) => (svg.match(/<g id="edge\d+" class="edge">/g) ?? []).length;

function treeSize(t: ProcessTree): number {
  return t.kind === 'leaf' ? 1 : 1 + t.children.reduce((n, k) => n + treeSize(k), 0);
}

const running = parseTree(
  "->( 'register request', *( ->( +( 'check ticket', X( 'examine thoroughly', 'examine casually' ) ), 'decide' ), 'reinitiate request' ), X( 'reject request', 'pay compensation' ) )",
);

describe('writePetriNetDot', () => {
  it('draws the marked source, the doubled sink and silent transitions as bars, left to right', () => {
    const dot = writePetriNetDot(convertTreeToPetri(parseTree("X( 'a', tau )")));
    expect(dot).toContain('rankdir=LR');
    expect(dot).toMatch(/p0 \[shape="circle", label="●"/);
    expect(dot).toMatch(/p1 \[shape="doublecircle", label=""/);
    expect(dot).toMatch(/\[shape="box", label="", style="filled", fillcolor="black"/);
    expect(dot).toBe(writePetriNetDot(convertTreeToPetri(parseTree("X( 'a', tau )"))));
  });

  it('escapes quotes, backslashes and line breaks in labels', () => {
    const dot = writePetriNetDot(convertTreeToPetri(parseTree("'say \\\"hi\\\" \\\\ bye'")));
    expect(dot).toContain('label="say \\"hi\\" \\\\ bye"');
  });

  it('renders to SVG with one node per place and transition', async () => {
    const apn = convertTreeToPetri(running);
    const svg = await renderSvg(writePetriNetDot(apn));
    expect(svg).toContain('<svg');
    expect(countNodes(svg)).toBe(apn.net.places.length + apn.net.transitions.length);
    expect(countEdges(svg)).toBe(apn.net.arcs.length);
    expect(svg).toContain('>register request</text>');
  });

  it('renders any small tree’s net (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryTree(), async (tree) => {
        const apn = convertTreeToPetri(tree);
        expect(countNodes(await renderSvg(writePetriNetDot(apn)))).toBe(apn.net.places.length + apn.net.transitions.length);
      }),
      { numRuns: 40, seed: 5 },
    );
  });
});

describe('writeBpmnDot and writeTreeDot', () => {
  it('renders a BPMN diagram with one node per flow node', async () => {
    const bpmn = convertTreeToBpmn(running);
    const svg = await renderSvg(writeBpmnDot(bpmn));
    expect(countNodes(svg)).toBe(bpmn.nodes.length);
    expect(countEdges(svg)).toBe(bpmn.flows.length);
  });

  it('renders a tree with one node per tree node, children in order', async () => {
    const dot = writeTreeDot(running);
    expect(dot).toContain('ordering=out');
    expect(countNodes(await renderSvg(dot))).toBe(treeSize(running));
  });
});
