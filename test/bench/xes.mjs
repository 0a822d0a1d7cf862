// XES read and write speed on the large public logs (not a test): `npx tsc -p . && node test/bench/xes.mjs`.
// Each log is read `BENCH_RUNS` times in this process (median wall and CPU seconds, events per second, peak RSS),
// then written back to a temporary .xes.gz once. Logs come from $PROCMINE_DATA or ../shared/data/logs.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readXes } from '../../dist/log/xes/read-xes.js';
import { writeXes } from '../../dist/log/xes/write-xes.js';

const here = dirname(fileURLToPath(import.meta.url));
const data = process.env.PROCMINE_DATA ?? join(here, '..', '..', '..', 'shared', 'data', 'logs');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const names = process.argv.slice(2).length ? process.argv.slice(2) : ['bpic2012.xes.gz', 'Road_Traffic_Fine_Management_Process.xes.gz'];
const out = mkdtempSync(join(tmpdir(), 'procmine-bench-xes-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const name of names) {
  const file = join(data, name);
  if (!existsSync(file)) {
    console.log(`${name}: not found in ${data}, skipped`);
    continue;
  }
  const wall = [];
  const cpu = [];
  let log;
  for (let i = 0; i < runs; i++) {
    log = undefined;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    log = await readXes(file, { lifecycle: 'all' });
    wall.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
  }
  const events = log.activities.length;
  const t0 = performance.now();
  await writeXes(log, join(out, `${name}.xes.gz`));
  const write = (performance.now() - t0) / 1000;
  console.log(
    JSON.stringify({
      file: name,
      events,
      cases: log.caseIds.length,
      readSeconds: Number(median(wall).toFixed(3)),
      readCpuSeconds: Number(median(cpu).toFixed(3)),
      eventsPerSecond: Math.round(events / median(wall)),
      writeGzSeconds: Number(write.toFixed(3)),
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      all: wall.map((w) => Number(w.toFixed(3))),
    }),
  );
}
rmSync(out, { recursive: true, force: true });
