/**
 * BPMN writing: the XML loads in bpmn-moddle without warnings, keeps every node and flow, every flow node has a
 * DI shape with bounds and every sequence flow an edge with at least two waypoints; the bytes are deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertTreeToBpmn } from '../../../src/model/convert/tree-to-bpmn.js';
import { writeBpmn } from '../../../src/model/io/write-bpmn.js';
import { parseTree } from '../../../src/model/process-tree.js';
import { fixtureRefs } from '../../helpers/pm4py-refs.js';
import { arbitraryTree } from '../arbitrary-tree.js';
import { treeRefs } from '../model-refs.js';

interface ModdleElement {
  $type: string;
  id: string;
  name?: string;
  bpmnElement?: ModdleElement;
  bounds?: { x: number; y: number; width: number; height: number };
  waypoint?: { x: number; y: number }[];
  flowElements?: ModdleElement[];
  incoming?: ModdleElement[];
  outgoing?: ModdleElement[];
  sourceRef?: ModdleElement;
  targetRef?: ModdleElement;
}

interface Loaded {
  rootElement: { rootElements: ModdleElement[]; diagrams: { plane: { planeElement: ModdleElement[] } }[] };
  warnings: unknown[];
}

async function load(xml: string): Promise<Loaded> {
  const { BpmnModdle } = (await import('bpmn-moddle')) as unknown as { BpmnModdle: new () => { fromXML(xml: string): Promise<Loaded> } };
  return new BpmnModdle().fromXML(xml);
}

/** Checks a written diagram and returns its flow-node and flow counts. */
async function checkDiagram(xml: string): Promise<{ nodes: number; flows: number }> {
  const { rootElement, warnings } = await load(xml);
  expect(warnings).toEqual([]);
  const process = rootElement.rootElements.find((e) => e.$type === 'bpmn:Process')!;
  const elements = process.flowElements ?? [];
  const flows = elements.filter((e) => e.$type === 'bpmn:SequenceFlow');
  const nodes = elements.filter((e) => e.$type !== 'bpmn:SequenceFlow');
  const di = rootElement.diagrams[0].plane.planeElement;
  const shapes = new Map(di.filter((d) => d.$type === 'bpmndi:BPMNShape').map((d) => [d.bpmnElement!.id, d]));
  const edges = new Map(di.filter((d) => d.$type === 'bpmndi:BPMNEdge').map((d) => [d.bpmnElement!.id, d]));
  for (const n of nodes) {
    const b = shapes.get(n.id)?.bounds;
    expect(b, `shape of ${n.id}`).toBeDefined();
    expect(b!.width).toBeGreaterThan(0);
    expect(b!.height).toBeGreaterThan(0);
    expect(Number.isFinite(b!.x) && Number.isFinite(b!.y)).toBe(true);
  }
  for (const f of flows) {
    expect(edges.get(f.id)?.waypoint?.length ?? 0, `waypoints of ${f.id}`).toBeGreaterThanOrEqual(2);
    expect(f.sourceRef?.outgoing).toContain(f);
    expect(f.targetRef?.incoming).toContain(f);
  }
  return { nodes: nodes.length, flows: flows.length };
}

describe('writeBpmn', () => {
  it('writes the running example with a shape per node and an edge per flow, left to right', async () => {
    const tree = parseTree(treeRefs(fixtureRefs).find((r) => r.name.startsWith('01_running-example.xes.gz.json noise_0.0'))!.tree);
    const bpmn = convertTreeToBpmn(tree);
    const xml = await writeBpmn(bpmn);
    expect(await checkDiagram(xml)).toEqual({ nodes: 18, flows: 21 });
    const x = (id: string) => Number(new RegExp(`bpmnElement="${id}"[^>]*>\\s*<dc:Bounds x="([\\d.]+)"`).exec(xml)![1]);
    const start = bpmn.nodes.find((n) => n.kind === 'startEvent')!.id;
    const end = bpmn.nodes.find((n) => n.kind === 'endEvent')!.id;
    for (const task of bpmn.nodes.filter((n) => n.kind === 'task')) {
      expect(x(start)).toBeLessThan(x(task.id));
      expect(x(task.id)).toBeLessThan(x(end));
    }
  });

  it('is byte-identical for the same model', async () => {
    const bpmn = convertTreeToBpmn(parseTree("->( 'a', *( X( 'b', 'c' ), tau ), +( 'd', 'e' ) )"));
    expect(await writeBpmn(bpmn)).toBe(await writeBpmn(convertTreeToBpmn(parseTree("->( 'a', *( X( 'b', 'c' ), tau ), +( 'd', 'e' ) )"))));
  });

  it('escapes names', async () => {
    const xml = await writeBpmn(convertTreeToBpmn(parseTree("'a <b> & \"c\"'")));
    expect(xml).toContain('name="a &lt;b&gt; &amp; &quot;c&quot;"');
    expect((await load(xml)).warnings).toEqual([]);
  });

  it('loads without warnings with complete DI for any small tree (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryTree(), async (tree) => {
        const bpmn = convertTreeToBpmn(tree);
        expect(await checkDiagram(await writeBpmn(bpmn))).toEqual({ nodes: bpmn.nodes.length, flows: bpmn.flows.length });
      }),
      { numRuns: 40, seed: 3 },
    );
  });

  it('lays out every discovered tree in the fixture refs', async () => {
    const trees = new Set(treeRefs(fixtureRefs).filter((r) => r.bpmn).map((r) => r.tree));
    for (const tree of trees) {
      const bpmn = convertTreeToBpmn(parseTree(tree));
      expect(await checkDiagram(await writeBpmn(bpmn))).toEqual({ nodes: bpmn.nodes.length, flows: bpmn.flows.length });
    }
  });
});
