/**
 * Shared duration bands for the groups of a comparison: round cut points (1 min, 1 h, 1 d, 1 week, …) when
 * durations span orders of magnitude, as cycle times usually do, and equal-width bands when they do not.
 * Every group is counted in the same bands so their bars stand side by side.
 */
import { formatDuration } from '../format.js';
import type { DurationBands } from '../specs/duration-bands-spec.js';

export type { DurationBands };

const M = 60;
const H = 3600;
const D = 86400;
const FINE = [M, 5 * M, 15 * M, 30 * M, H, 2 * H, 4 * H, 8 * H, 12 * H, D, 2 * D, 3 * D, 5 * D, 7 * D, 14 * D, 21 * D, 30 * D, 60 * D, 90 * D, 180 * D, 365 * D, 730 * D];
const COARSE = [M, 15 * M, H, 4 * H, D, 3 * D, 7 * D, 14 * D, 30 * D, 90 * D, 180 * D, 365 * D, 730 * D];
const MAX_BANDS = 14;
/** fewer round bands than this, and equal-width bands show more. */
const MIN_ROUND_BANDS = 4;
const EQUAL_BANDS = 8;

export interface GroupDurations {
  name: string;
  /** seconds per case; NaN (no timestamps) is left out. */
  durations: ArrayLike<number>;
}

export function binDurations(groups: readonly GroupDurations[]): DurationBands {
  const finite = groups.map((g) => Array.from(g.durations).filter(Number.isFinite));
  const all = finite.flat();
  if (all.length === 0) return { bands: [], groups: groups.map((g) => ({ name: g.name, cases: 0, counts: [] })) };
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of all) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const cuts = [FINE, COARSE].map((ladder) => ladder.filter((c) => c > lo && c <= hi)).find((c) => c.length + 1 <= MAX_BANDS)!;
  const bands = cuts.length + 1 >= MIN_ROUND_BANDS ? roundBands(cuts) : equalBands(lo, hi);
  return {
    bands,
    groups: groups.map((g, k) => {
      const counts = new Array<number>(bands.length).fill(0);
      for (const v of finite[k]) counts[findBand(bands, v)]++;
      return { name: g.name, cases: finite[k].length, counts };
    }),
  };
}

function roundBands(cuts: number[]): DurationBands['bands'] {
  const edges = [0, ...cuts, Infinity];
  return edges.slice(0, -1).map((from, i) => {
    const to = edges[i + 1];
    const label = i === 0 ? `under ${formatDuration(to)}` : to === Infinity ? `${formatDuration(from)} or more` : `${formatDuration(from)} – ${formatDuration(to)}`;
    return { label, fromSeconds: from, toSeconds: to };
  });
}

/** Equal widths between the shortest and longest case; fewer bands when more would print the same label twice. */
function equalBands(lo: number, hi: number): DurationBands['bands'] {
  if (hi === lo) return [{ label: formatDuration(lo), fromSeconds: lo, toSeconds: hi }];
  for (let n = EQUAL_BANDS; n > 1; n--) {
    const width = (hi - lo) / n;
    const bands = Array.from({ length: n }, (_, i) => {
      const from = lo + i * width;
      const to = i === n - 1 ? hi : lo + (i + 1) * width;
      return { label: `${formatDuration(from)} – ${formatDuration(to)}`, fromSeconds: from, toSeconds: to };
    });
    if (new Set(bands.map((b) => b.label)).size === n) return bands;
  }
  return [{ label: `${formatDuration(lo)} – ${formatDuration(hi)}`, fromSeconds: lo, toSeconds: hi }];
}

/** The band holding `v`: bands are [from, to), the last one closed. */
function findBand(bands: DurationBands['bands'], v: number): number {
  for (let i = 0; i < bands.length - 1; i++) if (v < bands[i].toSeconds) return i;
  return bands.length - 1;
}
