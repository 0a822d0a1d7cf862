// Times discovery steps on one log in a fresh process (the log is read once, not timed): DFG, performance DFG,
// IM, IMf (noise 0.2) and IMd. Prints a JSON line of median seconds per step. Used by run.mjs.
import { readLog, discoverDfg, discoverInductive } from '../../dist/index.js';
import { median } from './timing.mjs';

const [file, runsText = '5'] = process.argv.slice(2);
const runs = Number(runsText);
const log = await readLog(file, { lifecycle: 'all' });

const time = (fn) => median(fn, runs)[0];

const result = { file, events: log.activities.length };
result.dfg = time(() => discoverDfg(log));
result.performance_dfg = time(() => discoverDfg(log, { performance: true }));
result['im_0.0'] = time(() => discoverInductive(log, { variant: 'im' }));
result['im_0.2'] = time(() => discoverInductive(log, { variant: 'imf', noiseThreshold: 0.2 }));
result.imd = time(() => discoverInductive(log, { variant: 'imd' }));
console.log(JSON.stringify(result));
