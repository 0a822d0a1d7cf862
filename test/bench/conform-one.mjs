// Times conformance on one log in a fresh process against procmine's own IMf (0.2) model: token replay,
// alignments (pm4py's costs, as pm4py's timings use), ETC and alignment-based precision. Prints a JSON line of
// median seconds per step. Used by run.mjs.
import { readLog, discoverInductive, convertTreeToPetri } from '../../dist/index.js';
import { replayTokens } from '../../dist/conformance/token-replay.js';
import { alignLog } from '../../dist/conformance/alignments/align-log.js';
import { measurePrecision } from '../../dist/conformance/precision.js';

const [file, runsText = '3'] = process.argv.slice(2);
const runs = Number(runsText);
const log = await readLog(file, { lifecycle: 'all' });
const net = convertTreeToPetri(discoverInductive(log, { variant: 'imf', noiseThreshold: 0.2 }));

function time(fn) {
  const all = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    out = fn();
    all.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  all.sort((a, b) => a - b);
  return [all[Math.floor(all.length / 2)], out];
}

const result = { file, events: log.activities.length };
[result['tbr_fitness_0.2']] = time(() => replayTokens(log, net));
let aligned;
[result['alignment_fitness_0.2'], aligned] = time(() => alignLog(log, net, { costModel: 'pm4py' }));
result.notAligned = aligned.traces.notAligned;
[result['etc_precision_0.2']] = time(() => measurePrecision(log, net, { method: 'token' }));
[result['alignment_precision_0.2']] = time(() => measurePrecision(log, net, { method: 'alignments' }));
console.log(JSON.stringify(result));
