// `npm run bench`: procmine's read speed on the large public logs next to pm4py's recorded times.
// Logs come from $PROCMINE_DATA or ../shared/data/logs; pm4py's timings from ../shared/refs/pm4py (or
// $PROCMINE_REFS). Each log is read in a fresh process, several times; the median counts. Nothing here is a test.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, createReadStream, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const data = process.env.PROCMINE_DATA ?? join(root, '..', 'shared', 'data', 'logs');
const refs = process.env.PROCMINE_REFS ?? join(root, '..', 'shared', 'refs');
const runs = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_ONLY=read,discovery,conformance,models,report runs some sections only (default: all).
const only = process.env.BENCH_ONLY?.split(',');
const want = (section) => !only || only.includes(section);

if (!existsSync(data)) {
  console.log(`bench: no data folder at ${data}; set PROCMINE_DATA to the folder holding the public logs. Skipped.`);
  process.exit(0);
}

const LOGS = [
  'bpic2012.xes.gz',
  'Road_Traffic_Fine_Management_Process.xes.gz',
  '16_bpic2019_1t_per_variant.xes.gz',
  '17_bpic2012_1t_per_variant.xes.gz',
  'DomesticDeclarations.xes.gz',
  'renting_log_high.xes.gz',
  '07_bpic2013_incidents.xes.gz',
  'Sepsis Cases - Event Log.xes.gz',
  'helpdesk.csv',
  'receipt.csv',
  'receipt.parquet',
];

function reference(tool, name) {
  const f = join(refs, tool, `${name}.json`);
  if (!existsSync(f)) return undefined;
  const t = JSON.parse(readFileSync(f, 'utf8')).timings_s ?? {};
  return t.read ?? t.import;
}

function measure(file, script = 'read-one.mjs') {
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', join(here, script), file, String(runs)], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop());
}

function pm4pyTimings(tool, name) {
  const f = join(refs, tool, `${name}.json`);
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')).timings_s ?? {}) : {};
}

/** A ~1 M-row CSV made by repeating receipt.csv with renamed cases, to measure CSV throughput at scale. */
async function synthesizeCsv(target, source, copies) {
  const out = createWriteStream(target);
  let header = null;
  const lines = [];
  for await (const line of createInterface({ input: createReadStream(source) })) {
    if (header === null) header = line;
    else if (line) lines.push(line);
  }
  const caseCol = header.split(',').indexOf('case:concept:name');
  out.write(`${header}\n`);
  for (let k = 0; k < copies; k++) {
    let chunk = '';
    for (const line of lines) {
      // receipt.csv has no quoted commas before the case column, so a plain split is safe here.
      const cells = line.split(',');
      cells[caseCol] = `${cells[caseCol]}-${k}`;
      chunk += `${cells.join(',')}\n`;
    }
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

const rows = [];
for (const name of want('read') ? LOGS : []) {
  const file = join(data, name);
  if (!existsSync(file)) {
    console.log(`skip ${name}: not in ${data}`);
    continue;
  }
  const m = measure(file);
  rows.push({ name, ...m, pm4py: reference('pm4py', name), pm4js: reference('pm4js', name) });
  console.error(`${name}: ${m.seconds.toFixed(3)} s`);
}

const receipt = join(data, 'receipt.csv');
if (want('read') && existsSync(receipt)) {
  const big = join(tmpdir(), 'procmine-bench-receipt-x120.csv');
  if (!existsSync(big)) await synthesizeCsv(big, receipt, 120);
  const m = measure(big);
  rows.push({ name: 'receipt.csv ×120 (synthesized)', ...m });
}

const fmt = (x, d = 2) => (x === undefined || x === null ? '–' : x.toFixed(d));
const lines = [
  `| log | events | procmine s | events/s | pm4py s | × pm4py | pm4js s | × pm4js | peak RSS MB | core B/event |`,
  `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
];
for (const r of rows) {
  lines.push(
    `| ${r.name} | ${r.events.toLocaleString('en-US')} | ${fmt(r.seconds, 3)} | ${Math.round(r.events / r.seconds).toLocaleString('en-US')} | ${fmt(r.pm4py)} | ${r.pm4py ? fmt(r.pm4py / r.seconds, 1) : '–'} | ${fmt(r.pm4js)} | ${r.pm4js ? fmt(r.pm4js / r.seconds, 1) : '–'} | ${fmt(r.maxRssMB, 0)} | ${fmt(r.coreBytesPerEvent, 1)} |`,
  );
}
if (want('read')) {
  console.log(`\nRead (median of ${runs} runs, --lifecycle all, Node ${process.version}):\n`);
  console.log(lines.join('\n'));
}
if (want('read')) writeFileSync(join(here, 'last-read.json'), JSON.stringify(rows, null, 2));

// Discovery on the same logs: procmine's median time per step next to pm4py's.
const STEPS = ['dfg', 'performance_dfg', 'im_0.0', 'im_0.2', 'imd'];
const discovery = [];
for (const name of want('discovery') ? LOGS : []) {
  const file = join(data, name);
  if (!existsSync(file)) continue;
  const m = measure(file, 'discover-one.mjs');
  discovery.push({ name, ...m, pm4py: pm4pyTimings('pm4py', name) });
  console.error(`${name}: discovery measured`);
}
const dl = [
  `| log | events | ${STEPS.map((s) => `${s} s (× pm4py)`).join(' | ')} |`,
  `|---|---:|${STEPS.map(() => '---:').join('|')}|`,
];
for (const r of discovery) {
  const cells = STEPS.map((s) => {
    const ours = r[s];
    const theirs = r.pm4py[s];
    return `${fmt(ours, 3)}${theirs ? ` (${fmt(theirs / ours, 0)}×)` : ''}`;
  });
  dl.push(`| ${r.name} | ${r.events.toLocaleString('en-US')} | ${cells.join(' | ')} |`);
}
if (want('discovery')) {
  console.log(`\nDiscovery (median of ${runs} runs, log already read, --lifecycle all):\n`);
  console.log(dl.join('\n'));
}
if (want('discovery')) writeFileSync(join(here, 'last-discovery.json'), JSON.stringify(discovery, null, 2));

// Conformance against procmine's IMf model of each log, next to pm4py's times against its IMf model.
const CSTEPS = ['tbr_fitness_0.2', 'alignment_fitness_0.2', 'alignment_standard_0.2', 'etc_precision_0.2', 'alignment_precision_0.2'];
const conformance = [];
for (const name of want('conformance') ? LOGS : []) {
  const file = join(data, name);
  if (!existsSync(file)) continue;
  let m;
  try {
    m = measure(file, 'conform-one.mjs');
  } catch (error) {
    console.error(`${name}: conformance failed: ${error.message.split('\n')[0]}`);
    continue;
  }
  conformance.push({ name, ...m, pm4py: pm4pyTimings('pm4py', name) });
  console.error(`${name}: conformance measured`);
}
const cl = [
  `| log | events | ${CSTEPS.map((s) => `${s} s (× pm4py)`).join(' | ')} | not aligned (pm4py / standard costs) |`,
  `|---|---:|${CSTEPS.map(() => '---:').join('|')}|---:|`,
];
for (const r of conformance) {
  // pm4py's refs record no time for a step it gave up on
  const cells = CSTEPS.map((s) => `${fmt(r[s], 3)}${r.pm4py[s] ? ` (${fmt(r.pm4py[s] / r[s], 0)}×)` : s === 'alignment_standard_0.2' ? '' : ' (pm4py: –)'}`);
  cl.push(`| ${r.name} | ${r.events.toLocaleString('en-US')} | ${cells.join(' | ')} | ${r.notAligned} / ${r.notAlignedStandard} |`);
}
if (want('conformance')) {
  console.log(`\nConformance against the IMf (0.2) model (median of ${runs} runs, or one run over 2 s; alignments with pm4py's costs and with the standard costs, a time budget per variant and a cap; – = not run or over the cap):\n`);
  console.log(cl.join('\n'));
}
if (want('conformance')) writeFileSync(join(here, 'last-conformance.json'), JSON.stringify(conformance, null, 2));

// Conformance against the shipped models: every (log, BPMN model) pair pm4py checked (refs' `models.checked`),
// every checked pair whose alignments pm4py gave up on (any model format), and the log/model pairs of
// shared/data/pairs, which pm4py has no timings for.
const models = join(data, '..', 'models');
const pairsDir = join(data, '..', 'pairs');
const modelPairs = [];
if (existsSync(join(refs, 'pm4py'))) {
  const { readdirSync } = await import('node:fs');
  for (const f of readdirSync(join(refs, 'pm4py')).filter((f) => f.endsWith('.json')).sort()) {
    const name = f.slice(0, -5);
    const checked = JSON.parse(readFileSync(join(refs, 'pm4py', f), 'utf8')).models?.checked ?? {};
    for (const model of Object.keys(checked).filter((m) => m.endsWith('.bpmn') || checked[m].alignment_fitness == null)) {
      if (existsSync(join(data, name)) && existsSync(join(models, model))) modelPairs.push({ name, log: join(data, name), model, file: join(models, model) });
    }
  }
}
for (const [dir, log, model] of [
  ['sepsis-normative', 'sepsis.csv', 'sepsis.bpmn'],
  ['purchasing-simulated', 'purchasing_example_log.xes', 'purchasing_example.bpmn'],
  ['bpic2020-domestic-im', 'DomesticDeclarations.xes.gz', 'domestic_inductive.bpmn'],
  ['a32-synthetic', 'a32f0n50.xes.gz', 'a32f0n00.bpmn'],
]) {
  // read as an analyst would (start and complete events merged): pm4py has no timings to match here
  if (existsSync(join(pairsDir, dir, log))) modelPairs.push({ name: log, log: join(pairsDir, dir, log), model, file: join(pairsDir, dir, model), lifecycle: 'default' });
}
const modelRows = [];
for (const pair of want('models') ? modelPairs : []) {
  try {
    const out = execFileSync(process.execPath, ['--max-old-space-size=8192', join(here, 'conform-model.mjs'), pair.log, pair.file, String(runs), pair.lifecycle ?? 'all'], { encoding: 'utf8' });
    const m = JSON.parse(out.trim().split('\n').pop());
    const t = pm4pyTimings('pm4py', pair.name);
    modelRows.push({ ...pair, ...m, pm4py: { tbr_fitness: t[`model_tbr_fitness:${pair.model}`], alignment_fitness: t[`model_alignment_fitness:${pair.model}`], etc_precision: t[`model_etc_precision:${pair.model}`] } });
    console.error(`${pair.name} × ${pair.model}: conformance measured`);
  } catch (error) {
    console.error(`${pair.name} × ${pair.model}: failed: ${error.message.split('\n')[0]}`);
  }
}
const MSTEPS = ['tbr_fitness', 'alignment_fitness', 'etc_precision'];
const ml = [
  `| log × model | events | ${MSTEPS.map((s) => `${s} s (× pm4py)`).join(' | ')} | fitness (alignments, pm4py costs) | not aligned |`,
  `|---|---:|${MSTEPS.map(() => '---:').join('|')}|---:|---:|`,
];
for (const r of modelRows) {
  const cells = MSTEPS.map((s) => `${fmt(r[s], 3)}${r.pm4py[s] ? ` (${fmt(r.pm4py[s] / r[s], 0)}×)` : ''}`);
  ml.push(`| ${r.name} × ${r.model} | ${r.events.toLocaleString('en-US')} | ${cells.join(' | ')} | ${fmt(r.alignment_value, 6)} | ${r.notAligned} |`);
}
if (want('models')) {
  console.log(`\nConformance against the shipped models: BPMN, and any model pm4py gave up aligning (median of ${runs} runs, or one run over 2 s; alignments with pm4py's costs; – = no pm4py time):\n`);
  console.log(ml.join('\n'));
}
if (want('models')) writeFileSync(join(here, 'last-models.json'), JSON.stringify(modelRows, null, 2));

// The report command end to end on the largest log (a fresh process, wall time and file size).
const largest = join(data, 'Road_Traffic_Fine_Management_Process.xes.gz');
if (want('report') && existsSync(largest)) {
  const out = join(tmpdir(), 'procmine-bench-report.html');
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, [join(root, 'bin', 'procmine.js'), 'report', largest, '-o', out, '-q']);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const { statSync } = await import('node:fs');
  console.log(`\nreport on Road_Traffic_Fine_Management_Process.xes.gz (561,470 events): ${seconds.toFixed(2)} s, ${(statSync(out).size / 1e6).toFixed(1)} MB`);
}
