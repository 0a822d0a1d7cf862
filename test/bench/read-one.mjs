// Reads one log `runs` times in this fresh process and prints a JSON line: median seconds, events, cases,
// peak resident memory, and the bytes the core columns take per event. Used by run.mjs.
import { readLog } from '../../dist/index.js';

const [file, runsText = '5', lifecycle = 'all'] = process.argv.slice(2);
const runs = Number(runsText);
const times = [];
let log;
for (let i = 0; i < runs; i++) {
  log = undefined;
  const t0 = process.hrtime.bigint();
  log = await readLog(file, { lifecycle });
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
times.sort((a, b) => a - b);
const events = log.activities.length;
const core =
  log.activities.byteLength +
  log.timestamps.byteLength +
  log.caseOffsets.byteLength +
  (log.startTimestamps?.byteLength ?? 0) +
  (log.resources?.byteLength ?? 0);
console.log(
  JSON.stringify({
    file,
    seconds: times[Math.floor(times.length / 2)],
    all: times,
    events,
    cases: log.caseIds.length,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    coreBytesPerEvent: core / events,
  }),
);
