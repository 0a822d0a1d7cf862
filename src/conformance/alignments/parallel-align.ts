/**
 * Aligns many traces on several threads while `alignLog` stays synchronous. Threads take the next trace from a
 * shared counter; each trace's alignment depends on the trace alone (TraceAligner restarts its LP per trace), so
 * the results, collected by trace index, are the same as on one thread. The main thread aligns too and then
 * blocks on Atomics.wait until the workers it saw start are done, and reads their results with
 * receiveMessageOnPort. Anything a worker did not deliver (it failed or never started) the main thread aligns.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { IndexedNet } from '../indexed-net.js';
import type { SearchResult } from './a-star.js';
import type { CostModel } from './synchronous-product.js';
import { TraceAligner } from './trace-aligner.js';

/** What a worker needs: the net, the costs, the budget and the traces (label indices, CSR). */
export interface AlignJob {
  net: IndexedNet;
  costs: CostModel;
  maxSeconds: number;
  offsets: Int32Array;
  labels: Int32Array;
}

export type TraceOutcome = Pick<SearchResult, 'status' | 'cost' | 'moves' | 'expanded'>;

/** Shared words: [0] next trace index, [1 + w] worker w started, [1 + W + w] worker w done. */
export interface WorkerInit {
  job: AlignJob;
  control: SharedArrayBuffer;
  index: number;
  workers: number;
  port: MessagePort;
}

/** Messages on a worker's port. */
export type WorkerMessage = { kind: 'trace'; trace: number; outcome: TraceOutcome } | { kind: 'end'; lpSolves: number; error?: string };

/** Below this many traces, starting a worker costs more than it saves. */
const MIN_TRACES_PER_THREAD = 100;

const WORKER_URL = new URL('./align-worker.js', import.meta.url);

/** How many threads to use for `traces` traces when `requested` (undefined: as many as there are cores). */
export function threadCount(traces: number, requested?: number): number {
  const wanted = Math.max(1, Math.floor(requested ?? availableParallelism()));
  const useful = Math.max(1, Math.floor(traces / MIN_TRACES_PER_THREAD));
  // under a TypeScript test runner the compiled worker does not exist; align on this thread then
  if (Math.min(wanted, useful) > 1 && !existsSync(fileURLToPath(WORKER_URL))) return 1;
  return Math.min(wanted, useful);
}

/** Claims traces from the shared counter and aligns them until none is left. */
export function drain(aligner: TraceAligner, job: AlignJob, counter: Int32Array, deliver: (trace: number, outcome: TraceOutcome) => void): void {
  const n = job.offsets.length - 1;
  for (;;) {
    const i = Atomics.add(counter, 0, 1);
    if (i >= n) return;
    const r = aligner.align(job.labels.subarray(job.offsets[i], job.offsets[i + 1]));
    deliver(i, { status: r.status, cost: r.cost, moves: r.moves, expanded: r.expanded });
  }
}

/**
 * Aligns every trace of the job, on `threads` threads (this one included).
 * Returns the outcomes by trace index, the LP solves of all threads and how many threads took part.
 */
export function alignTraces(
  job: AlignJob,
  threads: number,
  aligner: TraceAligner,
  onProgress?: (done: number, total: number) => void,
): { outcomes: TraceOutcome[]; lpSolves: number; threads: number } {
  const n = job.offsets.length - 1;
  const outcomes: (TraceOutcome | undefined)[] = new Array(n);
  const workers = Math.max(0, threads - 1);
  const control = new Int32Array(new SharedArrayBuffer(4 * (1 + 2 * workers)));
  const solvesBefore = aligner.lp.solves;
  let lpSolves = 0;
  const started: { worker: Worker; port: MessagePort }[] = [];
  for (let w = 0; w < workers; w++) {
    const { port1, port2 } = new MessageChannel();
    const init: WorkerInit = { job, control: control.buffer as SharedArrayBuffer, index: w, workers, port: port2 };
    const worker = new Worker(WORKER_URL, { workerData: init, transferList: [port2] });
    worker.unref();
    started.push({ worker, port: port1 });
  }
  drain(aligner, job, control, (i, outcome) => {
    outcomes[i] = outcome;
    // the shared counter tells how many traces all threads have taken
    onProgress?.(Math.min(Atomics.load(control, 0), n), n);
  });
  let took = 1;
  for (let w = 0; w < workers; w++) {
    const { worker, port } = started[w];
    // a worker that had not started when the counter ran out will find nothing to do
    if (Atomics.load(control, 1 + w) === 1) {
      took++;
      while (Atomics.load(control, 1 + workers + w) === 0) Atomics.wait(control, 1 + workers + w, 0, 1000);
    }
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const msg = m.message as WorkerMessage;
      if (msg.kind === 'trace') outcomes[msg.trace] = msg.outcome;
      else lpSolves += msg.lpSolves;
    }
    port.close();
    void worker.terminate();
  }
  for (let i = 0; i < n; i++) {
    if (outcomes[i]) continue;
    const r = aligner.align(job.labels.subarray(job.offsets[i], job.offsets[i + 1]));
    outcomes[i] = { status: r.status, cost: r.cost, moves: r.moves, expanded: r.expanded };
  }
  lpSolves += aligner.lp.solves - solvesBefore;
  return { outcomes: outcomes as TraceOutcome[], lpSolves, threads: took };
}
