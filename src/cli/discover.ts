/**
 * `procmine discover LOG --algo dfg|im|imf|imd`: process discovery. Prints a summary (table or JSON) and, with
 * -o, writes the model in the format of the file's extension (.ptml, .pnml, .bpmn, .dot, .svg, .json).
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { discoverDfg } from '../discovery/dfg.js';
import { discoverInductive, type InductiveVariant } from '../discovery/inductive/index.js';
import { formatTree, type ProcessTree } from '../model/process-tree.js';
import { petriNetSize, type AcceptingPetriNet } from '../model/petri-net.js';
import { bpmnSize, type Bpmn } from '../model/bpmn.js';
import { convertTreeToPetri } from '../model/convert/tree-to-petri.js';
import { convertTreeToBpmn } from '../model/convert/tree-to-bpmn.js';
import { renderJson } from '../report/envelope.js';
import { renderProcessMapDot } from '../report/map/process-map-dot.js';
import { makeTable } from '../report/table/make-table.js';
import type { Dfg } from '../model/dfg.js';
import { addLogReadingOptions, type LogReadingFlags } from './options.js';
import { emit, note, styleFor } from './io.js';
import { loadLog } from './load-log.js';
import { flattenDfg } from './map.js';

const EXAMPLES = `
Examples:
  $ procmine discover fixtures/logs/running-example.xes --algo im -o model.bpmn
  $ procmine discover orders.csv --algo imf --noise 0.2 -o model.pnml
  $ procmine discover bpic2012.xes.gz --algo imd -o model.svg --diagram bpmn
  $ procmine discover fixtures/logs/running-example.xes --algo dfg --format json

Model formats by extension: .ptml (process tree, pm4py/ProM), .pnml (Petri net with final marking), .bpmn
(BPMN 2.0 with diagram layout, opens in bpmn.io / Camunda Modeler), .dot and .svg (Graphviz; --diagram chooses
the Petri net, BPMN or tree drawing), .json (the summary). IM, IMf and IMd follow Leemans et al. as pm4py
implements them; --noise is IMf's threshold (pm4py's noise_threshold).`;

interface DiscoverFlags extends LogReadingFlags {
  algo: 'dfg' | InductiveVariant;
  noise?: string;
  output?: string;
  format: 'table' | 'json';
  diagram: 'petri-net' | 'bpmn' | 'tree';
  quiet?: boolean;
  color?: boolean;
}

const MODEL_EXTENSIONS = ['.ptml', '.pnml', '.bpmn', '.dot', '.gv', '.svg', '.json'];

export function defineDiscover(program: Command): void {
  const cmd = program
    .command('discover')
    .description('discover a process model: directly-follows graph or a process tree with the Inductive Miner family')
    .argument('<log>', 'event log');
  addLogReadingOptions(cmd);
  cmd
    .addOption(new Option('--algo <algorithm>', 'discovery algorithm').choices(['dfg', 'im', 'imf', 'imd']).default('imf'))
    .option('--noise <threshold>', 'IMf noise threshold between 0 and 1 (default 0.2)')
    .option('-o, --output <file>', `write the model (${MODEL_EXTENSIONS.join(', ')})`)
    .addOption(new Option('--diagram <kind>', 'what .dot/.svg draw').choices(['petri-net', 'bpmn', 'tree']).default('petri-net'))
    .addOption(new Option('--format <format>', 'summary on standard output').choices(['table', 'json']).default('table'))
    .option('-q, --quiet', 'no progress or notes on standard error')
    .option('--no-color', 'no colours in terminal output')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: DiscoverFlags) => {
      const ext = flags.output ? extensionOf(flags.output) : undefined;
      if (flags.output && !MODEL_EXTENSIONS.includes(ext!)) {
        throw new UsageError('unsupported-output', `cannot tell the model format of '${flags.output}'`, {
          hint: `end the file name with one of ${MODEL_EXTENSIONS.join(', ')}`,
        });
      }
      const noise = parseNoise(flags);
      if (flags.algo === 'dfg' && ext && ['.ptml', '.pnml', '.bpmn'].includes(ext)) {
        throw new UsageError('unsupported-output', `a directly-follows graph cannot be written as ${ext}`, {
          hint: 'use --algo im, imf or imd for a process tree, or write the DFG as .dot, .svg or .json',
        });
      }
      const log = await loadLog(file, flags);
      if (flags.algo === 'dfg') {
        const dfg = discoverDfg(log, { performance: true });
        const summary = renderJson('procmine.discover/1', { algorithm: 'dfg', ...flattenDfg(dfg) });
        if (flags.output) await emit(await renderDfgModel(dfg, ext!, summary), flags.output);
        await emit(flags.format === 'json' ? summary : renderDfgSummary(dfg, flags), undefined);
        return;
      }
      const tree = discoverInductive(log, { variant: flags.algo, noiseThreshold: noise });
      const net = convertTreeToPetri(tree);
      const bpmn = convertTreeToBpmn(tree);
      const bpmnCounts = bpmnSize(bpmn);
      const payload = {
        algorithm: flags.algo,
        ...(flags.algo === 'imf' ? { noiseThreshold: noise ?? 0.2 } : {}),
        tree: formatTree(tree),
        petriNet: petriNetSize(net.net),
        bpmn: { nodes: bpmnCounts.nodes, flows: bpmnCounts.flows },
        activities: log.activityNames.length,
      };
      const summary = renderJson('procmine.discover/1', payload);
      if (flags.output) {
        await emit(await renderTreeModel(tree, net, bpmn, ext!, flags.diagram, summary), flags.output);
        note(flags, `wrote ${flags.output}`);
      }
      await emit(flags.format === 'json' ? summary : renderTreeSummary(payload, flags), undefined);
    });
}

function extensionOf(path: string): string {
  return path.toLowerCase().match(/\.[a-z]+$/)?.[0] ?? '';
}

function parseNoise(flags: DiscoverFlags): number | undefined {
  if (flags.noise === undefined) return undefined;
  const n = Number(flags.noise);
  if (!Number.isFinite(n) || n < 0 || n >= 1) {
    throw new UsageError('bad-noise', `--noise must be a number from 0 up to (not including) 1, got '${flags.noise}'`, { hint: 'e.g. --noise 0.2' });
  }
  if (flags.algo !== 'imf') throw new UsageError('noise-without-imf', '--noise applies to --algo imf only');
  return n;
}

async function renderTreeModel(tree: ProcessTree, net: AcceptingPetriNet, bpmn: Bpmn, ext: string, diagram: DiscoverFlags['diagram'], summary: string): Promise<string> {
  switch (ext) {
    case '.ptml':
      return (await import('../model/io/write-ptml.js')).writePtml(tree);
    case '.pnml':
      return (await import('../model/io/write-pnml.js')).writePnml(net);
    case '.bpmn':
      return (await import('../model/io/write-bpmn.js')).writeBpmn(bpmn);
    case '.json':
      return summary;
    default: {
      const dot = await import('../model/io/write-dot.js');
      const text = diagram === 'bpmn' ? dot.writeBpmnDot(bpmn) : diagram === 'tree' ? dot.writeTreeDot(tree) : dot.writePetriNetDot(net);
      return ext === '.svg' ? (await import('../model/io/render-svg.js')).renderSvg(text) : text;
    }
  }
}

async function renderDfgModel(dfg: Dfg, ext: string, summary: string): Promise<string> {
  if (ext === '.json') return summary;
  const dot = renderProcessMapDot(dfg, { metric: 'frequency' });
  return ext === '.svg' ? (await import('../model/io/render-svg.js')).renderSvg(dot) : dot;
}

function renderTreeSummary(p: { algorithm: string; tree: string; petriNet: ReturnType<typeof petriNetSize>; bpmn: { nodes: number; flows: number }; activities: number }, flags: DiscoverFlags): string {
  const style = styleFor({ color: flags.color });
  return [
    `${style.bold(p.algorithm.toUpperCase())} process tree over ${p.activities} activities:`,
    p.tree,
    '',
    makeTable({
      head: ['model', 'size'],
      align: ['l', 'l'],
      rows: [
        ['Petri net', `${p.petriNet.places} places, ${p.petriNet.transitions} transitions (${p.petriNet.invisibleTransitions} silent), ${p.petriNet.arcs} arcs`],
        ['BPMN', `${p.bpmn.nodes} nodes, ${p.bpmn.flows} sequence flows`],
      ],
    }, style),
    '',
  ].join('\n');
}

function renderDfgSummary(dfg: Dfg, flags: DiscoverFlags): string {
  const style = styleFor({ color: flags.color });
  return `Directly-follows graph: ${dfg.activities.length} activities, ${dfg.edges.length} edges\n${makeTable({
    head: ['from', 'to', 'count'],
    align: ['l', 'l', 'r'],
    rows: dfg.edges.map((e) => [e.from, e.to, e.count.toLocaleString('en-US')]),
    top: 25,
  }, style)}\n`;
}
