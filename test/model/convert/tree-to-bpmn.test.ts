/**
 * Tree → BPMN: node and flow counts and node types equal pm4py's for every discovered tree in the references,
 * plus hand-checked small diagrams.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bpmnSize } from '../../../src/model/bpmn.js';
import { convertTreeToBpmn } from '../../../src/model/convert/tree-to-bpmn.js';
import { parseTree } from '../../../src/model/process-tree.js';
import { fixtureRefs, hasShared, sharedRefs } from '../../helpers/pm4py-refs.js';
import { treeRefs, type TreeRef } from '../model-refs.js';

function checkRefs(refs: TreeRef[]) {
  const withBpmn = refs.filter((r) => r.bpmn);
  it('has trees to compare', () => expect(withBpmn.length).toBeGreaterThan(0));
  it.each(withBpmn.map((r) => [r.name, r] as const))('%s', (_name, ref) => {
    const size = bpmnSize(convertTreeToBpmn(parseTree(ref.tree)));
    expect({ nodes: size.nodes, flows: size.flows, node_types: size.nodeTypes }).toEqual(ref.bpmn);
  });
}

describe('convertTreeToBpmn matches pm4py (fixture refs)', () => checkRefs(treeRefs(fixtureRefs)));
describe.skipIf(!hasShared)('convertTreeToBpmn matches pm4py (shared refs)', () => checkRefs(treeRefs(sharedRefs)));

describe('convertTreeToBpmn', () => {
  const flowsOf = (text: string) => {
    const bpmn = convertTreeToBpmn(parseTree(text));
    const label = new Map(bpmn.nodes.map((n) => [n.id, n.name ?? n.kind]));
    return bpmn.flows.map((f) => `${label.get(f.source)}>${label.get(f.target)}`);
  };

  it('chains a sequence without glue tasks', () => {
    expect(flowsOf("->( 'a', 'b', 'c' )")).toEqual(['startEvent>a', 'a>b', 'b>c', 'c>endEvent']);
  });

  it('turns a silent branch into a flow between the gateways', () => {
    expect(flowsOf("X( 'a', tau )").sort()).toEqual(
      ['a>exclusiveGateway', 'exclusiveGateway>a', 'exclusiveGateway>endEvent', 'exclusiveGateway>exclusiveGateway', 'startEvent>exclusiveGateway'].sort(),
    );
  });

  it('draws a loop as a join before the body and a split after it', () => {
    const bpmn = convertTreeToBpmn(parseTree("*( 'a', 'b' )"));
    const [split, join] = bpmn.nodes.filter((n) => n.kind === 'exclusiveGateway');
    expect([split.direction, join.direction]).toEqual(['Diverging', 'Converging']);
    expect(flowsOf("*( 'a', 'b' )").length).toBe(6);
  });

  it('keeps the way to the end of a one-child sequence', () => {
    expect(flowsOf("->( 'a' )")).toEqual(['startEvent>a', 'a>endEvent']);
  });
});

interface ModdleNode {
  $type: string;
  id: string;
  name?: string;
  gatewayDirection?: string;
  sourceRef?: ModdleNode;
  targetRef?: ModdleNode;
  flowElements?: ModdleNode[];
}

/** pm4py's exported BPMN files of the discovered trees, with the tree each was made from. */
function pm4pyBpmnExports(): [string, string, string][] {
  const dir = join(sharedRefs, 'models');
  if (!hasShared || !existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f): [string, string, string][] => {
    const m = /^(.*)\.im_(noise_[\d.]+)\.bpmn$/.exec(f);
    const refFile = m && join(sharedRefs, `${m[1]}.json`);
    if (!m || !refFile || !existsSync(refFile)) return [];
    const tree = (JSON.parse(readFileSync(refFile, 'utf8')) as { inductive?: Record<string, { tree?: string }> }).inductive?.[m[2]]?.tree;
    return tree ? [[f, tree, join(dir, f)]] : [];
  });
}

describe.skipIf(!hasShared)("convertTreeToBpmn rebuilds pm4py's exported diagrams flow for flow", () => {
  const exports = pm4pyBpmnExports();
  const sig = (type: string, name: string | undefined, direction: string | undefined) =>
    type === 'task' ? `task '${name}'` : type.endsWith('Gateway') ? `${type} ${direction}` : type;

  it('has exports to compare', () => expect(exports.length).toBeGreaterThan(0));
  it.each(exports)('%s', async (_file, tree, path) => {
    const { BpmnModdle } = (await import('bpmn-moddle')) as unknown as {
      BpmnModdle: new () => { fromXML(xml: string): Promise<{ rootElement: { rootElements: ModdleNode[] } }> };
    };
    const { rootElement } = await new BpmnModdle().fromXML(readFileSync(path, 'utf8'));
    const process = rootElement.rootElements.find((e) => e.$type === 'bpmn:Process')!;
    const theirSig = (n: ModdleNode) => sig(n.$type.slice(5).replace(/^./, (c) => c.toLowerCase()), n.name, n.gatewayDirection);
    const theirs = (process.flowElements ?? [])
      .filter((e) => e.$type === 'bpmn:SequenceFlow')
      .map((f) => `${theirSig(f.sourceRef!)} -> ${theirSig(f.targetRef!)}`)
      .sort();
    const bpmn = convertTreeToBpmn(parseTree(tree));
    const byId = new Map(bpmn.nodes.map((n) => [n.id, sig(n.kind, n.name, n.direction)]));
    const ours = bpmn.flows.map((f) => `${byId.get(f.source)} -> ${byId.get(f.target)}`).sort();
    expect(ours).toEqual(theirs);
  });
});
