/**
 * BPMN model → BPMN 2.0 XML with diagram interchange (a shape with bounds per node, an edge with waypoints per
 * flow), laid out left to right by ELK's layered algorithm (elkjs, loaded on first use) with orthogonal routes,
 * so that bpmn.io and Camunda Modeler open the file readable. The same model gives the same bytes.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { isGateway, type Bpmn, type BpmnNode, type BpmnNodeKind } from '../bpmn.js';
import { escapeXml } from './xml-escape.js';

export interface WriteBpmnOptions {
  /** written as `exporter` on `<definitions>`. */
  exporter?: string;
  exporterVersion?: string;
}

// bpmn.io's default sizes, so that shapes look as if drawn there.
const SIZE: Record<BpmnNodeKind, { width: number; height: number }> = {
  startEvent: { width: 36, height: 36 },
  endEvent: { width: 36, height: 36 },
  task: { width: 100, height: 80 },
  exclusiveGateway: { width: 50, height: 50 },
  parallelGateway: { width: 50, height: 50 },
  inclusiveGateway: { width: 50, height: 50 },
};

const MARGIN = 40;

interface Point {
  x: number;
  y: number;
}

interface Layout {
  bounds: Map<string, Point & { width: number; height: number }>;
  waypoints: Map<string, Point[]>;
}

/**
 * Nodes in depth-first order from the start events along the flows, so that ELK's model-order cycle breaking
 * reverses the loops' back flows rather than forward ones.
 */
function flowOrder(bpmn: Bpmn): BpmnNode[] {
  const byId = new Map(bpmn.nodes.map((n) => [n.id, n] as const));
  const next = new Map<string, string[]>();
  for (const f of bpmn.flows) (next.get(f.source) ?? next.set(f.source, []).get(f.source)!).push(f.target);
  const seen = new Set<string>();
  const order: BpmnNode[] = [];
  const visit = (from: string) => {
    const stack = [from];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id) || !byId.has(id)) continue;
      seen.add(id);
      order.push(byId.get(id)!);
      stack.push(...(next.get(id) ?? []).slice().reverse());
    }
  };
  for (const n of bpmn.nodes) if (n.kind === 'startEvent') visit(n.id);
  for (const n of bpmn.nodes) visit(n.id);
  return order;
}

const IN = '\u0000in';
const OUT = '\u0000out';

async function layOut(bpmn: Bpmn): Promise<Layout> {
  const tipped = new Set(bpmn.nodes.filter((n) => n.kind !== 'task').map((n) => n.id));
  // A CommonJS module: Node hands over `module.exports` as the default, whose own `default` is the constructor.
  const elk = await import('elkjs/lib/elk.bundled.js');
  const ELK = elk.default.default;
  const graph: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '50',
      'elk.layered.spacing.edgeNodeBetweenLayers': '20',
      'elk.spacing.edgeEdge': '12',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.padding': `[top=${MARGIN},left=${MARGIN},bottom=${MARGIN},right=${MARGIN}]`,
    },
    children: flowOrder(bpmn).map((n): ElkNode => {
      const size = SIZE[n.kind];
      if (n.kind === 'task') return { id: n.id, ...size };
      // Gateways and events take their flows at their left and right tips, as BPMN diagrams are drawn.
      return {
        id: n.id,
        ...size,
        layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
        ports: [
          { id: `${n.id}${IN}`, x: 0, y: size.height / 2, width: 0, height: 0 },
          { id: `${n.id}${OUT}`, x: size.width, y: size.height / 2, width: 0, height: 0 },
        ],
      };
    }),
    edges: bpmn.flows.map(
      (f): ElkExtendedEdge => ({
        id: f.id,
        sources: [tipped.has(f.source) ? `${f.source}${OUT}` : f.source],
        targets: [tipped.has(f.target) ? `${f.target}${IN}` : f.target],
      }),
    ),
  };
  const result = await new ELK().layout(graph);
  const bounds: Layout['bounds'] = new Map();
  for (const c of result.children ?? []) bounds.set(c.id, { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 });
  const waypoints: Layout['waypoints'] = new Map();
  for (const e of (result.edges ?? []) as ElkExtendedEdge[]) {
    const s = e.sections?.[0];
    if (s) waypoints.set(e.id, [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
  }
  return { bounds, waypoints };
}

function centre(b: Point & { width: number; height: number }): Point {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Coordinates with at most two decimals and no trailing zeros, for stable text. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

const ELEMENT: Record<BpmnNodeKind, string> = {
  startEvent: 'startEvent',
  endEvent: 'endEvent',
  task: 'task',
  exclusiveGateway: 'exclusiveGateway',
  parallelGateway: 'parallelGateway',
  inclusiveGateway: 'inclusiveGateway',
};

function flowNodeXml(n: BpmnNode, incoming: string[], outgoing: string[]): string[] {
  let open = `    <bpmn:${ELEMENT[n.kind]} id="${escapeXml(n.id)}"`;
  if (n.name !== undefined) open += ` name="${escapeXml(n.name)}"`;
  if (isGateway(n.kind) && n.direction) open += ` gatewayDirection="${n.direction}"`;
  if (incoming.length + outgoing.length === 0) return [`${open} />`];
  return [
    `${open}>`,
    ...incoming.map((f) => `      <bpmn:incoming>${escapeXml(f)}</bpmn:incoming>`),
    ...outgoing.map((f) => `      <bpmn:outgoing>${escapeXml(f)}</bpmn:outgoing>`),
    `    </bpmn:${ELEMENT[n.kind]}>`,
  ];
}

/**
 * Writes a BPMN model as BPMN 2.0 XML with a laid-out diagram.
 *
 * @example
 * writeFileSync('model.bpmn', await writeBpmn(convertTreeToBpmn(tree)));
 */
export async function writeBpmn(bpmn: Bpmn, options: WriteBpmnOptions = {}): Promise<string> {
  const { bounds, waypoints } = await layOut(bpmn);
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  for (const f of bpmn.flows) {
    (outgoing.get(f.source) ?? outgoing.set(f.source, []).get(f.source)!).push(f.id);
    (incoming.get(f.target) ?? incoming.set(f.target, []).get(f.target)!).push(f.id);
  }
  const pid = escapeXml(bpmn.id);
  const exporter = options.exporter ?? 'procmine';
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"' +
      ' xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"' +
      ` id="Definitions_${pid}" targetNamespace="http://bpmn.io/schema/bpmn" exporter="${escapeXml(exporter)}"` +
      (options.exporterVersion ? ` exporterVersion="${escapeXml(options.exporterVersion)}"` : '') +
      '>',
    `  <bpmn:process id="${pid}"${bpmn.name !== undefined ? ` name="${escapeXml(bpmn.name)}"` : ''} isExecutable="false">`,
  ];
  for (const n of bpmn.nodes) out.push(...flowNodeXml(n, incoming.get(n.id) ?? [], outgoing.get(n.id) ?? []));
  for (const f of bpmn.flows) {
    out.push(`    <bpmn:sequenceFlow id="${escapeXml(f.id)}" sourceRef="${escapeXml(f.source)}" targetRef="${escapeXml(f.target)}" />`);
  }
  out.push('  </bpmn:process>', `  <bpmndi:BPMNDiagram id="BPMNDiagram_${pid}">`, `    <bpmndi:BPMNPlane id="BPMNPlane_${pid}" bpmnElement="${pid}">`);
  for (const n of bpmn.nodes) {
    const b = bounds.get(n.id)!;
    const marker = n.kind === 'exclusiveGateway' ? ' isMarkerVisible="true"' : '';
    out.push(
      `      <bpmndi:BPMNShape id="${escapeXml(n.id)}_di" bpmnElement="${escapeXml(n.id)}"${marker}>`,
      `        <dc:Bounds x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" />`,
      '      </bpmndi:BPMNShape>',
    );
  }
  for (const f of bpmn.flows) {
    const points = waypoints.get(f.id) ?? [centre(bounds.get(f.source)!), centre(bounds.get(f.target)!)];
    out.push(
      `      <bpmndi:BPMNEdge id="${escapeXml(f.id)}_di" bpmnElement="${escapeXml(f.id)}">`,
      ...points.map((p) => `        <di:waypoint x="${num(p.x)}" y="${num(p.y)}" />`),
      '      </bpmndi:BPMNEdge>',
    );
  }
  out.push('    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>', '</bpmn:definitions>', '');
  return out.join('\n');
}
