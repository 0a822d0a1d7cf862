// Times conformance on one log in a fresh process against procmine's own IMf (0.2) model: token replay,
// alignments (pm4py's costs, as pm4py's timings use, then the standard costs), ETC and alignment-based precision. Prints a JSON line of
// median seconds per step; an alignment step that takes 2 s or more runs once (pm4py's slow steps were timed once
// too). Alignments have a time budget per variant (BENCH_ALIGN_BUDGET seconds, default 2) and alignment precision
// a total cap (BENCH_ALIGN_CAP seconds, default 120) so that the bench ends; variants over the budget are counted
// in `notAligned`. Used by run.mjs.
import { readLog, discoverInductive, convertTreeToPetri } from '../../dist/index.js';
import { replayTokens } from '../../dist/conformance/token-replay.js';
import { alignLog } from '../../dist/conformance/alignments/align-log.js';
import { measurePrecision } from '../../dist/conformance/precision.js';
import { median } from './timing.mjs';

const [file, runsText = '3'] = process.argv.slice(2);
const runs = Number(runsText);
const log = await readLog(file, { lifecycle: 'all' });
const net = convertTreeToPetri(discoverInductive(log, { variant: 'imf', noiseThreshold: 0.2 }));

const time = (fn) => median(fn, runs);

const result = { file, events: log.activities.length };
[result['tbr_fitness_0.2']] = time(() => replayTokens(log, net));
const budget = Number(process.env.BENCH_ALIGN_BUDGET ?? 2);
const cap = Number(process.env.BENCH_ALIGN_CAP ?? 120);
let aligned;
[result['alignment_fitness_0.2'], aligned] = median(() => alignLog(log, net, { costModel: 'pm4py', maxSecondsPerTrace: budget }), runs, 2);
result.notAligned = aligned.traces.notAligned;
// the standard costs (procmine's default), which pm4py has no timing for
[result['alignment_standard_0.2'], aligned] = median(() => alignLog(log, net, { maxSecondsPerTrace: budget }), runs, 2);
result.notAlignedStandard = aligned.traces.notAligned;
[result['etc_precision_0.2']] = time(() => measurePrecision(log, net, { method: 'token' }));
let precision;
[result['alignment_precision_0.2'], precision] = median(() => measurePrecision(log, net, { method: 'alignments', maxSeconds: cap }), runs, 2);
if (!precision.complete) result['alignment_precision_0.2'] = null;
console.log(JSON.stringify(result));
