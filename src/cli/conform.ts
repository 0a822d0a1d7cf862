/**
 * `procmine conform LOG --model MODEL`: conformance of a log against a BPMN / PNML / PTML model, as a CI gate
 * (exit 1 below --min-fitness / --min-precision) and as an auditor's table of deviations.
 */
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { readModel, type BpmnTranslation } from '../model/io/read-model.js';
import { readLabelMap } from '../model/io/read-label-map.js';
import { checkConformance, type ConformanceMethod } from '../conformance/check-conformance.js';
import { renderJson } from '../report/envelope.js';
import { renderConformTable } from '../report/table/conform-table.js';
import { renderConformJunit } from '../report/junit/conform-junit.js';
import { addLogReadingOptions, addOutputOptions, type LogReadingFlags, type OutputFlags } from './options.js';
import { createProgress, emit, note, styleFor } from './io.js';
import { loadLog } from './load-log.js';
import { parseTopFlag } from './flag-values.js';

const EXAMPLES = `
Examples:
  $ procmine conform fixtures/logs/running-example.xes --model fixtures/models/running-example.bpmn
  $ procmine conform orders.csv --model to-be.bpmn --min-fitness 0.9 --format junit -o conformance.xml
  $ procmine conform claims.xes.gz --model model.pnml --method tbr --precision --min-precision 0.7
  $ procmine conform log.csv --model model.bpmn --ignore-case --label-map renames.csv --process Sales
  $ procmine conform log.xes --model model.bpmn --cost-model pm4py --bpmn-translation pm4py --format json

Fitness (alignments, the default): 1 − Σcost / Σ(trace length + cheapest model run) over all cases, with
standard costs (1 per inserted or skipped activity, 0 per silent step) or pm4py's (--cost-model pm4py).
Token replay (--method tbr): ½(1 − missing/consumed) + ½(1 − remaining/produced), as pm4py computes it.
Precision: ETConformance (token-based with tbr, alignment-based otherwise). Exit code 1 when a threshold fails.
A BPMN model becomes a workflow net by BPMN's semantics; --bpmn-translation pm4py builds the net pm4py builds
instead (token replay and pm4py-cost figures then equal pm4py's, except where pm4py misreads the model).`;

interface ConformFlags extends LogReadingFlags, OutputFlags {
  model: string;
  method: ConformanceMethod;
  costModel: 'standard' | 'pm4py';
  bpmnTranslation: BpmnTranslation;
  precision?: boolean;
  minFitness?: string;
  minPrecision?: string;
  ignoreCase?: boolean;
  labelMap?: string;
  process?: string;
  maxSecondsPerTrace?: string;
  top?: string;
}

function parseFraction(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError('bad-threshold', `${flag} must be between 0 and 1, got '${text}'`, { hint: `e.g. ${flag} 0.9` });
  return n;
}

export function defineConform(program: Command): void {
  const cmd = program
    .command('conform')
    .description('conformance of a log against a BPMN, PNML or PTML model: fitness, precision, deviations; exit 1 below thresholds')
    .argument('<log>', 'event log')
    .requiredOption('--model <file>', 'process model (.bpmn, .pnml, .ptml)');
  addLogReadingOptions(cmd);
  addOutputOptions(cmd, ['table', 'json', 'junit']);
  cmd
    .addOption(new Option('--method <method>', 'fitness by optimal alignments or token-based replay').choices(['alignments', 'tbr']).default('alignments'))
    .addOption(new Option('--cost-model <model>', 'alignment costs: standard (1/1/0) or pm4py (10000/10000/1)').choices(['standard', 'pm4py']).default('standard'))
    .addOption(new Option('--bpmn-translation <how>', "BPMN → Petri net: by BPMN's semantics (standard) or as pm4py builds it").choices(['standard', 'pm4py']).default('standard'))
    .option('--precision', 'also measure precision (ETConformance)')
    .option('--min-fitness <f>', 'fail (exit 1) when fitness is below this')
    .option('--min-precision <p>', 'fail (exit 1) when precision is below this (implies --precision)')
    .option('--ignore-case', 'match log activities to model labels ignoring case')
    .option('--label-map <csv>', 'CSV of "log activity,model label" renames')
    .option('--process <id>', 'BPMN: the process (id or pool name) to check against')
    .option('--max-seconds-per-trace <s>', 'alignments: time budget per variant (default 10); overruns are reported')
    .option('--top <n>', 'rows of deviations/variants to show (table) or variants to list (junit, default 100)')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: ConformFlags) => {
      const minFitness = parseFraction(flags.minFitness, '--min-fitness');
      const minPrecision = parseFraction(flags.minPrecision, '--min-precision');
      const top = parseTopFlag(flags.top);
      const maxSeconds = flags.maxSecondsPerTrace === undefined ? undefined : Number(flags.maxSecondsPerTrace);
      if (maxSeconds !== undefined && !(maxSeconds > 0)) {
        throw new UsageError('bad-budget', `--max-seconds-per-trace must be a positive number, got '${flags.maxSecondsPerTrace}'`);
      }
      const rename = flags.labelMap ? await readLabelMap(flags.labelMap) : undefined;
      const log = await loadLog(file, flags);
      const model = await readModel(flags.model, { process: flags.process, activities: log.activityNames, bpmnTranslation: flags.bpmnTranslation });
      if (flags.format !== 'table') for (const w of model.warnings) note(flags, `warning: ${flags.model}: ${w}`);
      const progress = createProgress('aligning', flags, 'variants');
      const result = checkConformance(log, model.net, {
        method: flags.method,
        costModel: flags.costModel,
        precision: flags.precision === true || minPrecision !== undefined,
        minFitness,
        minPrecision,
        labels: { mode: flags.ignoreCase ? 'ignore-case' : 'exact', rename },
        maxSecondsPerTrace: maxSeconds,
        onProgress: progress.onProgress,
      });
      progress.done();
      const modelInfo = { file: flags.model, format: model.format, ...(model.process ? { process: model.process } : {}), ...(model.bpmnTranslation ? { translation: model.bpmnTranslation } : {}), warnings: model.warnings };
      let text: string;
      if (flags.format === 'json') text = renderJson('procmine.conform/1', { ...result, model: modelInfo });
      else if (flags.format === 'junit') text = renderConformJunit(result, { suite: `${basename(file)} vs ${basename(flags.model)}`, maxVariants: top ?? 100 });
      else text = renderConformTable(result, { style: styleFor(flags), top: flags.full ? Infinity : (top ?? 15), full: flags.full === true, warnings: model.warnings });
      await emit(text, flags.output);
      if (!result.passed) {
        for (const f of result.failures) process.stderr.write(`procmine: check failed: ${f}\n`);
        process.exitCode = 1;
      }
    });
}
