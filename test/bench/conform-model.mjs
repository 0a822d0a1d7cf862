// Times conformance of one log against one shipped model file (BPMN, PNML or PTML) in a fresh process: token
// replay, alignments with pm4py's costs and token-based precision, each the median of several runs when a run
// takes under 2 s (as pm4py's recorded timings are), else once. Reading and translating the model are timed
// apart. The log is read with --lifecycle all (pm4py's view) unless a fourth argument says otherwise. Prints a
// JSON line. Used by run.mjs.
import { readLog, readModel } from '../../dist/index.js';
import { indexNet } from '../../dist/conformance/indexed-net.js';
import { replayTokens } from '../../dist/conformance/token-replay.js';
import { alignLog } from '../../dist/conformance/alignments/align-log.js';
import { measurePrecision } from '../../dist/conformance/precision.js';
import { median, secondsSince } from './timing.mjs';

const [file, modelFile, runsText = '3', lifecycle = 'all'] = process.argv.slice(2);
const runs = Number(runsText);
const log = await readLog(file, lifecycle === 'default' ? {} : { lifecycle });

const timed = (fn) => median(fn, runs, 2);

const t0 = process.hrtime.bigint();
const model = await readModel(modelFile, { activities: log.activityNames });
const net = indexNet(model.net);
const result = { events: log.activities.length, model_read: secondsSince(t0) };
let tbr;
[result.tbr_fitness, tbr] = timed(() => replayTokens(log, net));
result.tbr_value = tbr.fitness;
let aligned;
const budget = Number(process.env.BENCH_ALIGN_BUDGET ?? 2);
[result.alignment_fitness, aligned] = timed(() => alignLog(log, net, { costModel: 'pm4py', maxSecondsPerTrace: budget }));
result.alignment_value = aligned.fitness;
result.notAligned = aligned.traces.notAligned;
[result.etc_precision] = timed(() => measurePrecision(log, net, { method: 'token' }));
console.log(JSON.stringify(result));
