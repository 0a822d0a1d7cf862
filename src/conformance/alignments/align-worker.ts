/**
 * Worker thread of parallel-align.ts: aligns traces from the shared counter and posts each outcome, then marks
 * itself done (even after an error, so that the main thread never waits in vain).
 */
import { workerData } from 'node:worker_threads';
import { drain, type WorkerInit, type WorkerMessage } from './parallel-align.js';
import { TraceAligner } from './trace-aligner.js';

const { job, control, index, workers, port } = workerData as WorkerInit;
const words = new Int32Array(control);
Atomics.store(words, 1 + index, 1);
const post = (m: WorkerMessage) => port.postMessage(m);
let lpSolves = 0;
try {
  const aligner = new TraceAligner(job.net, job.costs, job.maxSeconds);
  drain(aligner, job, words, (trace, outcome) => post({ kind: 'trace', trace, outcome }));
  lpSolves = aligner.lp.solves;
  post({ kind: 'end', lpSolves });
} catch (error) {
  post({ kind: 'end', lpSolves, error: String(error) });
} finally {
  Atomics.store(words, 1 + workers + index, 1);
  Atomics.notify(words, 1 + workers + index);
}
