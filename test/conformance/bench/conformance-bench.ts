/**
 * Times token replay, alignments and both precisions on shared logs with pm4py's IMf net (noise 0.2) and prints
 * a markdown table next to pm4py's timings (wall `timings_s`, CPU `cpu_s` where the ref has it). Not part of
 * `npm test`: `node node_modules/.bin/vite-node test/conformance/bench/conformance-bench.ts [log …]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignLog } from '../../../src/conformance/alignments/align-log.js';
import { indexNet } from '../../../src/conformance/indexed-net.js';
import { measurePrecision } from '../../../src/conformance/precision.js';
import { replayTokens } from '../../../src/conformance/token-replay.js';
import { readLog } from '../../../src/log/read-log.js';
import { computeVariantLog } from '../../../src/log/variant-log.js';
import { pm4pyReadOptions, sharedLogs, sharedRefs } from '../../helpers/pm4py-refs.js';
import { readPnml } from '../../../src/model/io/read-pnml.js';

const DEFAULT_LOGS = [
  'Road_Traffic_Fine_Management_Process.xes.gz',
  '13_SEPSIS_1t_per_variant.xes.gz',
  'bpic2012.xes.gz',
  '17_bpic2012_1t_per_variant.xes.gz',
  '16_bpic2019_1t_per_variant.xes.gz',
  'pdc_2019_9.xes',
  'pdc_2019_8.xes',
  '07_bpic2013_incidents.xes.gz',
  'receipt.parquet',
  'renting_log_high.xes.gz',
  'helpdesk.xes.gz',
];
const key = process.env.MODEL ?? 'noise_0.2';
const logs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_LOGS;
const secondsPerTrace = Number(process.env.SECONDS_PER_TRACE ?? 10);

const seconds = (f: () => unknown): [number, unknown] => {
  const t0 = performance.now();
  const r = f();
  return [(performance.now() - t0) / 1000, r];
};

console.log(`| log | measure | procmine s | pm4py wall s | pm4py CPU s | ratio (wall) | note |`);
console.log(`|---|---|---:|---:|---:|---:|---|`);
for (const log of logs) {
  const refFile = join(sharedRefs, `${log}.json`);
  const pnml = join(sharedRefs, 'models', `${log}.im_${key}.pnml`);
  if (!existsSync(refFile) || !existsSync(pnml)) continue;
  const ref = JSON.parse(readFileSync(refFile, 'utf8'));
  const variants = computeVariantLog(await readLog(join(sharedLogs, log), pm4pyReadOptions(ref)));
  const net = indexNet(await readPnml(pnml));
  const suffix = key.replace('noise_', '');
  const row = (measure: string, step: string, s: number, note: string) => {
    const wall = ref.timings_s?.[`${step}_${suffix}`];
    const cpu = ref.cpu_s?.[`${step}_${suffix}`];
    const error = ref.errors?.[`${step}_${suffix}`];
    const pm4py = wall !== undefined ? wall.toFixed(2) : error ? `gave up (${error.status ?? error.type})` : '–';
    const ratio = wall !== undefined ? `${(wall / s).toFixed(0)}×` : '';
    console.log(`| ${log} | ${measure} | ${s.toFixed(2)} | ${pm4py} | ${cpu !== undefined ? cpu.toFixed(2) : '–'} | ${ratio} | ${note} |`);
  };
  const [tbrS, tbr] = seconds(() => replayTokens(variants, net)) as [number, ReturnType<typeof replayTokens>];
  row('token-replay fitness', 'tbr_fitness', tbrS, `fitness ${tbr.fitness.toFixed(6)}`);
  for (const costModel of ['pm4py', 'standard'] as const) {
    const [s, r] = seconds(() => alignLog(variants, net, { costModel, maxSecondsPerTrace: secondsPerTrace })) as [number, ReturnType<typeof alignLog>];
    row(`alignment fitness (${costModel} costs)`, 'alignment_fitness', s, `fitness ${r.fitness.toFixed(6)}, ${r.notAlignedVariants} of ${r.variants.length} variants not aligned`);
  }
  const [etcS, etc] = seconds(() => measurePrecision(variants, net, { method: 'token', maxSeconds: 300 })) as [number, ReturnType<typeof measurePrecision>];
  row('ETC precision', 'etc_precision', etcS, `precision ${etc.precision.toFixed(6)}`);
  const [apS, ap] = seconds(() => measurePrecision(variants, net, { method: 'alignments', maxSeconds: 300 })) as [number, ReturnType<typeof measurePrecision>];
  row('alignment precision', 'alignment_precision', apS, `precision ${ap.precision.toFixed(6)}${ap.complete ? '' : ' (ran out of time)'}`);
}
