// Timing helpers shared by the bench scripts.

/** Seconds since `t0` (a process.hrtime.bigint() reading). */
export const secondsSince = (t0) => Number(process.hrtime.bigint() - t0) / 1e9;

/** Runs `fn` once: [seconds, its result]. */
export function once(fn) {
  const t0 = process.hrtime.bigint();
  const out = fn();
  return [secondsSince(t0), out];
}

/**
 * Runs `fn` `runs` times: [median seconds, the last result]. With `longRun` set, stops after a first run that
 * takes at least that many seconds (as pm4py's recorded timings take one run of slow steps).
 */
export function median(fn, runs, longRun = Infinity) {
  const all = [];
  let out;
  for (let i = 0; i < runs; i++) {
    let s;
    [s, out] = once(fn);
    all.push(s);
    if (all[0] >= longRun) break;
  }
  all.sort((a, b) => a - b);
  return [all[Math.floor(all.length / 2)], out];
}
